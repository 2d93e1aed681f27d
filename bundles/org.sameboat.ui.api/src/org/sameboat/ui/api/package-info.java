/**
 * The public API for Sameboat view plugins, version 1.5.
 * <p>
 * A view is an e4 part contributed by a model fragment (manifest header {@code Model-Fragment}) with a
 * PartDescriptor tagged {@code View} whose contribution is a plain Java class. The workbench gives it, by
 * injection from the application context:
 * <ul>
 * <li>{@link org.sameboat.ui.api.ProjectAccess}: the open project, the coder at work, the document shown, whose
 * codings are visible, revealing a stretch in the transcript editor, and undoable edits;</li>
 * <li>{@link org.sameboat.ui.api.AnalysisService}: agreement, co-occurrence, transitions, profiles (since 1.3) and
 * lag-sequential tables (since 1.3) and epistemic network models (since 1.4) on the open project, and snapshots of it
 * for computing in a job (since 1.5);</li>
 * <li>the current selection under {@code IServiceConstants.ACTIVE_SELECTION}: a model {@code Document},
 * {@code Code} or {@code Coding}, or a {@link org.sameboat.ui.api.SearchHit};</li>
 * <li>events on the topics of {@link org.sameboat.ui.api.SameboatEvents} through the event broker
 * ({@code @UIEventTopic}).</li>
 * </ul>
 * Blind coding (since 1.2): {@link org.sameboat.ui.api.ProjectAccess#isBlind()} and
 * {@link org.sameboat.ui.api.ProjectAccess#visibleCoders()} say whose codings the user may see; the
 * {@link org.sameboat.ui.api.AnalysisService} computes only on those and refuses agreement while blind.
 * For computing in the background, {@link org.sameboat.ui.api.LatestComputation} (since 1.1) runs one job at a
 * time per view and shows only the newest result.
 * <h2>Threading contract (since 1.5)</h2>
 * The coding model is EMF, and EMF is not thread-safe: a read on one thread while another thread changes the model
 * does not fail, it returns a torn state and so wrong figures. The model therefore belongs to the UI thread:
 * <ul>
 * <li>{@link org.sameboat.ui.api.ProjectAccess} and every model object it leads to are read and changed on the UI
 * thread only; a job never walks them.</li>
 * <li>A computation has two phases. On the UI thread, take what it needs: {@link
 * org.sameboat.ui.api.AnalysisService#snapshot()} (an analysis service on an immutable extract of the project) or
 * {@link org.sameboat.ui.api.AnalysisService#extract()} (the extract itself, {@code
 * org.sameboat.analysis.extract.ProjectExtract}, for running an engine of {@code org.sameboat.analysis} directly)
 * and any choices the view reads from its widgets. In the job, compute from that alone.</li>
 * <li>Results that name model objects name the live ones ({@code ProjectExtract.liveOf}), so that the view can select
 * and reveal them on the UI thread when the result arrives.</li>
 * <li>An edit made while a job runs makes the view start a new computation ({@link
 * org.sameboat.ui.api.LatestComputation} drops the old one), so what the view shows in the end is computed from the
 * final state.</li>
 * </ul>
 * A view written for 1.4 that calls the workbench's {@code AnalysisService} in a job still works: the service takes
 * the extract on the UI thread first (through the display), so it never reads the live model off it; such a job must
 * not be awaited on the UI thread.
 * <p>
 * Plugins depend on this bundle only (it re-exports the coding model and the analysis engine). The API
 * follows semantic versioning: additions raise the minor version, removals the major one.
 */
package org.sameboat.ui.api;
