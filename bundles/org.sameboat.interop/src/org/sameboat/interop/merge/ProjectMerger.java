package org.sameboat.interop.merge;

import org.sameboat.model.Project;

/**
 * Merges other projects of the same material into one, for teams that code apart and pool their work.
 * <p>
 * Documents are matched by id, else by content hash (the same text); codes by id, else by name path; coders by
 * id, else by name (with a warning, since two people may share a name); groups, participants, attributes, cases
 * and memos by id, else by name. Codings are added unless the same document, code, coder and range is already
 * coded. Where both sides hold a value and they differ, this project's is kept and the difference reported.
 * Elements from the other project keep their ids unless an id is taken here.
 */
public final class ProjectMerger {

    private final Project target;

    /** A merger into this project, which it changes in memory; saving is the caller's choice. */
    public ProjectMerger(Project target) {
        this.target = target;
    }

    /**
     * Merges other into the target project; other is only read.
     *
     * @param label how the other project is named in the report, e.g. its folder or file name
     */
    public MergeReport merge(Project other, String label) {
        MergeReport.Builder report = new MergeReport.Builder();
        new MergeRun(target, other, label, report).run();
        return report.build();
    }

    /** Merges other into the target and adds warnings from reading it, so that the report holds everything. */
    public MergeReport merge(MergeSource.Loaded other) {
        MergeReport.Builder report = new MergeReport.Builder();
        other.warnings().forEach(w -> report.warning(other.label() + ": " + w));
        new MergeRun(target, other.project(), other.label(), report).run();
        return report.build();
    }
}
