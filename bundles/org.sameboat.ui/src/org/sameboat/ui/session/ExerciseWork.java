package org.sameboat.ui.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.ExerciseInfo;
import org.sameboat.interop.exercise.Feedback;
import org.sameboat.interop.exercise.Grader;
import org.sameboat.interop.exercise.Unsealing;
import org.sameboat.model.Project;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

/**
 * Doing an exercise in the workbench. While an exercise is open and not handed in, the session is in exercise
 * mode: blind is enforced (the student cannot end it) and the expert's codings are not in the project at all.
 * Handing in is what {@code sameboat exercise submit} does, on the saved project, after which the session reads the
 * project again: the student's work cannot be undone past the submission.
 */
public final class ExerciseWork {

    private ExerciseWork() {
    }

    /** @return the exercise the session has open, if its project is an exercise */
    public static Optional<ExerciseInfo> info(ProjectSession session) {
        return session.folder().filter(ExerciseFolder::isExercise).flatMap(folder -> {
            try {
                return Optional.of(new ExerciseFolder(folder).info());
            } catch (InteropException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Why the session is in exercise mode, when the folder is an exercise not yet handed in. A description that does
     * not read is taken as not handed in: blind stays on rather than showing what may be the expert's work.
     */
    static Optional<String> inProgress(Path folder) {
        if (!ExerciseFolder.isExercise(folder)) {
            return Optional.empty();
        }
        String why = "This is an exercise: you code blind until you hand it in (Exercise > Submit).";
        try {
            return new ExerciseFolder(folder).info().submitted() ? Optional.empty() : Optional.of(why);
        } catch (InteropException e) {
            return Optional.of(why);
        }
    }

    /**
     * Hands the open exercise in as the coder at work: saves the session's changes, unseals the expert's codings into
     * the project on disk, records the submission and reads the project again.
     *
     * @throws InteropException when it cannot be handed in (already handed in, nothing coded, a damaged key);
     *         nothing is then changed beyond the save of the student's own work
     */
    public static ExerciseInfo submit(ProjectSession session, Clock clock) throws InteropException, ProjectStoreException {
        Path folder = session.folder().orElseThrow(() -> new InteropException("no exercise is open"));
        if (!ExerciseFolder.isExercise(folder)) {
            throw new InteropException("the open project is not an exercise");
        }
        if (session.isDirty()) {
            session.save();
        }
        ProjectStore store = new ProjectStore();
        Project project = store.load(folder).project();
        ExerciseFolder exercise = new ExerciseFolder(folder);
        ExerciseInfo submitted = new Unsealing(project, exercise).submit(session.coder().getName(), clock.instant());
        store.save(project, folder);
        exercise.write(submitted);
        session.reload();
        return submitted;
    }

    /** @return the feedback on the open exercise, once handed in */
    public static Feedback feedback(ProjectSession session) throws InteropException {
        ExerciseInfo info = info(session).orElseThrow(() -> new InteropException("the open project is not an exercise"));
        return new Grader(session.project().orElseThrow()).grade(info);
    }
}
