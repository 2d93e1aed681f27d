package org.sameboat.model.address;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sameboat.model.Participant;

/**
 * Infers whom a turn is addressed to from its words and the turns before it. The rule, in order:
 * <ol>
 * <li>a participant named in the turn (their pseudonym as a whole word, with its capitals; the first one named
 * other than the speaker) → that participant;</li>
 * <li>a word or phrase that addresses the group ({@link #GROUP_WORDS}: "everyone", "all of you", "you all", …)
 * → the group;</li>
 * <li>otherwise the last speaker before this turn in the same document who is not this turn's speaker;</li>
 * <li>when there is none (the first turn of a document, or only the speaker has spoken) → the group.</li>
 * </ol>
 * Known misses, which the coder corrects by setting the addressee: support to someone who is neither named nor
 * the previous speaker ("that's what I meant earlier, you're not alone" to a member three turns back), and a
 * name used in the third person ("Ruth said the same thing last week" said to Marcus is taken as addressed to
 * Ruth). The rule reads no grammar: it is meant to be right for most turns of a group session and cheap at 10^5 turns.
 */
public final class AddresseeRule {

    /** Words and phrases by which a speaker turns to the whole group, matched as whole words, any case. */
    public static final List<String> GROUP_WORDS = List.of("everyone", "everybody", "all of you", "you all", "y'all",
            "you guys", "each of you", "every one of you", "anyone", "anybody", "folks", "the group", "this group",
            "all of us");

    private static final Pattern GROUP = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + String.join("|", GROUP_WORDS.stream().map(w -> Pattern.quote(w).replace("'", "\\E['’]\\Q")).toList())
            + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Optional<Pattern> names;
    private final Map<String, Participant> byName;

    private AddresseeRule(Optional<Pattern> names, Map<String, Participant> byName) {
        this.names = names;
        this.byName = byName;
    }

    /** The rule for a project's participants: these are the names it looks for. */
    public static AddresseeRule of(Collection<Participant> participants) {
        Map<String, Participant> byName = new HashMap<>();
        for (Participant participant : participants) {
            String name = participant.getPseudonym();
            if (name != null && !name.isBlank()) {
                byName.putIfAbsent(name.strip(), participant);
            }
        }
        if (byName.isEmpty()) {
            return new AddresseeRule(Optional.empty(), byName);
        }
        List<String> sorted = new ArrayList<>(byName.keySet());
        // longer names first, so "Mary Ann" is found as herself and not as "Mary"
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String alternatives = String.join("|", sorted.stream().map(Pattern::quote).toList());
        return new AddresseeRule(Optional.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])")),
                Map.copyOf(byName));
    }

    /**
     * @param words the turn's words
     * @param speaker who speaks
     * @param previousOther the last speaker before this turn in the same document other than {@code speaker}
     * @return the inferred addressee
     */
    public Addressee infer(String words, Optional<Participant> speaker, Optional<Participant> previousOther) {
        if (names.isPresent()) {
            Matcher matcher = names.get().matcher(words);
            while (matcher.find()) {
                Participant named = byName.get(matcher.group());
                if (named != null && (speaker.isEmpty() || named != speaker.get())) {
                    return new Addressee.Person(named);
                }
            }
        }
        if (GROUP.matcher(words).find()) {
            return Addressee.GROUP;
        }
        return previousOther.<Addressee>map(Addressee.Person::new).orElse(Addressee.GROUP);
    }
}
