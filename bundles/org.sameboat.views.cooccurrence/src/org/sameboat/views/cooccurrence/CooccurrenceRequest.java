package org.sameboat.views.cooccurrence;

import java.util.List;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Measure;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.model.Code;
import org.sameboat.model.Project;

/**
 * What was asked for: everything the computation and the excerpt lists need, read on the UI thread.
 *
 * @param scope whose codings and which turns, in the status line's words
 */
record CooccurrenceRequest(Project project, List<Code> codes, Mode mode, Measure measure, Filter filter, String scope) {

    /** The heatmap's title in exports. */
    String title() {
        return "Co-occurrence (" + mode + ", " + measure + "), " + scope;
    }
}
