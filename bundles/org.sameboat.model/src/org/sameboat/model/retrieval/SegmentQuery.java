package org.sameboat.model.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Project;
import org.sameboat.model.SegmentSet;
import org.sameboat.model.codebook.CodePaths;

/**
 * Which codings a retrieval selects (MAXQDA's activated codes and documents, ATLAS.ti's quotation filter): codes,
 * with or without their sub-codes; documents, directly or through their group; coders. An empty selection of a
 * kind does not restrict by that kind, so the empty query selects every coding.
 *
 * @param codes the codes ticked
 * @param subcodes whether a coding with a code below a ticked one matches too
 * @param documents the documents ticked
 * @param groups the groups ticked: their documents match
 * @param coders the coders ticked
 */
public record SegmentQuery(Set<Code> codes, boolean subcodes, Set<Document> documents, Set<Group> groups, Set<Coder> coders) {

    /** The query that selects every coding. */
    public static final SegmentQuery ALL = new SegmentQuery(Set.of(), true, Set.of(), Set.of(), Set.of());

    public SegmentQuery {
        codes = Set.copyOf(codes);
        documents = Set.copyOf(documents);
        groups = Set.copyOf(groups);
        coders = Set.copyOf(coders);
    }

    /** The query a saved set stands for. */
    public static SegmentQuery of(SegmentSet set) {
        return new SegmentQuery(new HashSet<>(set.getCodes()), set.isSubcodes(), new HashSet<>(set.getDocuments()),
                new HashSet<>(set.getGroups()), new HashSet<>(set.getCoders()));
    }

    /** Whether the query restricts nothing. */
    public boolean isEmpty() {
        return codes.isEmpty() && documents.isEmpty() && groups.isEmpty() && coders.isEmpty();
    }

    public boolean matches(Coding coding) {
        return matchesCode(coding.getCode()) && matchesDocument(coding.getDocument())
                && (coders.isEmpty() || coders.contains(coding.getCoder()));
    }

    private boolean matchesCode(Code code) {
        if (codes.isEmpty()) {
            return true;
        }
        if (code == null) {
            return false;
        }
        return subcodes ? CodePaths.selfAndAncestors(code).stream().anyMatch(codes::contains) : codes.contains(code);
    }

    private boolean matchesDocument(Document document) {
        if (documents.isEmpty() && groups.isEmpty()) {
            return true;
        }
        return document != null && (documents.contains(document) || document.getGroup() != null && groups.contains(document.getGroup()));
    }

    /** The matching codings of a project in document order (see {@link SegmentOrder#DOCUMENT}). */
    public List<Coding> run(Project project) {
        return run(project, coding -> true);
    }

    /**
     * The matching codings that the caller may show (e.g. only the coder's own in blind mode), in document order:
     * the project's document order, then start, end, code path and coder.
     */
    public List<Coding> run(Project project, Predicate<Coding> visible) {
        Objects.requireNonNull(project, "project");
        List<Coding> found = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            if (!matchesDocument(document)) {
                continue;
            }
            List<Coding> here = new ArrayList<>();
            for (Coding coding : document.getCodings()) {
                if (matches(coding) && visible.test(coding)) {
                    here.add(coding);
                }
            }
            here.sort(WITHIN_DOCUMENT);
            found.addAll(here);
        }
        return found;
    }

    static final Comparator<Coding> WITHIN_DOCUMENT = Comparator.comparingInt(Coding::getStart).thenComparingInt(Coding::getEnd)
            .thenComparing(c -> c.getCode() == null ? "" : CodePaths.path(c.getCode()))
            .thenComparing(c -> c.getCoder() == null || c.getCoder().getName() == null ? "" : c.getCoder().getName());
}
