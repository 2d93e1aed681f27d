package org.sameboat.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.Excerpt;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;

/**
 * Which excerpts an exercise made in the workbench holds: the documents ticked, all of one session, or the run of
 * turns selected in the transcript; the same three choices as {@code exercise make --docs | --session | --turns}.
 * Documents are named by id, so that a choice made on the open project resolves in a copy of it.
 */
public sealed interface ExcerptChoice {

    /** @return the excerpts of the project the choice names */
    List<Excerpt> resolve(Project project) throws InteropException;

    /** @return the choice in a few words, for the dialog and its errors */
    String describe(Project project);

    /** Whole documents, by id. */
    record Documents(List<String> ids) implements ExcerptChoice {

        public Documents {
            ids = List.copyOf(ids);
        }

        @Override
        public List<Excerpt> resolve(Project project) throws InteropException {
            List<Excerpt> out = new ArrayList<>();
            for (String id : ids) {
                out.add(Excerpt.whole(byId(project, id)));
            }
            return out;
        }

        @Override
        public String describe(Project project) {
            return ids.size() + " document(s)";
        }
    }

    /** All documents of one session. */
    record Session(int number) implements ExcerptChoice {

        @Override
        public List<Excerpt> resolve(Project project) throws InteropException {
            List<Excerpt> out = project.getDocuments().stream().filter(d -> Integer.valueOf(number).equals(d.getSession()))
                    .map(Excerpt::whole).toList();
            if (out.isEmpty()) {
                throw new InteropException("no document of session " + number + " in the project");
            }
            return out;
        }

        @Override
        public String describe(Project project) {
            return "session " + number;
        }
    }

    /** A run of one document's turns, counted from 1, both ends included. */
    record Turns(String documentId, int first, int last) implements ExcerptChoice {

        @Override
        public List<Excerpt> resolve(Project project) throws InteropException {
            try {
                return List.of(new Excerpt(byId(project, documentId), first, last));
            } catch (IllegalArgumentException e) {
                throw new InteropException(e.getMessage());
            }
        }

        @Override
        public String describe(Project project) {
            String name = project.getDocuments().stream().filter(d -> d.getId().equals(documentId)).map(Document::getName).findFirst()
                    .orElse("a removed document");
            return name + ", turns " + first + "-" + last;
        }

        /**
         * The turns a selection in a document's text touches; empty when it touches none (e.g. only the header).
         *
         * @param start where the selection starts, in code points
         * @param end where it ends, exclusive
         */
        public static Optional<Turns> touchedBy(Document document, int start, int end) {
            List<Turn> turns = document.getTurns();
            int first = -1;
            int last = -1;
            for (int i = 0; i < turns.size(); i++) {
                Turn turn = turns.get(i);
                if (turn.getStart() < end && start < turn.getEnd()) {
                    if (first < 0) {
                        first = i + 1;
                    }
                    last = i + 1;
                }
            }
            return first < 0 ? Optional.empty() : Optional.of(new Turns(document.getId(), first, last));
        }
    }

    private static Document byId(Project project, String id) throws InteropException {
        return project.getDocuments().stream().filter(d -> d.getId().equals(id)).findFirst()
                .orElseThrow(() -> new InteropException("a chosen document is no longer in the project"));
    }
}
