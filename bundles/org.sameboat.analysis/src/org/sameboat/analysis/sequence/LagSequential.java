package org.sameboat.analysis.sequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.project.TurnDynamics;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;

/**
 * Lag-sequential analysis of turns (Bakeman and Quera 2011; GSEQ's conventions).
 *
 * <p>Each document in scope is its own sequence, like a GSEQ session: pairs are tallied within a
 * document and never across two. A sequence is the document's non-empty turns in scope, in order
 * (with a role in the filter, only that role's turns). A turn's event is, by {@link EventKind}:
 * its dynamic (the {@link TurnDynamics} rule the transition matrix uses: the code covering most of
 * the turn, ties to the code first in codebook order, {@value TurnDynamics#NONE} when uncoded; all
 * coders' codings pooled unless the filter names a coder), its skill (the same rule over the codes of
 * a skills codebook), its speaker's role ({@code worker}, {@code member}, {@code other}; a turn
 * without a speaker is {@code other}), or role and dynamic together ({@code worker: CODE}). At lag N
 * the turn at position i is the given, the turn at i + N the target; a sequence of k turns gives
 * max(0, k − N) pairs. Only events that occur in a pair (as given or target) become rows and columns,
 * in a fixed order: codes in codebook order then {@code none}; roles worker, member, other; for
 * role+code, role first.
 */
public final class LagSequential {

    /** The roles in the order their events are listed. */
    public static final List<SpeakerRole> ROLES = List.of(SpeakerRole.WORKER, SpeakerRole.MEMBER, SpeakerRole.OTHER);

    private LagSequential() {
    }

    /**
     * The codes that count as worker skills: every code of each codebook whose name contains
     * "skill" (case-insensitive), in codebook order: the built-in "Worker skills" codebook and any
     * skills codebook of the project's own. Not every code for worker turns is a skill (the worker
     * obstacles are not), so the role a code applies to does not decide it.
     *
     * @return the skill codes, possibly none
     */
    public static List<Code> skillCodes(Project project) {
        List<Code> out = new ArrayList<>();
        for (Codebook codebook : project.getCodebooks()) {
            if (codebook.getName() != null && codebook.getName().toLowerCase(Locale.ROOT).contains("skill")) {
                out.addAll(CodePaths.allCodes(codebook));
            }
        }
        return out;
    }

    /**
     * @param project the project
     * @param codes the codes that compete for a turn's dynamic or skill, in tie-break order; empty
     *        means every code (for {@link EventKind#SKILL}: every {@link #skillCodes skill code})
     * @param kind what a turn's event is
     * @param lag 1 or more
     * @param filter documents, coder and turns in scope
     * @return the table
     * @throws IllegalArgumentException if the lag is below 1, or skills are asked for and the project has none
     */
    public static LagTable compute(Project project, List<Code> codes, EventKind kind, int lag, Filter filter) {
        if (lag < 1) {
            throw new IllegalArgumentException("the lag must be 1 or more, not " + lag);
        }
        List<Code> competing = competing(project, codes, kind);
        Events events = events(project, competing, kind, filter);
        return tally(events.labels(), events.sequences().stream().map(Sequence::events).toList(), lag);
    }

    /**
     * The turn pairs behind one cell of the table {@link #compute} makes with the same arguments: every pair of
     * turns in scope, in one document, {@code lag} turns in scope apart, whose events are {@code given} and
     * {@code target}. There are as many as the cell counts.
     *
     * @param given the given event's label, as in {@link LagTable#events()}
     * @param target the target event's label
     * @return the pairs in document and turn order; none when either label names no event
     * @throws IllegalArgumentException as {@link #compute} does
     */
    /**
     * As {@link #compute(Project, List, EventKind, int, Filter)}, on an immutable extract: safe in a job while the user edits the live model. Codes, coders and
     * the filter name live objects; the result is the same as computing on the model as it was extracted.
     */
    public static LagTable compute(ProjectExtract extract, List<Code> codes, EventKind kind, int lag, Filter filter) {
        return compute(extract.project(), extract.copiesOf(codes), kind, lag, extract.copyOf(filter));
    }

    public static List<TurnPair> pairs(Project project, List<Code> codes, EventKind kind, int lag, Filter filter, String given,
            String target) {
        if (lag < 1) {
            throw new IllegalArgumentException("the lag must be 1 or more, not " + lag);
        }
        List<Code> competing = competing(project, codes, kind);
        Events events = events(project, competing, kind, filter);
        int g = events.labels().indexOf(given);
        int t = events.labels().indexOf(target);
        List<TurnPair> out = new ArrayList<>();
        if (g < 0 || t < 0) {
            return out;
        }
        for (Sequence sequence : events.sequences()) {
            int[] e = sequence.events();
            for (int i = 0; i + lag < e.length; i++) {
                if (e[i] == g && e[i + lag] == t) {
                    out.add(new TurnPair(sequence.document(), sequence.turns().get(i), sequence.turns().get(i + lag)));
                }
            }
        }
        return out;
    }

    private static List<Code> competing(Project project, List<Code> codes, EventKind kind) {
        List<Code> competing = codes;
        if (competing.isEmpty()) {
            competing = kind == EventKind.SKILL ? skillCodes(project) : CodePaths.allCodes(project);
        }
        if (kind == EventKind.SKILL && competing.isEmpty()) {
            throw new IllegalArgumentException("the project has no worker-skills codebook (a codebook whose name contains"
                    + " 'skill'); name the skill codes with --codes");
        }
        return competing;
    }

    /** One document's turns in scope, in order, and the event number of each. */
    private record Sequence(Document document, List<Turn> turns, int[] events) {
    }

    private record Events(List<String> labels, List<Sequence> sequences) {
    }

    private static Events events(Project project, List<Code> competing, EventKind kind, Filter filter) {
        TurnDynamics dynamics = new TurnDynamics(competing);
        int slots = competing.size() + 1; // codes, then none
        List<String> labels = labels(kind, dynamics, slots);
        List<Sequence> sequences = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            if (!filter.accepts(document)) {
                continue;
            }
            int[] dominant = kind == EventKind.ROLE ? null : dynamics.dominant(document, filter::accepts);
            List<Turn> turns = document.getTurns();
            List<Turn> kept = new ArrayList<>();
            int[] events = new int[turns.size()];
            int k = 0;
            for (int t = 0; t < turns.size(); t++) {
                Turn turn = turns.get(t);
                if (turn.getEnd() <= turn.getStart() || !filter.accepts(turn)) {
                    continue;
                }
                int code = dominant == null ? 0 : dominant[t] < 0 ? slots - 1 : dominant[t];
                kept.add(turn);
                events[k++] = switch (kind) {
                    case DYNAMIC, SKILL -> code;
                    case ROLE -> role(turn);
                    case ROLE_CODE -> role(turn) * slots + code;
                };
            }
            sequences.add(new Sequence(document, List.copyOf(kept), Arrays.copyOf(events, k)));
        }
        return new Events(labels, sequences);
    }


    /**
     * Tallies given–target pairs at a lag within each sequence, keeping only the events that occur in a pair.
     *
     * @param labels the label of each event number
     * @param sequences event numbers (indices into labels), one array per sequence
     * @param lag 1 or more
     * @return the table
     */
    public static LagTable tally(List<String> labels, List<int[]> sequences, int lag) {
        if (lag < 1) {
            throw new IllegalArgumentException("the lag must be 1 or more, not " + lag);
        }
        int m = labels.size();
        long[][] all = new long[m][m];
        for (int[] sequence : sequences) {
            for (int i = 0; i + lag < sequence.length; i++) {
                all[sequence[i]][sequence[i + lag]]++;
            }
        }
        int[] kept = new int[m];
        int used = 0;
        for (int e = 0; e < m; e++) {
            long sum = 0;
            for (int f = 0; f < m; f++) {
                sum += all[e][f] + all[f][e];
            }
            if (sum > 0) {
                kept[used++] = e;
            }
        }
        long[][] counts = new long[used][used];
        List<String> events = new ArrayList<>(used);
        for (int i = 0; i < used; i++) {
            events.add(labels.get(kept[i]));
            for (int j = 0; j < used; j++) {
                counts[i][j] = all[kept[i]][kept[j]];
            }
        }
        return new LagTable(lag, events, counts);
    }

    private static List<String> labels(EventKind kind, TurnDynamics dynamics, int slots) {
        List<String> codes = new ArrayList<>(slots);
        for (int c = 0; c < slots; c++) {
            codes.add(dynamics.label(c == slots - 1 ? -1 : c));
        }
        List<String> out = new ArrayList<>();
        switch (kind) {
            case DYNAMIC, SKILL -> out.addAll(codes);
            case ROLE -> ROLES.forEach(r -> out.add(r.getLiteral()));
            case ROLE_CODE -> ROLES.forEach(r -> codes.forEach(c -> out.add(r.getLiteral() + ": " + c)));
        }
        return out;
    }

    private static int role(Turn turn) {
        SpeakerRole role = turn.getSpeaker() == null ? SpeakerRole.OTHER : turn.getSpeaker().getRole();
        int index = ROLES.indexOf(role);
        return index < 0 ? ROLES.size() - 1 : index;
    }
}
