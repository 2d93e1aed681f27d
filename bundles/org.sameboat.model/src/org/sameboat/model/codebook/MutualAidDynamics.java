package org.sameboat.model.codebook;

import java.util.List;

/**
 * Text of the built-in "Mutual aid dynamics" codebook (Shulman 2011).
 * <p>
 * Our own wording; definitions, indicators and examples were written for Sameboat and are not quoted from
 * any published source. The categories follow the mutual-aid processes described in:
 * <blockquote>
 * Shulman, Lawrence (2011). <i>Dynamics and Skills of Group Counseling</i>. Brooks/Cole,
 * Cengage Learning. ISBN 978-0-495-50195-4. Chapter 1.
 * </blockquote>
 * The nine dynamics are also set out in Shulman's <i>The Skills of Helping Individuals, Families, Groups,
 * and Communities</i> (Brooks/Cole, several editions). Citations point to the chapter, not to pages, because
 * the page numbers could not be checked against the printed book. The obstacle category is our own coding
 * category for moments that block mutual aid; it draws on, but is broader than, Shulman's discussion of
 * obstacles.
 * <p>
 * The first nine entries are the dynamics of mutual aid and carry the keyboard shortcuts 1 to 9; the last
 * entry collects obstacles to mutual aid and has no shortcut. Colours are light tints of colour-blind-safe
 * hues (starting from the Okabe-Ito palette, then adjusted so that every pair stays apart under simulated
 * protanopia, deuteranopia and tritanopia); all have a contrast ratio of at least 8:1 against black text.
 */
public final class MutualAidDynamics {

    /**
     * One category of the codebook.
     *
     * @param key        stable lower-case slug, used as identifier in files
     * @param name       display name, also used as the code name in exported codings
     * @param definition two or three sentences explaining the category
     * @param source     short citation of where the category is described
     * @param indicators short phrases a coder can look for
     * @param example    an invented utterance that would be coded with this category
     * @param colour     highlight colour as {@code #RRGGBB}
     * @param shortcut   keyboard shortcut ("1".."9"), or "" for none
     * @param obstacle   true if the category marks something that blocks mutual aid
     */
    public record Dynamic(String key, String name, String definition, String source, List<String> indicators,
            String example, String colour, String shortcut, boolean obstacle) {
    }

    public static final String CODEBOOK_NAME = "Mutual aid dynamics";

    public static final String CODEBOOK_DESCRIPTION = "The nine ways in which members of a group help one another, "
            + "as described by Lawrence Shulman, plus a category for moments when mutual aid is blocked. "
            + "Use it to mark where, and how, members become helpers to each other rather than only "
            + "receiving help from the worker. Definitions and examples are written in our own words; "
            + "see Shulman (2011), Dynamics and Skills of Group Counseling, chapter 1.";

    static final String SOURCE = "Shulman 2011, ch. 1";
    private static final String CH1 = SOURCE;

    public static List<Dynamic> all() {
        return List.of(
                new Dynamic("sharing-data", "Sharing data",
                        "Members pass on facts, practical know-how, resources or lessons from their own lives that "
                                + "others can use. The group pools knowledge that no single member, and often not "
                                + "the worker either, would have had alone.",
                        CH1,
                        List.of("tip, resource or phone number offered", "\"what worked for me was...\"",
                                "information about services, rules or procedures", "answering another member's factual question"),
                        "\"The respite program at the senior centre takes people two mornings a week, and the first month is free.\"",
                        "#AED3EE", "1", false),
                new Dynamic("the-dialectic-process", "The dialectic process",
                        "Members put forward differing or opposing views on a shared concern and argue them out. "
                                + "The exchange of thesis and counter-thesis lets each member test an idea against "
                                + "others and reach a view of their own, which need not be a consensus.",
                        CH1,
                        List.of("open disagreement about a shared issue", "\"I see it differently...\"",
                                "weighing pros and cons aloud", "a member revising a view after hearing others"),
                        "\"I hear you that a care home feels like giving up, but for me it was the only way to stay her daughter and not just her nurse.\"",
                        "#EC885D", "2", false),
                new Dynamic("discussing-a-taboo-area", "Discussing a taboo area",
                        "The group begins to talk about a subject that is normally kept silent, such as anger at a "
                                + "loved one, sexuality, death, money or shame. One member's risk in naming it makes it "
                                + "easier for others to speak, and the norm of silence weakens.",
                        CH1,
                        List.of("a member names something \"we aren't supposed to say\"", "hesitation, then disclosure",
                                "talk of death wishes, anger, sex, money or shame", "others joining in once the subject is opened"),
                        "\"Sometimes I lie awake and wish it were over. There, I said it.\"",
                        "#DF83B8", "3", false),
                new Dynamic("all-in-the-same-boat", "All in the same boat",
                        "A member discovers that others share the same problem, feeling or secret. The relief of "
                                + "not being alone, or not being the only one who feels this way, lowers shame and "
                                + "self-blame.",
                        CH1,
                        List.of("\"me too\" or \"I thought it was only me\"", "members recognising a shared feeling",
                                "relief at hearing a similar story", "a member linking their own story to another's"),
                        "\"I honestly thought I was the only one who got angry at him for asking the same question twenty times.\"",
                        "#4DD3A7", "4", false),
                new Dynamic("mutual-support", "Mutual support",
                        "Members show care, empathy and encouragement toward one another. Support coming from "
                                + "peers who know the situation first-hand often carries more weight than support "
                                + "from a professional.",
                        CH1,
                        List.of("empathic response to another member", "praise or encouragement",
                                "offers of practical help outside the group", "comforting a member in distress"),
                        "\"You are doing so much more than you give yourself credit for. I could not have done what you did last week.\"",
                        "#EAF25D", "5", false),
                new Dynamic("mutual-demand", "Mutual demand",
                        "Members hold one another to account: they challenge excuses, ask for follow-through, or "
                                + "confront a member who is avoiding something. Demand rests on the caring built up "
                                + "in the group and is an expression of it, not its opposite.",
                        CH1,
                        List.of("challenging an excuse or a contradiction", "\"you said you would...\"",
                                "pressing a member to act or to face something", "setting an expectation for next time"),
                        "\"Last week you promised you'd call your brother. Did you? Because you look like you didn't.\"",
                        "#F6CE8B", "6", false),
                new Dynamic("individual-problem-solving", "Individual problem solving",
                        "The group takes up one member's specific problem in depth and works on it together. "
                                + "While helping that member, others often work indirectly on their own version of the "
                                + "same problem.",
                        CH1,
                        List.of("a member brings a concrete situation for help", "questions clarifying one member's problem",
                                "several members suggesting options for one person", "the member weighing the suggestions"),
                        "\"Can we stay with Priya's situation for a bit? What exactly happens when her mother-in-law refuses the shower?\"",
                        "#BB99E3", "7", false),
                new Dynamic("rehearsal", "Rehearsal",
                        "Members practise in the group a difficult conversation or action they face outside it, "
                                + "often through role play. They try out words, get feedback and gain confidence before "
                                + "the real situation.",
                        CH1,
                        List.of("role play or \"let me try saying it\"", "a member playing another person",
                                "feedback on how something was said", "trying a second version"),
                        "\"Okay, you be my sister. I'll start: 'I need you to take Mum every other weekend, starting in March.'\"",
                        "#CE937E", "8", false),
                new Dynamic("strength-in-numbers", "Strength in numbers",
                        "Members act together on a shared concern, usually toward an outside system such as an "
                                + "agency, a service or an institution. Acting collectively feels safer and carries more "
                                + "weight than any single member acting alone.",
                        CH1,
                        List.of("\"we\" proposals to act together", "joint letter, petition or delegation",
                                "approaching an agency as a group", "members backing each other in front of an outside system"),
                        "\"If all five of us sign it and go to the board meeting, they can't just say it's one unhappy family.\"",
                        "#CAC44E", "9", false),
                new Dynamic("obstacles-to-mutual-aid", "Obstacles to mutual aid",
                        "Moments when mutual aid is blocked, whether by the group or by the worker: a member "
                                + "dominating or being scapegoated, a taboo met with silence or a change of subject, "
                                + "or the worker lecturing or answering for the group instead of turning questions back "
                                + "to the members.",
                        CH1,
                        List.of("one member monopolising the talk", "scapegoating or ganging up on a member",
                                "silence or subject change after a sensitive disclosure", "the worker lecturing or answering for the group"),
                        "\"Let's not get into that tonight. Did anyone see the article about the new memory drug?\"",
                        "#E1E0E0", "", true));
    }

    private MutualAidDynamics() {
    }
}
