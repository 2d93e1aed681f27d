package org.sameboat.views.cooccurrence;

import java.util.Locale;

import org.eclipse.swt.graphics.RGB;
import org.sameboat.analysis.cooccurrence.Measure;
import org.sameboat.model.text.XmlChars;

/** The heatmap as CSV (the numbers, for a spreadsheet) and as SVG (the picture, for a paper). */
final class HeatmapExport {

    private static final int CELL_WIDTH = 56;
    private static final int CELL_HEIGHT = 28;
    private static final int MARGIN = 12;
    private static final int HEADER = 44;
    private static final int CHAR_WIDTH = 7; // average width at 12px sans-serif; SVG has no text metrics to ask

    private HeatmapExport() {
    }

    /** Code by code: a header row of code paths, then one row per code; ratios with four decimals, undefined empty. */
    static String csv(HeatmapData data) {
        StringBuilder out = new StringBuilder("code");
        data.labels().forEach(label -> out.append(',').append(quote(label)));
        out.append('\n');
        for (int r = 0; r < data.size(); r++) {
            out.append(quote(data.labels().get(r)));
            for (int c = 0; c < data.size(); c++) {
                double value = data.values()[r][c];
                out.append(',');
                if (!Double.isNaN(value)) {
                    out.append(data.measure() == Measure.COUNT ? String.valueOf((long) value)
                            : String.format(Locale.ROOT, "%.4f", value));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A standalone SVG drawing of the heatmap with its legend and warning corners. */
    static String svg(HeatmapData data, String title) {
        int n = data.size();
        int labelWidth = 0;
        for (int i = 0; i < n; i++) {
            labelWidth = Math.max(labelWidth, rowLabel(data, i).length() * CHAR_WIDTH + 12);
        }
        int left = MARGIN + labelWidth;
        int top = HEADER;
        int gridWidth = n * CELL_WIDTH;
        int gridHeight = n * CELL_HEIGHT;
        int legendX = left + gridWidth + 20;
        int legendHeight = Math.max(60, Math.min(gridHeight, 200));
        int width = legendX + 90;
        int height = top + gridHeight + MARGIN + (data.anyImbalanced() ? 24 : 0);
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\" font-size=\"12\">\n", width, height, width, height));
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<defs><linearGradient id=\"scale\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">");
        for (int s = 0; s <= 4; s++) {
            svg.append(String.format(Locale.ROOT, "<stop offset=\"%.2f\" stop-color=\"%s\"/>", s / 4.0, ColourScale.hex(ColourScale.at(s / 4.0))));
        }
        svg.append("</linearGradient></defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>\n", MARGIN, 18, escape(title)));
        for (int i = 0; i < n; i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" dominant-baseline=\"middle\">%s</text>\n", MARGIN,
                    top + i * CELL_HEIGHT + CELL_HEIGHT / 2, escape(rowLabel(data, i))));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
                    left + i * CELL_WIDTH + CELL_WIDTH / 2, top - 6, i + 1));
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int x = left + c * CELL_WIDTH;
                int y = top + r * CELL_HEIGHT;
                RGB fill = r == c ? new RGB(226, 226, 226)
                        : Double.isNaN(data.values()[r][c]) ? new RGB(255, 255, 255) : ColourScale.at(data.fraction(r, c));
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\">"
                        + "<title>%s</title></rect>\n", x, y, CELL_WIDTH, CELL_HEIGHT, ColourScale.hex(fill),
                        escape(data.labels().get(r) + " \u00D7 " + data.labels().get(c) + ": " + data.text(r, c))));
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" dominant-baseline=\"middle\" fill=\"%s\">%s</text>\n",
                        x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2, ColourScale.hex(ColourScale.textOn(fill)), escape(data.text(r, c))));
                if (data.imbalanced()[r][c]) {
                    svg.append(String.format(Locale.ROOT, "<polygon class=\"imbalanced\" points=\"%d,%d %d,%d %d,%d\" fill=\"#c81e1e\"/>\n",
                            x + CELL_WIDTH - 10, y, x + CELL_WIDTH, y, x + CELL_WIDTH, y + 10));
                }
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", legendX, top - 6, escape(data.measure().toString())));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"%d\" fill=\"url(#scale)\" stroke=\"#787878\"/>\n",
                legendX, top, legendHeight));
        double max = data.maximum();
        String maxText = data.measure() == Measure.COUNT ? String.valueOf((long) max) : String.format(Locale.ROOT, "%.2f", max);
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" dominant-baseline=\"hanging\">%s</text>\n", legendX + 20, top, maxText));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">0</text>\n", legendX + 20, top + legendHeight));
        if (data.anyImbalanced()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#c81e1e\">%s</text>\n", MARGIN, top + gridHeight + 18,
                    escape("Red corner: one code of the cell is applied more than " + HeatmapData.IMBALANCE
                            + " times as often as the other.")));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String rowLabel(HeatmapData data, int index) {
        return (index + 1) + "  " + data.labels().get(index);
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static String escape(String text) {
        return XmlChars.escape(text);
    }
}
