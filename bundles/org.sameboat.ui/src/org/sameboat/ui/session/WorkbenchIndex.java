package org.sameboat.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.sameboat.analysis.extract.ProjectExtract;
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
 * with progress, then kept in step with every edit by {@link IndexSync} and committed on save.
 * <p>
 * The job never reads the live model (see {@link ProjectSession}'s threading contract): it builds the index from an
 * immutable extract taken on the UI thread, and commits it with the extract's fingerprint. Back on the UI thread the
 * index is opened on the live model, which finds that commit current and so only opens it. If the user edited while
 * the job ran, the job goes again from the new state, so the index never misses an edit.
 */
public final class WorkbenchIndex {

    private final ProjectSession session;
    private final Executor uiThread;
    private final List<Runnable> listeners = new ArrayList<>();
    private ProjectIndex index;
    private IndexSync sync;
    private String status = "No project is open.";

    public WorkbenchIndex(ProjectSession session, Executor uiThread) {
        this.session = session;
        this.uiThread = uiThread;
        session.addListener(change -> {
            switch (change) {
                case PROJECT -> reopen();
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
        long version = session.modelVersion();
        ProjectExtract extract = ProjectExtract.of(project);
        Job job = Job.create("Opening the search index", monitor -> {
            monitor.beginTask("Opening the search index", org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
            try {
                // builds (or finds current) the index of the model as extracted; the live model is opened on it later
                ProjectIndex.open(folder, extract.project()).close();
                uiThread.execute(() -> ready(project, folder, version));
                return Status.OK_STATUS;
            } catch (IndexException e) {
                uiThread.execute(() -> update("Search is unavailable: " + e.getMessage()));
                return Status.OK_STATUS;
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private void ready(Project project, Path folder, long version) {
        if (session.project().orElse(null) != project || index != null) {
            return;
        }
        if (session.modelVersion() != version) {
            // edits landed while the job built the index: build again from the state the user sees now
            schedule(project, folder);
            return;
        }
        try {
            // the model is as extracted, so the commit is current and opening it walks the model once, for its fingerprint
            index = ProjectIndex.open(folder, project);
        } catch (IndexException e) {
            update("Search is unavailable: " + e.getMessage());
            return;
        }
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

    private void update(String newStatus) {
        status = newStatus;
        listeners.forEach(Runnable::run);
    }
}
