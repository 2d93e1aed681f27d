package org.sameboat.analysis.project;

import java.util.List;

import org.sameboat.analysis.agreement.AgreementResult;

/**
 * The agreement on one code (or on the turn dynamic, or on all codes together), one result per
 * coefficient; each result names its coefficient.
 *
 * @param label the code path, or a label such as "dynamic" for a row that is not one code
 * @param coefficients the results, in the order the analysis documents
 */
public record CodeAgreement(String label, List<AgreementResult> coefficients) {

    /** Copies the list so the record stays immutable. */
    public CodeAgreement {
        coefficients = List.copyOf(coefficients);
    }
}
