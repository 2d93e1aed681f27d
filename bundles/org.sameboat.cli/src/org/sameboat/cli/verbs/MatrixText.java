package org.sameboat.cli.verbs;

import java.io.PrintStream;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Prints a square matrix over labels for a terminal: rows carry a number and the label, columns
 * only the number, so long code paths do not make the table unreadably wide.
 */
final class MatrixText {

    private MatrixText() {
    }

    /**
     * @param labels row and column labels
     * @param cell the text of cell (row, column)
     */
    static void print(PrintStream out, List<String> labels, BiFunction<Integer, Integer, String> cell) {
        int labelWidth = Math.min(40, labels.stream().mapToInt(String::length).max().orElse(0));
        int width = 7;
        for (int i = 0; i < labels.size(); i++) {
            for (int j = 0; j < labels.size(); j++) {
                width = Math.max(width, cell.apply(i, j).length() + 1);
            }
        }
        StringBuilder head = new StringBuilder(" ".repeat(labelWidth + 5));
        for (int j = 0; j < labels.size(); j++) {
            head.append(String.format("%" + width + "d", j + 1));
        }
        out.println(head);
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label.length() > labelWidth) {
                label = label.substring(0, labelWidth - 1) + "…";
            }
            StringBuilder row = new StringBuilder(String.format("%3d  %-" + labelWidth + "s", i + 1, label));
            for (int j = 0; j < labels.size(); j++) {
                row.append(String.format("%" + width + "s", cell.apply(i, j)));
            }
            out.println(row);
        }
    }
}
