package org.sameboat.model.codebook;

import java.util.List;
import java.util.Map;

import org.sameboat.model.CodeRole;

/**
 * Inclusion and exclusion rules for the built-in "Mutual aid dynamics" codebook, and its sub-codes: universal
 * perspective under All in the same boat, and the obstacles split by who or what blocks the work.
 * <p>
 * Our own wording. The borders drawn here (the "hot seat" against mutual demand, advice-giving against individual
 * problem solving, sympathy against empathy, a polite or hostile exchange against the dialectic process,
 * commiseration against all in the same boat) and the named obstacles follow Shulman (2011), <i>Dynamics and
 * Skills of Group Counseling</i>, chapter 1; no sentence is quoted from it. See docs/codebook.md.
 */
public final class BorderRules {

    /** When to use a code and when not to. */
    public record Rule(String inclusion, String exclusion) {
    }

    /**
     * A sub-code the built-in codebook places under one of its codes.
     *
     * @param parent     name of the code it sits under (a dynamic's name, or another sub-code's)
     * @param appliesTo  whose turns it is meant for
     * @param colour     highlight colour; sub-codes share their family's tint
     */
    public record SubCode(String parent, String name, String definition, String inclusion, String exclusion,
            List<String> indicators, String example, String colour, CodeRole appliesTo) {
    }

    private static final String OBSTACLES = "Obstacles to mutual aid";
    private static final String MEMBER_OBSTACLES = "Member obstacles";
    private static final String WORKER_OBSTACLES = "Worker obstacles";
    private static final String NAMED_OBSTACLES = "Obstacles in the task";
    private static final String GREY = "#E1E0E0";

    private BorderRules() {
    }

    /** Rules by dynamic key ({@link MutualAidDynamics.Dynamic#key()}), for the nine dynamics and the obstacles. */
    public static Map<String, Rule> forDynamics() {
        return Map.of(
                "sharing-data", new Rule(
                        "A member offers something the others can use: a fact, a resource, a way of coping that worked, an "
                                + "answer to another member's factual question. Experience offered as information counts.",
                        "Not information from the worker (a worker turn; code a skill if one fits). Not a string of quick "
                                + "solutions pressed on one member before their problem is understood: see Individual problem "
                                + "solving and Obstacles."),
                "the-dialectic-process", new Rule(
                        "Members who share a concern hold different views of it and engage the difference: one puts a view, "
                                + "another answers it, and each tests their own position against the other's. The talk may be "
                                + "heated; what counts is that the ideas meet.",
                        "Not a polite exchange in which differences are smoothed over before they are voiced (\"we all have "
                                + "our own way\"). Not a hostile exchange in which members attack each other rather than the "
                                + "idea, or defend positions without hearing the other: code Obstacles (Scapegoating if one "
                                + "member is the target). Not a factual correction (Sharing data)."),
                "discussing-a-taboo-area", new Rule(
                        "A member names a subject the group or the wider culture keeps silent (anger at the person cared "
                                + "for, wishing it were over, sex, money, death, shame), and the turns in which others stay "
                                + "with it.",
                        "Not a taboo touched and dropped at once: if the group changes the subject, jokes or falls silent, "
                                + "code Obstacles / Member obstacles / Flight from a taboo. Hints and euphemisms that never "
                                + "name it: Obstacles in the task / Difficulty talking honestly about taboo matters. The "
                                + "worker raising it is the skill Raising a taboo."),
                "all-in-the-same-boat", new Rule(
                        "A member discovers, and shows, that others share the problem, feeling or secret: \"I thought it "
                                + "was only me\", relief at hearing a story like one's own. Shame or self-blame eases, and "
                                + "the talk usually moves on to work.",
                        "Not commiseration: members agreeing that things are bad or trading complaints, with no sign of "
                                + "relief or of moving from it to work (leave uncoded, or Obstacles if it replaces the work). "
                                + "Not the worker pointing out the common ground (the skill Reaching for links and common "
                                + "ground; code the members' answer). When the shared trouble is traced to an outside cause, "
                                + "use the sub-code Universal perspective."),
                "mutual-support", new Rule(
                        "A member answers another with empathy, showing that they understand the feeling from the inside, "
                                + "or encourages, credits or comforts them, or offers practical help.",
                        "Not sympathy that keeps its distance or closes the feeling down (\"you poor thing\", \"don't worry, "
                                + "it'll be fine\", quick reassurance that moves away from the pain): empathy stays with the "
                                + "feeling, false reassurance ends it. Leave such turns uncoded, or Obstacles if they stop a "
                                + "member going on. Support from the worker is a skill, not this code."),
                "mutual-demand", new Rule(
                        "A member asks another to do the work (follow through, face what is being avoided, look at their "
                                + "own part) from within the group's caring, and the member challenged is free to answer.",
                        "Not the \"hot seat\": several members pressing one person at once, confrontation without caring, "
                                + "or members unloading their own feelings on one of them; code Obstacles / Member obstacles / "
                                + "Scapegoating. The worker's demand is the skill Demanding work."),
                "individual-problem-solving", new Rule(
                        "The group stays with one member's concrete situation long enough to understand it (questions, "
                                + "what has been tried, what the member feels) and then works on it with them; others often "
                                + "work on their own version as they help.",
                        "Not advice-giving: quick solutions offered one after another before the problem is understood, "
                                + "usually turned aside (\"yes, but...\"); code Sharing data if they carry usable "
                                + "information, Obstacles if they close the talk down. Not casework in the group: the worker "
                                + "working with one member while the rest watch (Worker obstacles / Casework in the group)."),
                "rehearsal", new Rule(
                        "A member tries out in the group the words or actions meant for a situation outside it, speaking "
                                + "as if to the person, usually with another member playing that person, and hears how it "
                                + "came across.",
                        "Not planning in the third person (\"I'll tell her she has to help\"): that is Individual problem "
                                + "solving. Rehearsal starts when the member speaks the words. The worker suggesting a role "
                                + "play is the skill Suggesting a rehearsal."),
                "strength-in-numbers", new Rule(
                        "Members propose or take action together toward an outside system (agency, service, institution, "
                                + "family), and their being many is part of the point.",
                        "Not a shared complaint about the system with no move to act (All in the same boat / Universal "
                                + "perspective). Not one member acting alone (Individual problem solving). The worker "
                                + "advocating for the group is the skill Supporting the group against an outside system."),
                "obstacles-to-mutual-aid", new Rule(
                        "Whatever blocks the work of mutual aid or turns the group away from it: something members do, "
                                + "something the worker does, or a difficulty in the task itself. Use the most specific "
                                + "sub-code that fits and this code only when none does.",
                        "Not a difficulty the group is openly working on (\"this is hard to say\" followed by saying it is "
                                + "Discussing a taboo area). Not an ordinary pause. The worker naming an obstacle is the "
                                + "skill Naming the process or an obstacle, not an obstacle."));
    }

    /** The sub-codes, parents before children. */
    public static List<SubCode> subCodes() {
        CodeRole member = CodeRole.MEMBER;
        CodeRole worker = CodeRole.WORKER;
        CodeRole any = CodeRole.ANY;
        return List.of(
                new SubCode("All in the same boat", "Universal perspective",
                        "Members come to see a trouble they share as having a cause outside themselves (how services, "
                                + "families or society treat people in their position) rather than as a private failing.",
                        "A shared difficulty linked to an outside cause: \"it isn't us, the system is set up this way\".",
                        "A complaint about an agency that is not tied to a shared experience (Sharing data, or uncoded). "
                                + "Acting together on that cause is Strength in numbers.",
                        List.of("\"it's not just us, it's how carers are treated\"", "blame moving from self to circumstance",
                                "members naming a pattern in the services they all use"),
                        "\"Every one of us was told the same thing at the memory clinic. Maybe it's not that we're bad at asking.\"",
                        "#4DD3A7", member),
                new SubCode(OBSTACLES, MEMBER_OBSTACLES,
                        "Something members do that blocks mutual aid. Use a sub-code where one fits.",
                        "Members' turns that block or avoid the work.", "The worker's part: Worker obstacles.",
                        List.of("one voice filling the session", "a member singled out", "the subject changed after a disclosure"),
                        "\"Anyway, as I was saying about my own mother...\"", GREY, member),
                new SubCode(MEMBER_OBSTACLES, "Monopolising",
                        "One member takes up most of the time, bringing the talk back to their own story again and again.",
                        "Repeated long turns that pull the talk back to the speaker while others wait or give up.",
                        "A member the group has chosen to stay with (Individual problem solving).",
                        List.of("\"that reminds me of my situation...\"", "others' turns cut short", "long turns in a row by one member"),
                        "\"Sorry, but I have to finish about my brother, because it's the same thing again this week.\"",
                        GREY, member),
                new SubCode(MEMBER_OBSTACLES, "Scapegoating",
                        "The group turns on one member, blaming or pressing them for something many share; it includes the "
                                + "\"hot seat\", where several members press one person at once.",
                        "Attacks on a member rather than on an idea; several members against one; blame for a shared feeling.",
                        "Caring demand a member can answer (Mutual demand).",
                        List.of("several members pressing one person", "\"you always...\"", "laughter at a member's expense"),
                        "\"Well, Priya, maybe if you were firmer with her she wouldn't walk all over you. We've all said it.\"",
                        GREY, member),
                new SubCode(MEMBER_OBSTACLES, "Flight from a taboo",
                        "After a painful or forbidden subject is raised, the group moves away from it: a change of subject, "
                                + "a joke, talk of other people, or abstract talk.",
                        "The turn that leads the group away from a subject just opened.",
                        "A return to the subject after a pause (Discussing a taboo area); hints that never name it (Obstacles "
                                + "in the task).",
                        List.of("abrupt change of subject", "a joke right after a disclosure", "\"let's not get into that\""),
                        "\"Let's not get into that tonight. Did anyone see the article about the new memory drug?\"",
                        GREY, member),
                new SubCode(MEMBER_OBSTACLES, "Silence",
                        "A silence that, in context, avoids the work: after a disclosure no one takes up, or when the worker "
                                + "asks something members do not want to face.",
                        "A noted silence (\"[pause]\", \"[silence]\") or a member remarking on one, where what follows shows "
                                + "avoidance.",
                        "A reflective pause, or a silence that the group then breaks by taking up the subject.",
                        List.of("[silence] after a disclosure", "no answer to the worker's question", "\"nobody wants to say it\""),
                        "\"[long silence] ... Should we do the coffee now?\"", GREY, member),
                new SubCode(OBSTACLES, WORKER_OBSTACLES,
                        "Something the worker does that blocks mutual aid, usually by putting the worker at the centre.",
                        "Worker turns that stand in the way of members helping each other.",
                        "A worker naming an obstacle (a skill). Members' part: Member obstacles.",
                        List.of("the worker talks at length", "questions and answers only between worker and one member",
                                "the worker answers for the group"),
                        "\"Let me explain how the stages of dementia work, because that will clear this up.\"", GREY, worker),
                new SubCode(WORKER_OBSTACLES, "Lecturing",
                        "The worker teaches or gives opinions at length where members could have spoken, so that the group "
                                + "listens instead of working.",
                        "Long worker turns of information or advice no member asked for.",
                        "Brief information members ask for and then use.",
                        List.of("long explanations", "\"what you need to understand is...\"", "members fall silent after it"),
                        "\"What you all need to understand is that the disease, not your mother, is doing this. There are "
                                + "seven stages...\"",
                        GREY, worker),
                new SubCode(WORKER_OBSTACLES, "Casework in the group",
                        "The worker works with one member while the others look on: help flows between worker and member "
                                + "only, and the group is an audience.",
                        "A run of worker-member exchanges about one member's problem with no turn to the group.",
                        "The worker bringing one member's concern to the group (Turning a question back to the group), and "
                                + "the members' Individual problem solving.",
                        List.of("worker asks, one member answers, again and again", "others silent", "no \"what do others think?\""),
                        "\"And what did the doctor say then, Marcus? And how did you feel about that? And then?\"", GREY, worker),
                new SubCode(OBSTACLES, NAMED_OBSTACLES,
                        "Difficulties in the task of mutual aid itself, as Shulman names them: what makes helping one "
                                + "another hard even when everyone means well.",
                        "Turns that show the work is hard for one of the reasons below.", "What members or the worker do to "
                                + "block the work: Member obstacles, Worker obstacles.",
                        List.of("members talking past each other", "\"my case is different\"", "euphemism around a hard subject"),
                        "\"I don't see what her husband has to do with my mother.\"", GREY, any),
                new SubCode(NAMED_OBSTACLES, "Complexity of the task",
                        "A group is complicated: many people, many needs, and the group's own ways of working still being "
                                + "made. Members lose the thread or pull in different directions because of it.",
                        "Several concerns competing at once; confusion about what the group is for or how to proceed.",
                        "One member steering the talk to themselves (Monopolising).",
                        List.of("several topics at once", "\"what are we supposed to be doing?\"", "members talking over each other"),
                        "\"Wait, are we talking about Ray's sister or about the day centre? I've lost track.\"", GREY, any),
                new SubCode(NAMED_OBSTACLES, "Difficulty linking one's own concerns to others'",
                        "A member cannot yet see what another member's trouble has to do with their own, so helping the "
                                + "other feels like time taken from oneself.",
                        "\"My situation is different\", impatience while another member is helped, no sign of recognition.",
                        "Disagreement about the issue itself (The dialectic process).",
                        List.of("\"my case is different\"", "waiting for one's own turn", "no link drawn between stories"),
                        "\"That's hard for her, but my father isn't like that at all, so I don't see how it helps me.\"",
                        GREY, any),
                new SubCode(NAMED_OBSTACLES, "Difficulty talking honestly about taboo matters",
                        "Members approach a forbidden subject only indirectly (hints, euphemism, talk about \"some people\") "
                                + "because the norms they bring make it hard to say plainly.",
                        "Indirect, hedged talk around a subject the context shows is taboo.",
                        "Moving right away from the subject (Flight from a taboo); naming it openly (Discussing a taboo area).",
                        List.of("\"some people might feel...\"", "euphemism", "a sentence left unfinished"),
                        "\"You know, sometimes you think... things. About how long it will go on. Anyway.\"", GREY, any));
    }
}
