package org.sameboat.views.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.BootstrapInterval;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.CodeAgreement;

/**
 * The coefficients: one row per code, then the dynamic (turns) or all codes (unitizing); each estimate with its 95%
 * interval where there is one, coloured by the reading guide's band, its reading and any undefined estimate's reason
 * in the tooltip.
 */
final class CoefficientTable {

    /** The row of the turn's dynamic in the turn-level table (TurnAgreement's label). */
    private static final String DYNAMIC_ROW = "dynamic";
    /** The most coefficients a report gives a row. */
    private static final int COEFFICIENTS = 3;

    private final LocalResourceManager resources;
    private final TableViewer viewer;
    private Optional<AgreementFigures> shown = Optional.empty();

    CoefficientTable(Composite parent, LocalResourceManager resources) {
        this.resources = resources;
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column("Code", 170, CodeAgreement::label, row -> Optional.empty());
        for (int i = 0; i < COEFFICIENTS; i++) {
            int index = i;
            column("", 165, row -> cell(row, index),
                    row -> index < row.coefficients().size() ? Optional.of(row.coefficients().get(index)) : Optional.empty());
        }
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Shows the figures' rows, the columns named by the coefficients they hold. */
    void show(AgreementFigures figures) {
        shown = Optional.of(figures);
        AgreementReport report = figures.report();
        List<CodeAgreement> rows = report.rows();
        TableColumn[] columns = viewer.getTable().getColumns();
        for (int i = 0; i < COEFFICIENTS; i++) {
            String name = rows.isEmpty() || i >= rows.get(0).coefficients().size() ? "" : rows.get(0).coefficients().get(i).coefficient();
            columns[i + 1].setText(name.isEmpty() ? "" : name + (report.unit() == AgreementReport.Unit.TURN ? " [95% CI]" : ""));
            TableColumns.atLeastItsTitle(columns[i + 1]);
        }
        viewer.setInput(rows);
        TableColumns.pack(viewer.getTable());
    }

    void clear() {
        shown = Optional.empty();
        viewer.setInput(List.of());
    }

    /** Selects and shows the row of a code, by its path, if the table has one. */
    void select(String path) {
        shown.ifPresent(figures -> figures.report().rows().stream().filter(row -> row.label().equals(path)).findFirst()
                .ifPresent(row -> viewer.setSelection(new StructuredSelection(row), true)));
    }

    private void column(String title, int width, Function<CodeAgreement, String> text,
            Function<CodeAgreement, Optional<AgreementResult>> result) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        TableColumns.keepAtLeast(column.getColumn());
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof CodeAgreement row ? text.apply(row) : "";
            }

            @Override
            public Color getBackground(Object element) {
                return element instanceof CodeAgreement row ? result.apply(row).flatMap(ReadingGuide::band)
                        .map(band -> resources.create(ColorDescriptor.createFrom(band.colour))).orElse(null) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof CodeAgreement row ? tooltip(row, result.apply(row)) : null;
            }
        });
    }

    /** The dynamic's notes, the estimate's reading, and why an estimate is undefined; null when there is nothing to say. */
    private String tooltip(CodeAgreement row, Optional<AgreementResult> result) {
        List<String> lines = new ArrayList<>();
        if (row.label().equals(DYNAMIC_ROW)) {
            shown.ifPresent(figures -> figures.report().notes().stream().filter(n -> n.startsWith(DYNAMIC_ROW + ":")).forEach(lines::add));
        }
        result.ifPresent(r -> ReadingGuide.reading(r).ifPresent(reading -> lines.add(r.coefficient() + ": " + reading)));
        row.coefficients().stream().filter(r -> !r.defined()).forEach(r -> lines.add(r.coefficient() + ": " + r.explanation()));
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** A coefficient as "0.812 [0.74, 0.88]": the estimate with its 95% interval where there is one. */
    private String cell(CodeAgreement row, int index) {
        if (index >= row.coefficients().size()) {
            return "";
        }
        AgreementResult result = row.coefficients().get(index);
        if (!result.defined()) {
            return "n/a";
        }
        String value = String.format(Locale.ROOT, "%.3f", result.value());
        List<BootstrapInterval> intervals = shown.map(figures -> figures.intervals().get(row.label())).orElse(null);
        if (intervals != null && index < intervals.size()) {
            BootstrapInterval ci = intervals.get(index);
            // the interval is only shown when it belongs to exactly this estimate
            if (ci.defined() && ci.estimate().value() == result.value()) {
                value += String.format(Locale.ROOT, " [%.2f, %.2f]", ci.lower(), ci.upper());
            }
        }
        return value;
    }
}
