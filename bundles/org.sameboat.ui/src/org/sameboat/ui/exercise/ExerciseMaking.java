package org.sameboat.ui.exercise;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.Excerpt;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.ExerciseMaker;
import org.sameboat.model.Project;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

/**
 * Makes an exercise from the open project in the background, with the engine {@code sameboat exercise make} uses
 * and writing the same three things: the project, the sealed key and exercise.json.
 */
public final class ExerciseMaking {

    /** The family of the making jobs, for tests to wait on. */
    public static final Object JOB_FAMILY = ExerciseMaking.class;

    private ExerciseMaking() {
    }

    /** What a making produced: the summary line for the instructor. */
    public record Result(ExerciseRequest request, String summary) {
    }

    /**
     * Makes the exercise now, in the calling thread.
     *
     * @param source the project to make it from; it is not changed
     * @throws InteropException when the choices do not make an exercise (no such expert, nothing coded, no excerpt)
     * @throws ProjectStoreException when the folder cannot be made (not new or empty, not writable)
     */
    public static Result make(Project source, ExerciseRequest request, Clock clock) throws InteropException, ProjectStoreException {
        List<Excerpt> excerpts = request.variant().graded() ? request.excerpts().resolve(source) : List.of();
        ExerciseMaker.Made made = new ExerciseMaker(source).makeOf(request.variant(), request.expert(), excerpts,
                request.instructionsOrDefault(), clock.instant());
        new ProjectStore().createWith(request.out(), made.project());
        ExerciseFolder exercise = new ExerciseFolder(request.out());
        exercise.write(made.key());
        exercise.write(made.info());
        return new Result(request, "Made a " + request.variant().word() + " exercise in " + request.out() + ": "
                + made.project().getDocuments().size() + " document(s)" + (request.variant().graded() ? ", "
                        + made.key().codings().size() + " coding(s) of " + request.expert() + " sealed (sealed, not secret)" : "")
                + ".");
    }

    /**
     * Starts making in a job. The project is copied first, in the calling (UI) thread, so that editing it while
     * the job runs cannot change what is made.
     *
     * @param done called in the job's thread with the result
     * @param failed called in the job's thread with one line saying why nothing was made
     */
    public static Job start(Project open, ExerciseRequest request, Clock clock, Consumer<Result> done, Consumer<String> failed) {
        Project copy = EcoreUtil.copy(open);
        Job job = new Job("Making an exercise in " + request.out()) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    done.accept(make(copy, request, clock));
                } catch (InteropException e) {
                    failed.accept(e.getMessage() + "; nothing was made");
                } catch (ProjectStoreException e) {
                    failed.accept(e.getMessage());
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
