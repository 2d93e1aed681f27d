package org.sameboat.analysis.spi;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.ReliabilityData;

/**
 * An agreement measure a plugin adds to Sameboat. Register an implementation as an OSGi service (a Declarative
 * Services {@code @Component(service = AgreementMeasure.class)}); {@code sameboat agree --data FILE --measure NAME}
 * and the agreement view then offer it beside the built-in measures.
 */
public interface AgreementMeasure {

    /** Name on the command line: lower case, words joined by '-', different from the built-in names. */
    String name();

    /** One line saying what it measures and where it is defined. */
    String description();

    /** The coefficient with its observed and expected agreement; undefined results carry an explanation. */
    AgreementResult compute(ReliabilityData data);
}
