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
import org.sameboat.interop.export.EnaTable;
import org.sameboat.interop.export.HtmlReport;
import org.sameboat.interop.export.Pseudonymiser;
import org.sameboat.model.Project;

/**
 * sameboat export DIR --csv FILE | --html FILE | --ena FILE [--coder K] [--pseudonymise]: codings for statistics, a
 * report to share, or the coded turns for the ENA web tool.
 */
public final class ExportVerb implements Verb {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "DIR --csv FILE | --html FILE | --ena FILE [--coder K] [--pseudonymise]";
    }

    @Override
    public String summary() {
        return "write every coding as CSV, a self-contained HTML report, or the coded turns as the ENA web tool's CSV;"
                + " --pseudonymise replaces speaker names";
    }

    @Override
    public Set<String> options() {
        return Set.of("csv", "html", "ena", "coder");
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
        boolean ena = arguments.option("ena").isPresent();
        if ((csv ? 1 : 0) + (html ? 1 : 0) + (ena ? 1 : 0) != 1) {
            throw CliException.usage("give exactly one of --csv FILE, --html FILE and --ena FILE; usage: sameboat export "
                    + synopsis());
        }
        if (!ena && arguments.option("coder").isPresent()) {
            throw CliException.usage("--coder goes with --ena (the CSV and HTML exports hold every coder's codings)");
        }
        Project project = new Projects().read(folder).project();
        Project shared = arguments.flag("pseudonymise") ? new Pseudonymiser(project).copy() : project;
        Path file = Path.of(arguments.required(csv ? "csv" : html ? "html" : "ena"));
        try {
            if (csv) {
                int rows = new CodingTable(shared).write(file);
                console.out().println("wrote " + rows + " coding(s) to " + file);
            } else if (html) {
                new HtmlReport(shared).write(file);
                console.out().println("wrote the report to " + file);
            } else {
                int rows = new EnaTable(shared, AnalysisScope.filter(shared, folder, arguments)).write(file);
                console.out().println("wrote " + rows + " turn(s) to " + file + " (one 0/1 column per code, for the ENA web tool)");
            }
            return 0;
        } catch (IOException e) {
            throw CliException.failure("cannot write " + file + ": " + e.getMessage());
        }
    }
}
