package org.sameboat.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.sameboat.corpus.search.CorpusSearch;
import org.sameboat.corpus.search.IndexException;
import org.sameboat.corpus.search.IndexSync;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.corpus.search.QuerySyntaxException;
import org.sameboat.corpus.search.SearchResult;
import org.sameboat.corpus.search.SearchTarget;
import org.sameboat.model.Project;

/**
 * The search index of the project open in the workbench: opened (and if needed rebuilt) in a background job
 * with progress, then kept in step with every edit by {@link IndexSync} and committed on save. If the user
 * edits while the job runs, the job goes again, so the index never misses an edit.
 */
public final class WorkbenchIndex {

    private final ProjectSession session;
    private final Executor uiThread;
    private final List<Runnable> listeners = new ArrayList<>();
    private ProjectIndex index;
    private IndexSync sync;
    private String status = "No project is open.";
    private long edits;

    public WorkbenchIndex(ProjectSession session, Executor uiThread) {
        this.session = session;
        this.uiThread = uiThread;
        session.addListener(change -> {
            switch (change) {
                case PROJECT -> reopen();
                case MODEL -> edits++;
                case DIRTY -> commitIfSaved();
                default -> {
                    // other changes do not touch the index
                }
            }
        });
    }

    /** The index, once it is ready. */
    public Optional<ProjectIndex> index() {
        return Optional.ofNullable(index);
    }

    /** A line for the search view: ready, being built, or why not. */
    public String status() {
        return status;
    }

    /** Runs a query on the ready index; while the coder at work codes blind, over their own excerpts only. */
    public SearchResult search(String query, SearchTarget target, int limit) throws QuerySyntaxException, IndexException {
        if (index == null) {
            throw new IndexException(status, null);
        }
        CorpusSearch search = new CorpusSearch(index);
        // a blind coder's search must not find, count or relate other coders' codings
        return (session.isBlind() ? search.onlyCoder(session.coder().getName()) : search).search(query, target, limit);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** For parts that close before the workbench does: the index outlives them. */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Closes the index (on exit or when another project opens). */
    public void close() {
        if (sync != null) {
            sync.detach();
            sync = null;
        }
        if (index != null) {
            try {
                index.close();
            } catch (IndexException e) {
                // derived data: the next open rebuilds what was not committed
            }
            index = null;
        }
    }

    private void reopen() {
        close();
        Optional<Project> project = session.project();
        Optional<Path> folder = session.folder();
        if (project.isEmpty() || folder.isEmpty()) {
            return;
        }
        update("Building the search index…");
        // through the UI thread's queue: at start-up that is after the window is made, so that opening the
        // index does not compete with it for the processor
        uiThread.execute(() -> {
            if (session.project().orElse(null) == project.get() && index == null) {
                schedule(project.get(), folder.get());
            }
        });
    }

    private void schedule(Project project, Path folder) {
        long editsAtStart = edits;
        Job job = Job.create("Opening the search index", monitor -> {
            monitor.beginTask("Opening the search index", org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
            try {
                ProjectIndex opened = ProjectIndex.open(folder, project);
                uiThread.execute(() -> ready(project, folder, opened, editsAtStart));
                return Status.OK_STATUS;
            } catch (IndexException e) {
                uiThread.execute(() -> update("Search is unavailable: " + e.getMessage()));
                return Status.OK_STATUS;
            } catch (ConcurrentModificationException e) {
                // the user edited what the job was reading; try again from the new state
                uiThread.execute(() -> schedule(project, folder));
                return Status.OK_STATUS;
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private void ready(Project project, Path folder, ProjectIndex opened, long editsAtStart) {
        if (session.project().orElse(null) != project) {
            closeQuietly(opened);
            return;
        }
        if (edits != editsAtStart) {
            // edits landed while the job read the model: rebuild from the state the user sees now
            closeQuietly(opened);
            schedule(project, folder);
            return;
        }
        index = opened;
        sync = IndexSync.attach(index);
        update("");
    }

    private void commitIfSaved() {
        if (index != null && !session.isDirty()) {
            try {
                index.commit();
            } catch (IndexException e) {
                update("The search index could not be saved (" + e.getMessage() + "); it is rebuilt on the next open.");
            }
        }
    }

    private static void closeQuietly(ProjectIndex stale) {
        try {
            stale.close();
        } catch (IndexException e) {
            // it is being thrown away
        }
    }

    private void update(String newStatus) {
        status = newStatus;
        listeners.forEach(Runnable::run);
    }
}
