package org.sameboat.interop.adjudicate;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.sameboat.analysis.adjudicate.Decision;
import org.sameboat.analysis.adjudicate.Disagreement;
import org.sameboat.interop.InteropException;
import org.sameboat.model.store.AtomicFile;

/**
 * The CSV sheet of disagreements a user fills in: one row per disagreement, the last column 'decision' to be
 * set to keep or drop (blank leaves it open). Only the columns 'coding' and 'decision' are read back; the others
 * are there to decide by.
 */
public final class DecisionSheet {

    static final String[] HEADER = {"coding", "document", "coder", "code", "start", "end", "text", "decision"};

    private DecisionSheet() {
    }

    /** Writes the sheet to a stream, e.g. standard output. */
    public static void write(List<Disagreement> disagreements, Appendable out) throws IOException {
        // not closed: the stream belongs to the caller (standard output, or a file being written atomically)
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        for (Disagreement d : disagreements) {
            printer.printRecord(d.codingId(), d.document(), d.coder(), d.code(), d.start(), d.end(), d.text(), "");
        }
        printer.flush();
    }

    /** Writes the sheet to a file atomically. */
    public static void write(List<Disagreement> disagreements, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(disagreements, writer);
            writer.flush();
        });
    }

    /** Reads decisions by coding id; a bad row fails the whole sheet with its line number. */
    public static Map<String, Decision> read(Path file) throws InteropException {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(reader);
            if (!parser.getHeaderMap().containsKey("coding") || !parser.getHeaderMap().containsKey("decision")) {
                throw new InteropException(file + " has no 'coding' and 'decision' columns; it is not a decision sheet");
            }
            for (CSVRecord row : parser) {
                String where = file.getFileName() + " line " + parser.getCurrentLineNumber();
                if (!row.isSet("decision") || !row.isSet("coding")) {
                    throw new InteropException(where + " has too few columns");
                }
                String id = row.get("coding").strip();
                Decision decision = switch (row.get("decision").strip().toLowerCase(Locale.ROOT)) {
                    case "keep" -> Decision.KEEP;
                    case "drop" -> Decision.DROP;
                    case "" -> Decision.OPEN;
                    default -> throw new InteropException(where + ": decision '" + row.get("decision") + "' is neither keep nor drop");
                };
                if (decisions.put(id, decision) != null) {
                    throw new InteropException(where + ": coding " + id + " is decided twice");
                }
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new InteropException(file + " cannot be read as CSV: " + e.getMessage(), e);
        }
        decisions.values().removeIf(d -> d == Decision.OPEN);
        return decisions;
    }
}
