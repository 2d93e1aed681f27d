package org.sameboat.cli.verbs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.Turns;

/** sameboat codings DIR [--csv]: every coding with its speaker, turn and text. */
public final class CodingsVerb implements Verb {

    private static final String[] HEADER = {"document", "speaker", "turn", "code", "coder", "start", "end", "text", "memo"};

    @Override
    public String name() {
        return "codings";
    }

    @Override
    public String synopsis() {
        return "DIR [--csv]";
    }

    @Override
    public String summary() {
        return "list every coding: document, speaker, turn, code path, coder, range and coded text";
    }

    @Override
    public Set<String> flags() {
        return Set.of("csv");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        Project project = new Projects().read(folder).project();
        boolean csv = arguments.flag("csv");
        try (CSVPrinter printer = csv ? new CSVPrinter(console.out(), CSVFormat.RFC4180.builder().setHeader(HEADER).get()) : null) {
            for (Document document : project.getDocuments()) {
                if (document.getText() == null) {
                    continue;
                }
                DocumentText text = DocumentText.of(document.getText());
                List<Coding> codings = new ArrayList<>(document.getCodings());
                codings.sort(Comparator.comparingInt(Coding::getStart).thenComparingInt(Coding::getEnd));
                for (Coding coding : codings) {
                    Optional<Turn> turn = Turns.forRange(document, coding.getStart(), coding.getEnd());
                    String speaker = turn.map(t -> t.getSpeaker() == null ? "" : t.getSpeaker().getPseudonym()).orElse("");
                    String turnNumber = turn.map(t -> String.valueOf(document.getTurns().indexOf(t) + 1)).orElse("");
                    String code = coding.getCode() == null ? "" : CodePaths.path(coding.getCode());
                    String coder = coding.getCoder() == null ? "" : coding.getCoder().getName();
                    String excerpt = text.contains(coding.getStart(), coding.getEnd()) ? text.slice(coding.getStart(), coding.getEnd()) : "";
                    if (csv) {
                        printer.printRecord(document.getName(), speaker, turnNumber, code, coder, coding.getStart(), coding.getEnd(),
                                excerpt, coding.getMemo() == null ? "" : coding.getMemo());
                    } else {
                        console.out().printf("%-20s %-8s %4s  %-26s %-8s %6d-%-6d %s%n", document.getName(), speaker, turnNumber,
                                code, coder, coding.getStart(), coding.getEnd(), Excerpts.shorten(excerpt, 60));
                    }
                }
            }
        } catch (IOException e) {
            throw CliException.failure("cannot write the listing: " + e.getMessage());
        }
        console.out().flush();
        return 0;
    }
}
