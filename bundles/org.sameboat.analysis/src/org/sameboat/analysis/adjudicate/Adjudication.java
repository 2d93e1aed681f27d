package org.sameboat.analysis.adjudicate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.text.DocumentText;

/**
 * Builds a consensus coder from two coders' work, the one place where a consensus is written, whether from the
 * command line or the workbench. Two ways of deciding share its rules (the consensus coder is a third person;
 * a consensus coding keeps the source coding's memo and time of making):
 * <ul>
 * <li>by coding ({@link #decide}): every coding on which they agree (same document, code and range) goes in at
 * once; every other coding of either is a {@link Disagreement} for the user to keep or drop. Running it again
 * with more decisions only adds what is new, so a sheet can be filled in over several rounds;</li>
 * <li>by turn ({@link #decideTurn}): for a turn the two gave different dynamics, the chosen coder's codings of the
 * turn, cut to the turn, become the consensus for it; deciding the turn again replaces the earlier decision.</li>
 * </ul>
 * Elements are named by identity (or id), never by name: two sessions may share a name.
 */
public final class Adjudication {

    private final Project project;
    private final Coder first;
    private final Coder second;

    /** An adjudication between two different coders of the project. */
    public Adjudication(Project project, Coder first, Coder second) {
        if (first == second) {
            throw new IllegalArgumentException("adjudication needs two different coders, not '" + first.getName() + "' twice");
        }
        this.project = project;
        this.first = first;
        this.second = second;
    }

    private record Key(Document document, Code code, int start, int end) {
        static Key of(Coding coding) {
            return new Key(coding.getDocument(), coding.getCode(), coding.getStart(), coding.getEnd());
        }
    }

    /** The codings of either coder that the other did not make, in document order. */
    public List<Disagreement> disagreements() {
        List<Disagreement> found = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            Set<Key> byFirst = keys(document, first);
            Set<Key> bySecond = keys(document, second);
            DocumentText text = document.getText() == null ? null : DocumentText.of(document.getText());
            for (Coding coding : sorted(document)) {
                Key key = Key.of(coding);
                boolean lonely = coding.getCoder() == first && !bySecond.contains(key) || coding.getCoder() == second && !byFirst.contains(key);
                if (lonely) {
                    String excerpt = text != null && text.contains(coding.getStart(), coding.getEnd())
                            ? text.slice(coding.getStart(), coding.getEnd()) : "";
                    found.add(new Disagreement(coding.getId(), document.getName(), coding.getCoder().getName(),
                            CodePaths.path(coding.getCode()), coding.getStart(), coding.getEnd(), excerpt));
                }
            }
        }
        return found;
    }

    private static List<Coding> sorted(Document document) {
        List<Coding> codings = new ArrayList<>(document.getCodings());
        codings.sort((a, b) -> a.getStart() != b.getStart() ? Integer.compare(a.getStart(), b.getStart())
                : a.getEnd() != b.getEnd() ? Integer.compare(a.getEnd(), b.getEnd())
                : Objects.compare(a.getCoder().getName(), b.getCoder().getName(), String::compareTo));
        return codings;
    }

    private static Set<Key> keys(Document document, Coder coder) {
        Set<Key> keys = new HashSet<>();
        document.getCodings().stream().filter(c -> c.getCoder() == coder).forEach(c -> keys.add(Key.of(c)));
        return keys;
    }

    /**
     * Writes the consensus into the project: the agreed codings and those decided 'keep'. Decisions name codings
     * by id; codings without a decision stay open.
     *
     * @throws IllegalArgumentException when the consensus coder is one of the two, or a decision names a coding
     *                                  that is not a disagreement; the project is then unchanged
     */
    public AdjudicationResult decide(String consensusName, Map<String, Decision> decisions) {
        requireThirdPerson(consensusName);
        Map<String, Disagreement> open = new HashMap<>();
        disagreements().forEach(d -> open.put(d.codingId(), d));
        for (String id : decisions.keySet()) {
            if (!open.containsKey(id)) {
                throw new IllegalArgumentException("the decisions name coding " + id + ", which is not a disagreement between '"
                        + first.getName() + "' and '" + second.getName() + "'; make a fresh sheet");
            }
        }
        Coder consensus = Lookups.coderOrNew(project, consensusName);
        int agreed = 0;
        int kept = 0;
        int dropped = 0;
        List<Disagreement> stillOpen = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            Set<Key> bySecond = keys(document, second);
            Set<Key> already = keys(document, consensus);
            for (Coding coding : sorted(document)) {
                if (coding.getCoder() == first && bySecond.contains(Key.of(coding)) && already.add(Key.of(coding))) {
                    add(document, coding, consensus);
                    agreed++;
                }
            }
            for (Coding coding : sorted(document)) {
                Decision decision = decisions.getOrDefault(coding.getId(), Decision.OPEN);
                if (!open.containsKey(coding.getId())) {
                    continue;
                }
                switch (decision) {
                    case KEEP -> {
                        if (already.add(Key.of(coding))) {
                            add(document, coding, consensus);
                            kept++;
                        }
                    }
                    case DROP -> dropped++;
                    case OPEN -> stillOpen.add(open.get(coding.getId()));
                }
            }
        }
        return new AdjudicationResult(consensus.getName(), agreed, kept, dropped, stillOpen);
    }

    /**
     * Decides one turn: the consensus coder's earlier codings of the compared codes inside the turn go, then the
     * chosen coder's codings of those codes that touch the turn are copied, cut to the turn (a coding that runs
     * into the next turn is decided turn by turn). Run it inside one undoable edit.
     *
     * @return how many codings the consensus coder got
     * @throws IllegalArgumentException when the consensus coder is one of the two; the project is then unchanged
     */
    public int decideTurn(Turn turn, TurnVerdict verdict, Collection<Code> compared, String consensusName) {
        requireThirdPerson(consensusName);
        Document document = turn.getDocument();
        Coder consensus = Lookups.coderOrNew(project, consensusName);
        Set<Code> codes = Set.copyOf(compared);
        int start = turn.getStart();
        int end = turn.getEnd();
        document.getCodings().removeAll(document.getCodings().stream().filter(c -> c.getCoder() == consensus
                && codes.contains(c.getCode()) && c.getStart() >= start && c.getEnd() <= end).toList());
        if (verdict == TurnVerdict.NEITHER) {
            return 0;
        }
        Coder source = verdict == TurnVerdict.FIRST ? first : second;
        Set<Key> already = keys(document, consensus);
        int added = 0;
        for (Coding coding : sorted(document)) {
            if (coding.getCoder() != source || !codes.contains(coding.getCode())
                    || Math.min(coding.getEnd(), end) <= Math.max(coding.getStart(), start)) {
                continue;
            }
            int from = Math.max(coding.getStart(), start);
            int to = Math.min(coding.getEnd(), end);
            if (already.add(new Key(document, coding.getCode(), from, to))) {
                add(document, coding, consensus, from, to);
                added++;
            }
        }
        return added;
    }

    private void requireThirdPerson(String consensusName) {
        if (consensusName.equalsIgnoreCase(first.getName()) || consensusName.equalsIgnoreCase(second.getName())) {
            throw new IllegalArgumentException("the consensus coder must be someone other than '" + first.getName() + "' and '"
                    + second.getName() + "'");
        }
    }

    private static void add(Document document, Coding source, Coder consensus) {
        add(document, source, consensus, source.getStart(), source.getEnd());
    }

    private static void add(Document document, Coding source, Coder consensus, int start, int end) {
        Coding coding = Ids.assign(SameboatFactory.eINSTANCE.createCoding());
        coding.setCode(source.getCode());
        coding.setCoder(consensus);
        coding.setStart(start);
        coding.setEnd(end);
        coding.setCreated(source.getCreated());
        coding.setMemo(source.getMemo());
        document.getCodings().add(coding);
    }
}
