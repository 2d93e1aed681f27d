package org.sameboat.ui.session;

import org.sameboat.model.Code;

/** Where a code chosen elsewhere (double-click or drag in the codebook) is applied: the transcript's selection. */
public interface CodingTarget {

    /** Codes the current selection; returns false, with a message shown to the user, when nothing is selected. */
    boolean codeSelection(Code code);
}
