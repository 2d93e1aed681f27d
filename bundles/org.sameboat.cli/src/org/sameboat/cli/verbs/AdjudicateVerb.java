package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sameboat.analysis.adjudicate.Adjudication;
import org.sameboat.analysis.adjudicate.AdjudicationResult;
import org.sameboat.analysis.adjudicate.Decision;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.adjudicate.DecisionSheet;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.model.edit.Lookups;

/**
 * sameboat adjudicate DIR --coders A,B --into NAME [--decisions FILE.csv] [--sheet FILE.csv]: a consensus coder
 * from what A and B agree on, plus the user's keep/drop decisions on the rest.
 */
public final class AdjudicateVerb implements Verb {

    @Override
    public String name() {
        return "adjudicate";
    }

    @Override
    public String synopsis() {
        return "DIR --coders A,B --into CONSENSUS [--decisions FILE.csv] [--sheet FILE.csv]";
    }

    @Override
    public String summary() {
        return "code CONSENSUS with what A and B agree on; the disagreements go to a sheet (stdout or --sheet) to mark keep|drop and feed back with --decisions";
    }

    @Override
    public Set<String> options() {
        return Set.of("coders", "into", "decisions", "sheet");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        String[] names = arguments.required("coders").split(",");
        if (names.length != 2 || names[0].isBlank() || names[1].isBlank()) {
            throw CliException.usage("--coders takes two coder names separated by a comma, e.g. --coders alex,sam");
        }
        String into = arguments.required("into").strip();
        try (Projects projects = new Projects()) {
            Project project = projects.edit(folder).project();
            Coder first = coder(project, names[0].strip(), folder);
            Coder second = coder(project, names[1].strip(), folder);
            Map<String, Decision> decisions = Map.of();
            Optional<String> decisionFile = arguments.option("decisions");
            try {
                if (decisionFile.isPresent()) {
                    decisions = DecisionSheet.read(Path.of(decisionFile.get()));
                }
                AdjudicationResult result = new Adjudication(project, first, second).decide(into, decisions);
                projects.save(project, folder);
                console.err().println("consensus '" + result.consensus() + "': " + result.agreed() + " agreed coding(s) added, " + result.kept()
                        + " kept and " + result.dropped() + " dropped by decision, " + result.open().size() + " disagreement(s) open");
                if (!result.open().isEmpty()) {
                    writeSheet(result, arguments.option("sheet"), console);
                }
                return 0;
            } catch (InteropException e) {
                throw CliException.failure(e.getMessage() + "; nothing was changed");
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage() + "; nothing was changed");
            }
        }
    }

    private static Coder coder(Project project, String name, String folder) throws CliException {
        return Lookups.coder(project, name).orElseThrow(() -> CliException.usage("no coder '" + name + "'; the coders are listed by: sameboat info " + folder));
    }

    private static void writeSheet(AdjudicationResult result, Optional<String> sheet, Console console) throws CliException {
        try {
            if (sheet.isPresent()) {
                DecisionSheet.write(result.open(), Path.of(sheet.get()));
                console.err().println("wrote the open disagreements to " + sheet.get() + "; mark each keep or drop and run again with --decisions "
                        + sheet.get());
            } else {
                DecisionSheet.write(List.copyOf(result.open()), console.out());
                console.out().flush();
            }
        } catch (IOException e) {
            throw CliException.failure("cannot write the sheet: " + e.getMessage() + "; the agreed codings were saved");
        }
    }
}
