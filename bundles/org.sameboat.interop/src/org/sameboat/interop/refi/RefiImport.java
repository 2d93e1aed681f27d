package org.sameboat.interop.refi;

import java.util.List;

import org.sameboat.model.Project;

/**
 * A REFI-QDA project read into a new, unsaved Sameboat project, with everything that could not be carried
 * over or was repaired, each as one sentence.
 */
public record RefiImport(Project project, List<String> warnings) {

    public RefiImport {
        warnings = List.copyOf(warnings);
    }
}
