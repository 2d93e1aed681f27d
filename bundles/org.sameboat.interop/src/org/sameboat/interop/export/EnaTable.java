package org.sameboat.interop.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.ena.TurnCodes;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.AtomicFile;
import org.sameboat.model.text.DocumentText;

/**
 * The coded turns in the shape the ENA web tool (and rENA's ena.accumulate.data) reads: one row per turn, in
 * document and turn order, with the columns a unit or conversation is chosen from (group, session, stage, document,
 * speaker, role, turn number from 1), then one 0/1 column per code (its path; 1 when a coding of the code touches
 * the turn, all coders' codings pooled unless a coder is given), then the turn's text for reading the talk behind
 * a connection. Empty turns are left out.
 */
public final class EnaTable {

    static final List<String> METADATA = List.of("group", "session", "stage", "document", "speaker", "role", "turn");

    private final Project project;
    private final Filter filter;

    /** @param filter whose codings count (the coder), and which documents */
    public EnaTable(Project project, Filter filter) {
        this.project = project;
        this.filter = filter;
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
        List<Code> codes = CodePaths.allCodes(project);
        List<String> header = new ArrayList<>(METADATA);
        codes.forEach(c -> header.add(CodePaths.path(c)));
        header.add("text");
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        int rows = 0;
        for (Document document : project.getDocuments()) {
            if (!filter.accepts(document)) {
                continue;
            }
            List<Turn> turns = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < document.getTurns().size(); i++) {
                Turn turn = document.getTurns().get(i);
                if (turn.getEnd() > turn.getStart()) {
                    turns.add(turn);
                    numbers.add(i + 1);
                }
            }
            boolean[][] present = TurnCodes.of(document, turns, codes, filter);
            DocumentText text = document.getText() == null ? null : DocumentText.of(document.getText());
            for (int t = 0; t < turns.size(); t++) {
                Turn turn = turns.get(t);
                Participant speaker = turn.getSpeaker();
                List<Object> row = new ArrayList<>();
                row.add(document.getGroup() == null || document.getGroup().getName() == null ? "" : document.getGroup().getName());
                row.add(document.getSession() == null ? "" : document.getSession());
                row.add(document.getStage() == null ? "" : document.getStage().getLiteral());
                row.add(document.getName());
                row.add(speaker == null ? "" : speaker.getPseudonym());
                row.add(speaker == null || speaker.getRole() == null ? "" : speaker.getRole().getLiteral());
                row.add(numbers.get(t));
                for (boolean coded : present[t]) {
                    row.add(coded ? 1 : 0);
                }
                row.add(text != null && text.contains(turn.getStart(), turn.getEnd()) ? text.slice(turn.getStart(), turn.getEnd()) : "");
                printer.printRecord(row);
                rows++;
            }
        }
        printer.flush();
        return rows;
    }
}
