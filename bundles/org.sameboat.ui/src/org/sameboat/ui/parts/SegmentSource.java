package org.sameboat.ui.parts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.retrieval.SegmentQuery;

/**
 * What the Coded segments list is made from, copied out of the model on the UI thread: EMF objects are not safe
 * to read while the UI thread edits them, so the job that makes the list ({@link SegmentList}) reads only this
 * copy. The codings and documents it names are handles, handed back to the UI thread and never read in the job.
 * The query is resolved here too (a ticked code into itself and its sub-codes, a ticked group into its
 * documents), so that matching in the job compares plain sets.
 *
 * @param documents the project's documents in project order
 * @param codes the codes a coding must have, empty for any
 * @param byDocument whether documents or groups are ticked (a ticked group without documents selects nothing)
 * @param documentsTicked the documents a coding must be in when {@code byDocument}
 * @param coders the coders a coding must be by, empty for any
 */
record SegmentSource(List<Text> documents, Set<Code> codes, boolean byDocument, Set<Document> documentsTicked, Set<Coder> coders) {

    SegmentSource {
        documents = List.copyOf(documents);
        codes = Set.copyOf(codes);
        documentsTicked = Set.copyOf(documentsTicked);
        coders = Set.copyOf(coders);
    }

    /** One document: its name, text and turns, and every coding the coder may see in it. */
    record Text(Document handle, String name, String text, List<TurnSpan> turns, List<Mark> codings) {
        Text {
            turns = List.copyOf(turns);
            codings = List.copyOf(codings);
        }
    }

    /** A turn's range (code points, half-open) and its speaker's pseudonym ("" when unknown). */
    record TurnSpan(int start, int end, String speaker) {
    }

    /** A coding, with its code as a path and its coder's name ("" when missing). */
    record Mark(Coding handle, int start, int end, Code code, String codePath, Coder coder, String coderName, String memo) {
    }

    /** The source of an empty list: no project is open. */
    static final SegmentSource NONE = new SegmentSource(List.of(), Set.of(), false, Set.of(), Set.of());

    /** Copies what the list needs; on the UI thread. {@code visible} says which codings the coder may see (blind mode). */
    static SegmentSource of(Project project, SegmentQuery query, Predicate<Coding> visible) {
        Map<Code, String> paths = new HashMap<>();
        List<Text> documents = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            List<TurnSpan> turns = new ArrayList<>();
            for (Turn turn : document.getTurns()) {
                String speaker = turn.getSpeaker() == null || turn.getSpeaker().getPseudonym() == null ? "" : turn.getSpeaker().getPseudonym();
                turns.add(new TurnSpan(turn.getStart(), turn.getEnd(), speaker));
            }
            List<Mark> codings = new ArrayList<>();
            for (Coding coding : document.getCodings()) {
                if (!visible.test(coding)) {
                    continue;
                }
                Code code = coding.getCode();
                Coder coder = coding.getCoder();
                codings.add(new Mark(coding, coding.getStart(), coding.getEnd(), code,
                        code == null ? "" : paths.computeIfAbsent(code, CodePaths::path), coder,
                        coder == null || coder.getName() == null ? "" : coder.getName(), coding.getMemo() == null ? "" : coding.getMemo()));
            }
            documents.add(new Text(document, document.getName() == null ? document.getId() : document.getName(),
                    document.getText() == null ? "" : document.getText(), turns, codings));
        }
        boolean byDocument = !query.documents().isEmpty() || !query.groups().isEmpty();
        return new SegmentSource(documents, codesOf(query), byDocument, documentsOf(project, query), query.coders());
    }

    private static Set<Code> codesOf(SegmentQuery query) {
        if (!query.subcodes()) {
            return query.codes();
        }
        Set<Code> withSubcodes = new HashSet<>();
        Deque<Code> open = new ArrayDeque<>(query.codes());
        while (!open.isEmpty()) {
            Code code = open.pop();
            if (withSubcodes.add(code)) {
                open.addAll(code.getChildren());
            }
        }
        return withSubcodes;
    }

    private static Set<Document> documentsOf(Project project, SegmentQuery query) {
        Set<Document> documents = new HashSet<>(query.documents());
        Set<Group> groups = query.groups();
        if (!groups.isEmpty()) {
            for (Document document : project.getDocuments()) {
                if (document.getGroup() != null && groups.contains(document.getGroup())) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    /** Whether a coding of that document matches the ticks. */
    boolean matches(Text document, Mark coding) {
        return (!byDocument || documentsTicked.contains(document.handle())) && (codes.isEmpty() || coding.code() != null && codes.contains(coding.code()))
                && (coders.isEmpty() || coding.coder() != null && coders.contains(coding.coder()));
    }
}
