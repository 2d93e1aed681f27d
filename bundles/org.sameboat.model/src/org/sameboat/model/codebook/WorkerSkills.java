package org.sameboat.model.codebook;

import java.util.List;

/**
 * Text of the built-in "Worker skills" codebook: what the group worker does to set the dynamics of mutual aid in
 * motion.
 * <p>
 * Our own wording; definitions, indicators and examples were written for Sameboat. The skills follow those
 * Shulman describes in <i>Dynamics and Skills of Group Counseling</i> (Brooks/Cole, 2011), chapter 1 and the
 * book's summary of skills; no sentence is quoted from it. Which dynamics a skill helps start is our reading of
 * the chapter, meant as coding guidance, not as a finding. Every skill applies to worker turns.
 */
public final class WorkerSkills {

    /**
     * One skill.
     *
     * @param starts keys ({@link MutualAidDynamics.Dynamic#key()}) of the dynamics this skill helps set in motion
     */
    public record Skill(String key, String name, String definition, String inclusion, String exclusion,
            List<String> indicators, String example, String colour, List<String> starts) {
    }

    public static final String CODEBOOK_NAME = "Worker skills";

    public static final String CODEBOOK_DESCRIPTION = "What the group worker does to help members help each other, "
            + "after Lawrence Shulman. Code worker turns with these skills and members' turns with the dynamics, so "
            + "that analyses can ask which worker moves are followed by which dynamics. Written in our own words; see "
            + "Shulman (2011), Dynamics and Skills of Group Counseling, chapter 1.";

    static final String SOURCE = "Shulman 2011, ch. 1";

    public static List<Skill> all() {
        return List.of(
                new Skill("contracting", "Contracting",
                        "The worker says plainly what the group is for and what the worker will do, asks the members how "
                                + "they see it, and talks about rules and authority; in pre-group interviews and again in the "
                                + "first session.",
                        "Statements of purpose and role, questions about what members hope for, talk of ground rules.",
                        "A return to the purpose later to hold the group to it (Demanding work).",
                        List.of("\"this group is for...\"", "\"my part is...\"", "\"what would make this worth coming for?\""),
                        "\"This group is for people caring for a parent with dementia. My part is to help you help each "
                                + "other; you know things about this I don't. What would make coming here worth it for you?\"",
                        "#C9D7F2", List.of("all-in-the-same-boat", "sharing-data")),
                new Skill("turning-back-to-the-group", "Turning a question back to the group",
                        "Asked for an answer or an opinion, the worker passes the question to the members instead of "
                                + "answering it, so that their experience becomes the resource.",
                        "A member's question to the worker followed by the worker inviting others to answer it.",
                        "A question the worker asks on their own account (Demanding work, Scanning).",
                        List.of("\"who else has faced that?\"", "\"what do others think?\"", "a question redirected, not answered"),
                        "\"That's a real question, Marcus. Who else here has had to take the car keys away? How did it go?\"",
                        "#B7E4E0", List.of("sharing-data", "individual-problem-solving", "the-dialectic-process")),
                new Skill("reaching-for-links", "Reaching for links and common ground",
                        "The worker points to what one member's experience has in common with another's, or with the "
                                + "group's purpose, and invites members to take it up.",
                        "The worker naming a likeness between members or asking whether others feel the same.",
                        "Members finding the likeness themselves (All in the same boat).",
                        List.of("\"I saw you nodding when...\"", "\"is it like that for others too?\"", "two members' stories linked"),
                        "\"Priya, when Marcus said he dreads Sundays I saw you nodding. Is it like that for you too?\"",
                        "#D8CCEF", List.of("all-in-the-same-boat", "mutual-support")),
                new Skill("scanning", "Scanning",
                        "The worker attends to the whole group rather than to the speaker alone and says what they see: "
                                + "reactions, faces, who has gone quiet.",
                        "Worker remarks about the room as a whole or about several members' reactions.",
                        "Drawing out one named member (Amplifying or toning down a voice); interpreting the group's "
                                + "avoidance (Naming the process or an obstacle).",
                        List.of("\"I'm looking round the room...\"", "remarks on reactions", "\"what's this like for the rest of you?\""),
                        "\"Looking round, I see a lot of tired faces tonight. What's it like for the rest of you?\"",
                        "#F2D0D0", List.of("all-in-the-same-boat", "mutual-support")),
                new Skill("amplifying-or-toning-down", "Amplifying a quiet voice or toning down a loud one",
                        "The worker makes room for a member who has been quiet or cut off, or gently limits a member who is "
                                + "taking up the group's time.",
                        "The worker inviting a named quiet member, or interrupting a dominant one to open the floor.",
                        "Remarks about the whole group (Scanning).",
                        List.of("\"I haven't heard from you tonight\"", "\"hold on, let her finish\"", "\"let's hear from someone else\""),
                        "\"Hold on, Ray, I want Joan to get to finish. Joan, you were saying about your brother...\"",
                        "#D5E8C4", List.of("mutual-support", "the-dialectic-process")),
                new Skill("reframing", "Reframing",
                        "The worker offers another way of seeing a situation or a behaviour, one that opens it to work "
                                + "rather than blame.",
                        "A worker turn that recasts what a member described.", "Simple reassurance (no skill, or Worker "
                                + "obstacles if it closes the talk down).",
                        List.of("\"what if it means...\"", "\"another way to see it\"", "blame turned into a shared problem"),
                        "\"What if the arguing with your mother shows how much you still care, not that you're failing her?\"",
                        "#F3E1B8", List.of("all-in-the-same-boat", "the-dialectic-process")),
                new Skill("modelling", "Modelling",
                        "The worker shows in their own behaviour what they ask of the members: owning a mistake, saying "
                                + "what they feel, being honest about a hard subject.",
                        "A worker turn that does, about the worker, what members are invited to do.",
                        "The worker telling members how to behave (Lecturing, or Contracting about rules).",
                        List.of("the worker admits a mistake", "the worker says what they feel", "the worker speaks plainly about a hard subject"),
                        "\"I got it wrong last week when I cut you off, Sam, and I'm sorry. I'd like to hear the rest now.\"",
                        "#C7DDEA", List.of("discussing-a-taboo-area", "mutual-support", "mutual-demand")),
                new Skill("raising-a-taboo", "Raising a taboo",
                        "The worker puts into words a subject members may find unspeakable, giving permission to talk about "
                                + "it, often by saying that others in their place have felt it.",
                        "A worker turn naming a forbidden feeling or subject before members have.",
                        "Members naming it (Discussing a taboo area); the worker pointing to the group's avoidance of it "
                                + "(Naming the process or an obstacle).",
                        List.of("\"many people in your place feel...\"", "naming anger, death, sex, money or shame", "\"is that something anyone here has felt?\""),
                        "\"Many people who have cared for a parent this long have moments of wishing it were over. Has anyone here felt that?\"",
                        "#E6C9E0", List.of("discussing-a-taboo-area", "all-in-the-same-boat")),
                new Skill("demanding-work", "Demanding work or elaboration",
                        "The worker asks for more (detail, feeling, what was actually said) or holds the group to its task "
                                + "when it drifts, from a caring stance.",
                        "Requests to say more or to be concrete; holding the group to a subject.",
                        "Pointing out what the group is doing (Naming the process or an obstacle).",
                        List.of("\"tell us more\"", "\"what did you actually say?\"", "\"let's stay with this\""),
                        "\"Tell us more. What did you actually say to your sister, word for word?\"",
                        "#DAD7C4", List.of("individual-problem-solving", "mutual-demand", "rehearsal")),
                new Skill("naming-the-process", "Naming the process or an obstacle",
                        "The worker says what is happening in the group (avoiding a subject, turning on a member, "
                                + "talking past each other) and invites the members to look at it.",
                        "A worker turn describing the group's own process, including its obstacles.",
                        "The obstacle itself (Obstacles to mutual aid); remarks on reactions without interpretation (Scanning).",
                        List.of("\"I notice every time we get near...\"", "\"what's making it hard to...?\"",
                                "naming scapegoating or a change of subject"),
                        "\"I notice that whenever we get near the nursing home we end up on parking. What makes it hard to stay on it?\"",
                        "#BFD9CC", List.of("discussing-a-taboo-area", "mutual-demand", "the-dialectic-process")),
                new Skill("crediting-risk-taking", "Crediting risk-taking",
                        "The worker acknowledges the courage it took for a member to say something hard, which makes it "
                                + "safer for others to follow.",
                        "The worker recognising a disclosure as a risk taken.", "General praise not tied to a risk (no skill "
                                + "code needed).",
                        List.of("\"that took courage\"", "\"thank you for saying it\"", "\"you may have said what others think\""),
                        "\"That took courage to say, Ellen. I suspect you said something others here have been thinking.\"",
                        "#EED7C1", List.of("mutual-support", "discussing-a-taboo-area")),
                new Skill("supporting-against-a-system", "Supporting the group against an outside system",
                        "The worker helps the group deal with an agency, service or institution: information on how it "
                                + "works, help in planning a joint approach, or standing with the group.",
                        "Worker turns about acting on or with an outside system on the group's behalf or beside it.",
                        "Members acting together (Strength in numbers); information given at length (Lecturing).",
                        List.of("\"if you want to take this to the board...\"", "help with a joint letter", "explaining how to reach the agency"),
                        "\"If you want to take this to the day centre's board, I can find out when they meet and how to get on the agenda.\"",
                        "#CFCFE8", List.of("strength-in-numbers")),
                new Skill("suggesting-a-rehearsal", "Suggesting a rehearsal",
                        "The worker offers the group as a place to practise a hard conversation and helps set up the role "
                                + "play.",
                        "The worker proposing or setting up a role play.", "Members rehearsing (Rehearsal).",
                        List.of("\"would you like to try it here?\"", "\"who could play your brother?\"", "\"say it to her as you would\""),
                        "\"Would you like to try it here first? Ray could be your brother.\"",
                        "#E3E9B5", List.of("rehearsal")));
    }

    private WorkerSkills() {
    }
}
