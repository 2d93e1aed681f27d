package org.sameboat.interop.exercise;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.sameboat.interop.InteropException;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;

/**
 * Handing an exercise in: the student's coding ends, and the expert's codings come out of the key into the project
 * as their own coder, so that grading, the agreement view and every other tool compare the two. The project is
 * changed in memory; the caller saves it and then records the submission (in that order, so a submission is never
 * recorded without the expert's codings beside it).
 */
public final class Unsealing {

    private final Project project;
    private final ExerciseFolder folder;

    public Unsealing(Project project, ExerciseFolder folder) {
        this.project = project;
        this.folder = folder;
    }

    /** The one coder who did the exercise, when the project has exactly one besides the expert. */
    public Optional<String> onlyStudent() throws InteropException {
        String gold = folder.info().goldCoder();
        var students = project.getCoders().stream().filter(c -> !c.getName().equalsIgnoreCase(gold)).toList();
        return students.size() == 1 ? Optional.of(students.get(0).getName()) : Optional.empty();
    }

    /**
     * Checks the submission, unseals the key into the project and returns the exercise as handed in.
     *
     * @param student the student's coder name
     * @param at when
     * @throws InteropException when it was handed in already, the student is unknown or did nothing, or the key is
     *         damaged; the project is then unchanged
     */
    public ExerciseInfo submit(String student, Instant at) throws InteropException {
        ExerciseInfo info = folder.info();
        if (info.submitted()) {
            throw new InteropException("this exercise was handed in by " + info.submission().get().coder() + " at "
                    + info.submission().get().at() + "; it can be handed in once");
        }
        if (student.equalsIgnoreCase(info.goldCoder())) {
            throw new InteropException(student + " is the expert of this exercise; hand it in as the student's coder");
        }
        Coder coder = Lookups.coder(project, student).orElseThrow(() -> new InteropException("no coder '" + student
                + "' in the exercise; code it first (the workbench or 'sameboat code' add the coder)"));
        if (info.variant().graded()) {
            boolean coded = project.getDocuments().stream().flatMap(d -> d.getCodings().stream()).anyMatch(c -> c.getCoder() == coder);
            if (!coded) {
                throw new InteropException(student + " has coded nothing yet; code the excerpts before handing them in");
            }
            unseal(folder.key());
        } else if (project.getMemos().stream().noneMatch(m -> m.getAuthor() == coder)) {
            throw new InteropException(student + " has written no example yet; write them before handing them in");
        }
        coder.setBlind(false); // the comparison with the expert is what the student handed in for
        return info.withSubmission(new Submission(coder.getName(), at));
    }

    private void unseal(SealedKey key) throws InteropException {
        Map<String, Document> documents = new HashMap<>();
        project.getDocuments().forEach(d -> documents.put(d.getId(), d));
        Map<String, Code> codes = new HashMap<>();
        CodePaths.allCodes(project).forEach(c -> codes.put(c.getId(), c));
        for (SealedKey.GoldCoding gold : key.codings()) {
            if (!documents.containsKey(gold.document()) || !codes.containsKey(gold.code())) {
                throw new InteropException("the key names a document or code the exercise does not have; was "
                        + ExerciseFolder.KEY_FILE + " copied from another exercise?");
            }
        }
        Coder expert = SameboatFactory.eINSTANCE.createCoder();
        expert.setId(key.coderId());
        expert.setName(key.coderName());
        if (!key.coderColour().isEmpty()) {
            expert.setColour(key.coderColour());
        }
        project.getCoders().add(expert);
        for (SealedKey.GoldCoding gold : key.codings()) {
            Coding coding = SameboatFactory.eINSTANCE.createCoding();
            coding.setId(gold.id());
            coding.setCode(codes.get(gold.code()));
            coding.setCoder(expert);
            coding.setStart(gold.start());
            coding.setEnd(gold.end());
            coding.setCreated(gold.created());
            if (!gold.memo().isEmpty()) {
                coding.setMemo(gold.memo());
            }
            documents.get(gold.document()).getCodings().add(coding);
        }
    }
}
