package org.sameboat.analysis.profile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.internal.TurnPresence;
import org.sameboat.analysis.sequence.LagSequential;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;

/**
 * A profile of codes by stage, session, group, speaker role or speaker.
 *
 * <p>The unit is the turn: the non-empty turns of the documents in scope (with a role in the filter,
 * that role's turns). A code's count at a level is the number of those turns that at least one
 * coding of the code in scope touches: a code counts once per turn however many of its codings touch
 * it, a coding spanning two turns counts in both, and a turn with codings of three codes counts once
 * for each. Without a coder in the filter all coders' codings are pooled first, so two coders who
 * coded the same turn with the same code count it once. Turns per level count every turn in scope,
 * coded or not, and are the base of the rate per 100 turns. The test is the chi-square test of
 * independence of the codes × levels table of counts; because one turn may carry several codes its
 * entries are code–turn pairs, not independent turns, and its p-value is approximate in the same way
 * (the residuals show where the profile departs, which is what a reader uses).
 */
public final class Profile {

    private static final String NO_VALUE = "none";

    private Profile() {
    }

    /**
     * @param project the project
     * @param codes the codes (rows), in the order given; empty means every code in codebook order
     * @param by what the levels (columns) are
     * @param filter documents, coder and turns in scope
     * @return the profile over the levels that have turns in scope
     */
    public static ProfileTable compute(Project project, List<Code> codes, Level by, Filter filter) {
        List<Code> rows = codes.isEmpty() ? CodePaths.allCodes(project) : List.copyOf(codes);
        Map<Code, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.putIfAbsent(rows.get(i), i);
        }
        int n = rows.size();
        Map<Object, long[]> countsByLevel = new LinkedHashMap<>();
        Map<Object, long[]> turnsByLevel = new LinkedHashMap<>();
        for (Document document : project.getDocuments()) {
            if (!filter.accepts(document)) {
                continue;
            }
            List<Turn> turns = new ArrayList<>();
            for (Turn turn : document.getTurns()) {
                if (turn.getEnd() > turn.getStart() && filter.accepts(turn)) {
                    turns.add(turn);
                }
            }
            boolean[] present = TurnPresence.of(document, turns, index, filter::accepts, n);
            for (int t = 0; t < turns.size(); t++) {
                Object key = key(by, document, turns.get(t));
                long[] counts = countsByLevel.computeIfAbsent(key, k -> new long[n]);
                turnsByLevel.computeIfAbsent(key, k -> new long[1])[0]++;
                for (int c = 0; c < n; c++) {
                    if (present[t * n + c]) {
                        counts[c]++;
                    }
                }
            }
        }
        List<Object> keys = order(by, new ArrayList<>(countsByLevel.keySet()));
        long[][] table = new long[n][keys.size()];
        long[] turns = new long[keys.size()];
        List<String> levels = new ArrayList<>();
        for (int l = 0; l < keys.size(); l++) {
            Object key = keys.get(l);
            levels.add(key instanceof Missing ? NO_VALUE : key.toString());
            turns[l] = turnsByLevel.get(key)[0];
            long[] counts = countsByLevel.get(key);
            for (int c = 0; c < n; c++) {
                table[c][l] = counts[c];
            }
        }
        return new ProfileTable(by, levels, rows.stream().map(CodePaths::path).toList(), table, turns);
    }

    /**
     * The level a turn belongs to, named as {@link ProfileTable#levels()} names it.
     *
     * @return the level's name; "none" where the project does not say
     */
    /**
     * As {@link #compute(Project, List, Level, Filter)}, on an immutable extract: safe in a job while the user edits the live model. Codes, coders and
     * the filter name live objects; the result is the same as computing on the model as it was extracted.
     */
    public static ProfileTable compute(ProjectExtract extract, List<Code> codes, Level by, Filter filter) {
        return compute(extract.project(), extract.copiesOf(codes), by, extract.copyOf(filter));
    }

    public static String levelOf(Level by, Document document, Turn turn) {
        Object key = key(by, document, turn);
        return key instanceof Missing ? NO_VALUE : key.toString();
    }

    /**
     * The codings behind one cell of a profile made with the same filter: the codings of the code in scope that
     * touch (share a character with) a non-empty turn in scope at the level. The cell counts those turns, so a
     * coding over two turns is listed once and two codings of one turn are both listed.
     *
     * @param level the level's name, as in {@link ProfileTable#levels()}
     * @return the codings, in document order and then the document's own order
     */
    public static List<Coding> codings(Project project, Code code, Level by, String level, Filter filter) {
        List<Coding> out = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            if (!filter.accepts(document)) {
                continue;
            }
            List<Turn> turns = document.getTurns().stream()
                    .filter(t -> t.getEnd() > t.getStart() && filter.accepts(t) && levelOf(by, document, t).equals(level)).toList();
            for (Coding coding : document.getCodings()) {
                if (coding.getCode() == code && filter.accepts(coding) && turns.stream()
                        .anyMatch(t -> Math.min(coding.getEnd(), t.getEnd()) > Math.max(coding.getStart(), t.getStart()))) {
                    out.add(coding);
                }
            }
        }
        return out;
    }

    /** The level of a turn; {@link Missing} where the project does not say (no session, group or speaker). */
    private static Object key(Level by, Document document, Turn turn) {
        return switch (by) {
            case STAGE -> document.getStage() == null ? Stage.UNSPECIFIED : document.getStage();
            case SESSION -> document.getSession() == null ? Missing.VALUE : document.getSession();
            case GROUP -> document.getGroup() == null || document.getGroup().getName() == null ? Missing.VALUE
                    : document.getGroup().getName();
            case ROLE -> turn.getSpeaker() == null ? SpeakerRole.OTHER : turn.getSpeaker().getRole();
            case SPEAKER -> turn.getSpeaker() == null || turn.getSpeaker().getPseudonym() == null ? Missing.VALUE
                    : turn.getSpeaker().getPseudonym();
        };
    }

    private static List<Object> order(Level by, List<Object> keys) {
        List<Object> out = new ArrayList<>();
        switch (by) {
            case STAGE -> Stage.VALUES.stream().filter(keys::contains).forEach(out::add);
            case ROLE -> LagSequential.ROLES.stream().filter(keys::contains).forEach(out::add);
            case SESSION -> {
                TreeMap<Integer, Object> sorted = new TreeMap<>();
                keys.stream().filter(k -> k instanceof Integer).forEach(k -> sorted.put((Integer) k, k));
                out.addAll(sorted.values());
            }
            default -> keys.stream().filter(k -> !(k instanceof Missing)).forEach(out::add);
        }
        if (keys.contains(Missing.VALUE)) {
            out.add(Missing.VALUE); // turns the project gives no level are a column of their own, last
        }
        return out;
    }

    private enum Missing {
        VALUE
    }
}
