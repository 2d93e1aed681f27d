/**
 * The public API for Sameboat view plugins, version 1.4.
 * <p>
 * A view is an e4 part contributed by a model fragment (manifest header {@code Model-Fragment}) with a
 * PartDescriptor tagged {@code View} whose contribution is a plain Java class. The workbench gives it, by
 * injection from the application context:
 * <ul>
 * <li>{@link org.sameboat.ui.api.ProjectAccess}: the open project, the coder at work, the document shown, whose
 * codings are visible, revealing a stretch in the transcript editor, and undoable edits;</li>
 * <li>{@link org.sameboat.ui.api.AnalysisService}: agreement, co-occurrence, transitions, profiles (since 1.3) and
 * lag-sequential tables (since 1.3) and epistemic network models (since 1.4) on the open project;</li>
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
 * Plugins depend on this bundle only (it re-exports the coding model and the analysis engine). The API
 * follows semantic versioning: additions raise the minor version, removals the major one.
 */
package org.sameboat.ui.api;
