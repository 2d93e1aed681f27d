package org.sameboat.views.agreement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.graphics.RGB;
import org.sameboat.analysis.agreement.AgreementResult;

/**
 * How to read a coefficient, by published benchmarks: Krippendorff's for alpha (Content Analysis, 2004: α ≥ .800
 * reliable, ≥ .667 for tentative conclusions only, below that not to be relied on) and Landis and Koch's bands for
 * kappa (1977), which they offered as a convention, not a test. Other coefficients have no published benchmark of
 * the same standing, so they are not coloured.
 */
final class ReadingGuide {

    /** The one line under the table. */
    static final String LINE = "Reading: Krippendorff's \u03b1 \u2265 .800 reliable, \u2265 .667 tentative conclusions only, below "
            + "that not reliable (Krippendorff 2004). Kappa by Landis & Koch's bands (1977, a convention): > .80 almost perfect, "
            + ".61\u2013.80 substantial, .41\u2013.60 moderate, .21\u2013.40 fair, \u2264 .20 slight. The row 'dynamic' compares the one "
            + "dynamic each coder's codings give a turn: the code covering most of it, 'none' when uncoded.";

    /** A band of a benchmark, with its colour (light enough for black text). */
    enum Band {
        GOOD(new RGB(198, 234, 196)),
        TENTATIVE(new RGB(252, 232, 178)),
        POOR(new RGB(246, 200, 196));

        final RGB colour;

        Band(RGB colour) {
            this.colour = colour;
        }
    }

    /** What a legend entry says for each band. */
    static final List<String> LEGEND = List.of("\u03b1 \u2265 .800, \u03ba > .80", "\u03b1 \u2265 .667, \u03ba .61\u2013.80",
            "lower");

    private ReadingGuide() {
    }

    /** The band of a defined coefficient that has a published benchmark. */
    static Optional<Band> band(AgreementResult result) {
        if (!result.defined()) {
            return Optional.empty();
        }
        String name = result.coefficient().toLowerCase(Locale.ROOT);
        double value = result.value();
        if (name.contains("alpha")) {
            return Optional.of(value >= 0.800 ? Band.GOOD : value >= 0.667 ? Band.TENTATIVE : Band.POOR);
        }
        if (name.contains("kappa")) {
            return Optional.of(value > 0.80 ? Band.GOOD : value > 0.60 ? Band.TENTATIVE : Band.POOR);
        }
        return Optional.empty();
    }

    /** The benchmark's word for a value, for the cell's tooltip. */
    static Optional<String> reading(AgreementResult result) {
        if (!result.defined()) {
            return Optional.empty();
        }
        String name = result.coefficient().toLowerCase(Locale.ROOT);
        double value = result.value();
        if (name.contains("alpha")) {
            return Optional.of(value >= 0.800 ? "reliable (Krippendorff 2004: \u03b1 \u2265 .800)"
                    : value >= 0.667 ? "tentative conclusions only (Krippendorff 2004: .667 \u2264 \u03b1 < .800)"
                            : "not reliable (Krippendorff 2004: \u03b1 < .667)");
        }
        if (name.contains("kappa")) {
            String band = value > 0.80 ? "almost perfect" : value > 0.60 ? "substantial" : value > 0.40 ? "moderate"
                    : value > 0.20 ? "fair" : value >= 0 ? "slight" : "poor";
            return Optional.of(band + " (Landis & Koch 1977, a convention)");
        }
        return Optional.empty();
    }
}
