package org.sameboat.views.cooccurrence;

import java.util.List;

import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Measure;
import org.sameboat.model.Code;

/** The co-occurrence view's status line in words: what a table counts and how to read it, and what a cell lists. */
final class CooccurrenceStatus {

    private CooccurrenceStatus() {
    }

    /** What the table counts over whose codings, and the warnings its cells call for. */
    static String table(CooccurrenceRequest request, CooccurrenceTable table, HeatmapData data) {
        String units = switch (request.mode().kind()) {
            case OVERLAP -> table.units() + " codings";
            case TURN -> table.units() + " turns";
            case WINDOW -> table.units() + " windows of " + request.mode().window() + " turns";
        };
        StringBuilder text = new StringBuilder(units + ", " + request.scope() + ". Click a cell for its excerpts.");
        if (data.anyImbalanced()) {
            text.append(" Red corner: one code of the cell is applied more than ").append(HeatmapData.IMBALANCE)
                    .append(" times as often as the other (").append(firstImbalance(data))
                    .append("), so its coefficient says more about that imbalance than about the codes' relation.");
        }
        if (request.measure() == Measure.C && data.anyOutOfRange()) {
            text.append(" *: c above 1, because one long coding overlaps several short ones; Jaccard measures the shared text instead.");
        }
        return text.toString();
    }

    /** How many excerpts a cell lists, and whether its two codes are applied very unevenly. */
    static String cell(CooccurrenceRequest request, HeatmapData data, int row, int column, List<Excerpt> found) {
        Code first = request.codes().get(row);
        Code second = request.codes().get(column);
        String what = row == column ? first.getName() : first.getName() + " and " + second.getName() + " together";
        return found.size() + " excerpt" + (found.size() == 1 ? "" : "s") + " with " + what
                + ". Double-click one to see it in the transcript." + (data.imbalanced()[row][column]
                        ? " The two codes are applied very unevenly (" + data.frequency()[row] + " and " + data.frequency()[column] + ")."
                        : "");
    }

    private static String firstImbalance(HeatmapData data) {
        for (int r = 0; r < data.size(); r++) {
            for (int c = r + 1; c < data.size(); c++) {
                if (data.imbalanced()[r][c]) {
                    return data.labels().get(r) + " " + data.frequency()[r] + " and " + data.labels().get(c) + " "
                            + data.frequency()[c];
                }
            }
        }
        return "";
    }
}
