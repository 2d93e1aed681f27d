package org.sameboat.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.interop.export.CodingTable;
import org.sameboat.interop.export.HtmlReport;
import org.sameboat.interop.export.Pseudonymiser;
import org.sameboat.interop.refi.QdcWriter;
import org.sameboat.interop.refi.QdpxWriter;
import org.sameboat.model.Project;

/**
 * What File > Export writes, by the engines `sameboat qdpx|qdc|export` use; each can pseudonymise speakers as
 * `--pseudonymise` does.
 */
public enum ExportKind {
    QDPX("REFI-QDA project", "qdpx"),
    QDC("REFI-QDA codebook", "qdc"),
    CSV("coding table", "csv"),
    HTML("HTML report", "html");

    private final String label;
    private final String extension;

    ExportKind(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** The menu's parameter value, e.g. "qdpx" or "qdpx-pseudonymised". */
    public String parameter(boolean pseudonymise) {
        return name().toLowerCase(Locale.ROOT) + (pseudonymise ? "-pseudonymised" : "");
    }

    /** A copy to write from, so the user can go on editing while a job writes; speakers replaced when asked. */
    public static Project snapshot(Project project, boolean pseudonymise) {
        if (pseudonymise) {
            return new Pseudonymiser(project).copy();
        }
        Project copy = EcoreUtil.copy(project);
        // as in Pseudonymiser: a document's text is loaded beside the model, so it is carried over by hand
        for (int i = 0; i < copy.getDocuments().size(); i++) {
            copy.getDocuments().get(i).setText(project.getDocuments().get(i).getText());
        }
        return copy;
    }

    /** Writes the file; returns the writer's notes (things another program may read differently). */
    public List<String> write(Project project, Path file) throws IOException {
        switch (this) {
            case QDPX -> {
                QdpxWriter writer = new QdpxWriter();
                writer.write(project, file);
                return writer.warnings();
            }
            case QDC -> {
                QdcWriter writer = new QdcWriter();
                writer.write(project, file);
                return writer.warnings();
            }
            case CSV -> {
                new CodingTable(project).write(file);
                return List.of();
            }
            case HTML -> {
                new HtmlReport(project).write(file);
                return List.of();
            }
            default -> throw new IllegalStateException(name());
        }
    }
}
