package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.interop.export.CodingTable;
import org.sameboat.interop.export.HtmlReport;
import org.sameboat.interop.export.Pseudonymiser;
import org.sameboat.model.Project;

/** sameboat export DIR --csv FILE | --html FILE [--pseudonymise]: codings for statistics, or a report to share. */
public final class ExportVerb implements Verb {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "DIR --csv FILE | --html FILE [--pseudonymise]";
    }

    @Override
    public String summary() {
        return "write every coding as CSV, or a self-contained HTML report; --pseudonymise replaces speaker names";
    }

    @Override
    public Set<String> options() {
        return Set.of("csv", "html");
    }

    @Override
    public Set<String> flags() {
        return Set.of("pseudonymise");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        boolean csv = arguments.option("csv").isPresent();
        boolean html = arguments.option("html").isPresent();
        if (csv == html) {
            throw CliException.usage("give exactly one of --csv FILE and --html FILE; usage: sameboat export " + synopsis());
        }
        Project project = new Projects().read(folder).project();
        Project shared = arguments.flag("pseudonymise") ? new Pseudonymiser(project).copy() : project;
        Path file = Path.of(csv ? arguments.required("csv") : arguments.required("html"));
        try {
            if (csv) {
                int rows = new CodingTable(shared).write(file);
                console.out().println("wrote " + rows + " coding(s) to " + file);
            } else {
                new HtmlReport(shared).write(file);
                console.out().println("wrote the report to " + file);
            }
            return 0;
        } catch (IOException e) {
            throw CliException.failure("cannot write " + file + ": " + e.getMessage());
        }
    }
}
