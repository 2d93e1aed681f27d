package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AgreementResultTest {

    @Test
    void anUndefinedResultNeedsAnExplanation() {
        assertThrows(IllegalArgumentException.class, () -> new AgreementResult("x", Double.NaN,
                0, 0, AgreementResult.Basis.AGREEMENT, 0, false, " "));
    }

    @Test
    void aDefinedResultCannotBeNaN() {
        assertThrows(IllegalArgumentException.class, () -> new AgreementResult("x", Double.NaN,
                0, 0, AgreementResult.Basis.AGREEMENT, 0, true, ""));
    }
}
