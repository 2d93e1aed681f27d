package org.sameboat.model.store;

import org.sameboat.model.Project;
import org.sameboat.model.codebook.BuiltInCodebook;

/**
 * Brings a project read from an older model file up to {@link ProjectFormat#CURRENT_VERSION}, in memory; the next
 * save writes the current format. A migration only adds: no element is removed, renamed or moved and no id
 * changes, so codings keep their code, range and coder.
 */
public final class ProjectMigration {

    private ProjectMigration() {
    }

    /** @return whether the project was changed (it was older than the current format) */
    public static boolean migrate(Project project) {
        int from = project.getFormatVersion();
        if (from >= ProjectFormat.CURRENT_VERSION) {
            return false;
        }
        if (from < 2) {
            // format 2: border rules, sub-codes, roles and the worker-skills codebook; pre-group needs nothing
            // here, since no older file can hold it
            BuiltInCodebook.complete(project);
        }
        // format 3 only adds addressees a coder sets; an older file has none, so every addressee stays inferred
        project.setFormatVersion(ProjectFormat.CURRENT_VERSION);
        return true;
    }
}
