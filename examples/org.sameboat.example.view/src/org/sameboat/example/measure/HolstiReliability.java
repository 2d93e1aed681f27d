package org.sameboat.example.measure;

import org.osgi.service.component.annotations.Component;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.analysis.spi.AgreementMeasure;

/**
 * Holsti's coefficient of reliability, C.R. = 2M / (N1 + N2), where M is the number of coding decisions on which
 * two coders agree and N1, N2 are the numbers of decisions each of them made (Holsti, O. R. (1969). Content
 * Analysis for the Social Sciences and Humanities. Reading, MA: Addison-Wesley, p. 140).
 * <p>
 * A decision is a value a coder gave a unit; M counts units both coders gave the same category. Unlike percent
 * agreement, a unit only one coder coded still counts against agreement, which is why studies that let coders
 * pick their own units report it. With more than two coders the result is the mean over all pairs of coders that
 * made any decision. There is no chance correction, so expected agreement is 0.
 */
@Component(service = AgreementMeasure.class)
public final class HolstiReliability implements AgreementMeasure {

    private static final String NAME = "Holsti's coefficient of reliability";

    @Override
    public String name() {
        return "holsti";
    }

    @Override
    public String description() {
        return "Holsti's C.R. = 2M / (N1 + N2), mean over coder pairs; Holsti (1969), Content Analysis for the Social Sciences and Humanities, p. 140";
    }

    @Override
    public AgreementResult compute(ReliabilityData data) {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < data.coderCount(); a++) {
            for (int b = a + 1; b < data.coderCount(); b++) {
                int agreed = 0;
                int decisions = 0;
                for (int unit = 0; unit < data.unitCount(); unit++) {
                    boolean hasA = data.hasValue(unit, a);
                    boolean hasB = data.hasValue(unit, b);
                    decisions += (hasA ? 1 : 0) + (hasB ? 1 : 0);
                    if (hasA && hasB && data.category(unit, a).equals(data.category(unit, b))) {
                        agreed++;
                    }
                }
                if (decisions > 0) {
                    sum += 2.0 * agreed / decisions;
                    pairs++;
                }
            }
        }
        int units = codedUnits(data);
        if (pairs == 0) {
            return new AgreementResult(NAME, Double.NaN, Double.NaN, Double.NaN, AgreementResult.Basis.AGREEMENT, units, false,
                    "Holsti's C.R. compares pairs of coders, and no pair of coders made any decision. Give at least two coders' values.");
        }
        double value = sum / pairs;
        return new AgreementResult(NAME, value, value, 0.0, AgreementResult.Basis.AGREEMENT, units, true, "");
    }

    /** Units at least one coder gave a value: those are the units the decisions were about. */
    private static int codedUnits(ReliabilityData data) {
        int units = 0;
        for (int unit = 0; unit < data.unitCount(); unit++) {
            for (int coder = 0; coder < data.coderCount(); coder++) {
                if (data.hasValue(unit, coder)) {
                    units++;
                    break;
                }
            }
        }
        return units;
    }
}
