package org.sameboat.views.agreement;

import org.sameboat.analysis.project.AgreementReport;

/** The agreement view's status line in words: what was compared, and what to know to read the figures. */
final class AgreementStatus {

    private AgreementStatus() {
    }

    /** What the figures were computed over, whether they have intervals, and the disagreements to work through. */
    static String of(AgreementFigures figures) {
        AgreementReport report = figures.report();
        String interval = report.unit() == AgreementReport.Unit.TURN ? "95% intervals: bootstrap over turns."
                : "No intervals at this unit: characters are not independent units, and unitizing alpha has no bootstrap.";
        String units = switch (report.unit()) {
            case TURN -> report.units() + " turns";
            case CHARACTER -> report.units() + " characters";
            case UNITIZING -> "a continuum of " + report.units() + " characters";
        };
        return report.documents() + " documents every coder coded, " + units + ". " + interval
                + (figures.disagreements().isEmpty() ? "" : " " + figures.disagreements().size()
                        + " disagreements: click one to read it, then accept A, B or neither.");
    }

    /** Why there is no confusion matrix, or nothing when there is one. */
    static String noConfusion(AgreementFigures figures) {
        return figures.report().unit() != AgreementReport.Unit.TURN ? "A confusion matrix compares turns: choose the turn unit."
                : figures.request().coders().size() != 2 ? "A confusion matrix compares two coders: tick exactly two." : "";
    }
}
