package org.sameboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window > Coded segments: brings the retrieval part back, also after it was closed. */
public final class ShowSegmentsHandler {

    public static final String PART = "org.sameboat.ui.part.segments";

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(PART, PartState.ACTIVATE);
    }
}
