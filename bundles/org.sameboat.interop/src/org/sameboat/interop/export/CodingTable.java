package org.sameboat.interop.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.AtomicFile;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.Turns;

/**
 * Every coding as one CSV row (RFC 4180, UTF-8) for statistics programs: document, session, stage, speaker, role,
 * turn number, code path, coder, start, end (Sameboat offsets: code points, end exclusive), coded text and memo.
 * The speaker is the one of the turn the coded range begins in.
 */
public final class CodingTable {

    static final String[] HEADER = {"document", "session", "stage", "speaker", "role", "turn", "code", "coder", "start", "end",
            "text", "memo"};

    private final Project project;

    public CodingTable(Project project) {
        this.project = project;
    }

    /** Writes the table atomically; returns the number of rows. */
    public int write(Path file) throws IOException {
        int[] rows = new int[1];
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            rows[0] = write(writer);
            writer.flush();
        });
        return rows[0];
    }

    /** Writes the table; returns the number of rows. */
    public int write(Appendable out) throws IOException {
        List<Coding> all = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            List<Coding> codings = new ArrayList<>(document.getCodings());
            codings.sort(Comparator.comparingInt(Coding::getStart).thenComparingInt(Coding::getEnd)
                    .thenComparing(c -> c.getCode() == null ? "" : CodePaths.path(c.getCode())));
            all.addAll(codings);
        }
        return write(out, all);
    }

    /**
     * Writes the given codings of the project, in the order given (e.g. a retrieval as the user sorted it), with
     * the same columns as the whole table; returns the number of rows.
     */
    public int write(Appendable out, List<Coding> codings) throws IOException {
        int rows = 0;
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        for (Coding coding : codings) {
            Document document = coding.getDocument();
            DocumentText text = document.getText() == null ? null : DocumentText.of(document.getText());
            Optional<Turn> turn = Turns.forRange(document, coding.getStart(), coding.getEnd());
            Participant speaker = turn.map(Turn::getSpeaker).orElse(null);
            printer.printRecord(document.getName(), document.getSession() == null ? "" : document.getSession(),
                    document.getStage() == null ? "" : document.getStage().getLiteral(),
                    speaker == null ? "" : speaker.getPseudonym(),
                    speaker == null || speaker.getRole() == null ? "" : speaker.getRole().getLiteral(),
                    turn.map(t -> String.valueOf(document.getTurns().indexOf(t) + 1)).orElse(""),
                    coding.getCode() == null ? "" : CodePaths.path(coding.getCode()),
                    coding.getCoder() == null ? "" : coding.getCoder().getName(), coding.getStart(), coding.getEnd(),
                    text != null && text.contains(coding.getStart(), coding.getEnd()) ? text.slice(coding.getStart(), coding.getEnd()) : "",
                    coding.getMemo() == null ? "" : coding.getMemo());
            rows++;
        }
        printer.flush();
        return rows;
    }

    /** Writes the given codings atomically; returns the number of rows. */
    public int write(Path file, List<Coding> codings) throws IOException {
        int[] rows = new int[1];
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            rows[0] = write(writer, codings);
            writer.flush();
        });
        return rows[0];
    }
}
