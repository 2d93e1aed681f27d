package org.sameboat.example.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.Turns;

/**
 * Who talks and who carries which dynamic: per speaker, the turns and words, and for every code the number of
 * codings in that speaker's turns with their share of all codings of the code. Kept apart from the part so the
 * counting needs no display.
 *
 * @param codes the codes that were applied at least once, in codebook order (the table's columns)
 * @param rows  one row per speaker, in order of first appearance
 */
public record SpeakerShares(List<Code> codes, List<Row> rows) {

    /** Label of turns without a speaker and of codings outside every turn. */
    public static final String NO_SPEAKER = "(no speaker)";

    /** One speaker's counts; {@code codings} is parallel to {@link SpeakerShares#codes()}. */
    public record Row(String speaker, int turns, long words, List<Integer> codings) {
    }

    /** Counts the whole project; only the codings {@code visible} returns for a document count (coder layers). */
    public static SpeakerShares of(Project project, Function<Document, List<Coding>> visible) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<Code, Integer> totals = new LinkedHashMap<>();
        for (Document document : project.getDocuments()) {
            DocumentText text = document.getText() == null ? null : DocumentText.of(document.getText());
            for (Turn turn : document.getTurns()) {
                Tally tally = tallies.computeIfAbsent(name(turn.getSpeaker()), s -> new Tally());
                tally.turns++;
                if (text != null && text.contains(turn.getStart(), turn.getEnd())) {
                    tally.words += words(text.slice(turn.getStart(), turn.getEnd()));
                }
            }
            for (Coding coding : visible.apply(document)) {
                String speaker = Turns.forRange(document, coding.getStart(), coding.getEnd())
                        .map(turn -> name(turn.getSpeaker())).orElse(NO_SPEAKER);
                tallies.computeIfAbsent(speaker, s -> new Tally()).codings.merge(coding.getCode(), 1, Integer::sum);
                totals.merge(coding.getCode(), 1, Integer::sum);
            }
        }
        // columns follow the codebook, not the order codings happen to be met in
        List<Code> codes = CodePaths.allCodes(project).stream().filter(totals::containsKey).toList();
        List<Row> rows = new ArrayList<>();
        tallies.forEach((speaker, tally) -> rows.add(new Row(speaker, tally.turns, tally.words,
                codes.stream().map(code -> tally.codings.getOrDefault(code, 0)).toList())));
        return new SpeakerShares(codes, List.copyOf(rows));
    }

    /** The share, 0..1, of all codings of column {@code code} that fall in this row's turns. */
    public double share(Row row, int code) {
        int total = rows.stream().mapToInt(r -> r.codings().get(code)).sum();
        return total == 0 ? 0 : (double) row.codings().get(code) / total;
    }

    private static String name(Participant speaker) {
        return speaker == null || speaker.getPseudonym() == null ? NO_SPEAKER : speaker.getPseudonym();
    }

    /** Words as runs of letters or digits, so "I'm" and "self-help" count once each and punctuation not at all. */
    static long words(String text) {
        long count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || (inWord && (c == '\'' || c == '\u2019' || c == '-'));
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
            i += Character.charCount(c);
        }
        return count;
    }

    private static final class Tally {
        private int turns;
        private long words;
        private final Map<Code, Integer> codings = new LinkedHashMap<>();
    }
}
