package org.sameboat.analysis.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;

/**
 * What an agreement analysis compares: which coders, on which codes, over which documents.
 *
 * <p>Documents: those in which <em>every</em> selected coder made at least one coding (of any
 * code). A document only one coder worked on says nothing about agreement, and counting its
 * characters or turns as "both uncoded" would inflate agreement; this is also NVivo's rule for its
 * coding comparison. Codes: the given ones, or by default every code at least one selected coder
 * applied in those documents; always in codebook order (depth first, parents before children),
 * which is also the tie-break order of a turn's dynamic.
 */
public final class Comparison {

    private final Project project;
    private final List<Coder> coders;
    private final List<Code> codes;
    private final List<Document> documents;
    private final Predicate<Turn> turns;

    private Comparison(Project project, List<Coder> coders, List<Code> codes, List<Document> documents,
            Predicate<Turn> turns) {
        this.project = project;
        this.coders = coders;
        this.codes = codes;
        this.documents = documents;
        this.turns = turns;
    }

    /**
     * @param project the project
     * @param coders at least two distinct coders of the project; empty means all the project's coders
     * @param codes the codes to compare; empty means every code the coders applied
     * @return the comparison
     * @throws IllegalArgumentException if fewer than two coders are selected or one is given twice
     */
    public static Comparison of(Project project, List<Coder> coders, List<Code> codes) {
        return of(project, coders, codes, d -> true, t -> true);
    }

    /**
     * As {@link #of(Project, List, List)}, on an immutable extract: safe in a job while the user edits the live model. Coders and codes
     * name live objects; the result is the same as computing on the model as it was extracted.
     */
    public static Comparison of(ProjectExtract extract, List<Coder> coders, List<Code> codes) {
        return of(extract.project(), extract.copiesOf(coders), extract.copiesOf(codes));
    }

    /**
     * A comparison restricted to some documents (e.g. those of one stage) and, at the turn level, to
     * some turns (e.g. those of one speaker role). The document scope applies before the rule that
     * every coder must have coded a document; the turn scope only decides which turns are units of
     * {@link TurnAgreement}.
     *
     * @param documentScope the documents that may be compared
     * @param turnScope the turns that are units at the turn level
     * @see #of(Project, List, List)
     */
    public static Comparison of(Project project, List<Coder> coders, List<Code> codes, Predicate<Document> documentScope,
            Predicate<Turn> turnScope) {
        List<Coder> selected = List.copyOf(coders.isEmpty() ? project.getCoders() : coders);
        if (new LinkedHashSet<>(selected).size() != selected.size()) {
            throw new IllegalArgumentException("a coder is selected twice; select each coder once");
        }
        if (selected.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two coders; the selection has "
                    + selected.size() + (coders.isEmpty() ? " (the project has only that many)" : ""));
        }
        Set<Coder> coderSet = Set.copyOf(selected);
        List<Document> compared = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            if (!documentScope.test(document)) {
                continue;
            }
            Set<Coder> present = new LinkedHashSet<>();
            for (Coding coding : document.getCodings()) {
                if (coderSet.contains(coding.getCoder())) {
                    present.add(coding.getCoder());
                }
            }
            if (present.size() == selected.size()) {
                compared.add(document);
            }
        }
        List<Code> order = CodePaths.allCodes(project);
        Map<Code, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        List<Code> chosen;
        if (codes.isEmpty()) {
            Set<Code> used = new LinkedHashSet<>();
            for (Document document : compared) {
                for (Coding coding : document.getCodings()) {
                    if (coderSet.contains(coding.getCoder()) && coding.getCode() != null) {
                        used.add(coding.getCode());
                    }
                }
            }
            chosen = new ArrayList<>(used);
        } else {
            chosen = new ArrayList<>(new LinkedHashSet<>(codes));
        }
        chosen.sort(Comparator.comparingInt(c -> rank.getOrDefault(c, Integer.MAX_VALUE)));
        return new Comparison(project, selected, List.copyOf(chosen), List.copyOf(compared), turnScope);
    }

    /** @return the project */
    public Project project() {
        return project;
    }

    /** @return the coders, in selection order */
    public List<Coder> coders() {
        return coders;
    }

    /** @return the codes, in codebook order */
    public List<Code> codes() {
        return codes;
    }

    /** @return the documents every selected coder coded, in project order */
    public List<Document> documents() {
        return documents;
    }

    /** @return whether a turn is a unit at the turn level */
    public boolean inScope(Turn turn) {
        return turns.test(turn);
    }

    /** @return the coders' names, in selection order */
    public List<String> coderNames() {
        return coders.stream().map(Coder::getName).toList();
    }

    /** @return the codes' paths, in codebook order */
    public List<String> codeLabels() {
        return codes.stream().map(CodePaths::path).toList();
    }

    /** The codings of each compared document, grouped by coder and code and merged. */
    List<DocumentCodings> documentCodings() {
        Map<Coder, Integer> coderIndex = new IdentityHashMap<>();
        for (int i = 0; i < coders.size(); i++) {
            coderIndex.put(coders.get(i), i);
        }
        Map<Code, Integer> codeIndex = new IdentityHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            codeIndex.put(codes.get(i), i);
        }
        return documents.stream().map(d -> DocumentCodings.of(d, coderIndex, codeIndex)).toList();
    }
}
