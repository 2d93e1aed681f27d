package org.sameboat.interop.adjudicate;

import java.util.ArrayList;
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
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.text.DocumentText;

/**
 * Builds a consensus coder from two coders' work: every coding on which they agree (same document, code and
 * range) goes in at once; every other coding of either is a {@link Disagreement} for the user to keep or drop.
 * Running it again with more decisions only adds what is new, so a sheet can be filled in over several rounds.
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
        if (consensusName.equalsIgnoreCase(first.getName()) || consensusName.equalsIgnoreCase(second.getName())) {
            throw new IllegalArgumentException("the consensus coder must not be '" + first.getName() + "' or '" + second.getName() + "'");
        }
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

    private static void add(Document document, Coding source, Coder consensus) {
        Coding coding = Ids.assign(SameboatFactory.eINSTANCE.createCoding());
        coding.setCode(source.getCode());
        coding.setCoder(consensus);
        coding.setStart(source.getStart());
        coding.setEnd(source.getEnd());
        coding.setCreated(source.getCreated());
        coding.setMemo(source.getMemo());
        document.getCodings().add(coding);
    }
}
