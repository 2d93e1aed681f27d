package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.interop.export.Pseudonymiser;
import org.sameboat.interop.refi.QdcWriter;
import org.sameboat.model.Project;

/** sameboat qdc export DIR FILE.qdc: the codebook for other QDA programs (REFI-QDA codebook). */
public final class QdcVerb implements Verb {

    @Override
    public String name() {
        return "qdc";
    }

    @Override
    public String synopsis() {
        return "export DIR FILE.qdc [--pseudonymise]";
    }

    @Override
    public String summary() {
        return "export the codebook as a REFI-QDA codebook file; --pseudonymise replaces speaker names in definitions";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public Set<String> flags() {
        return Set.of("pseudonymise");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String action = arguments.positional(0, "export");
        if (!action.equals("export")) {
            throw CliException.usage("'" + action + "' is not export; usage: sameboat qdc " + synopsis());
        }
        String folder = arguments.positional(1, "the project folder DIR");
        Path file = Path.of(arguments.positional(2, "the file FILE.qdc"));
        arguments.expectAtMost(3);
        Project project = new Projects().read(folder).project();
        if (arguments.flag("pseudonymise")) {
            project = new Pseudonymiser(project).copy();
        }
        QdcWriter writer = new QdcWriter();
        try {
            writer.write(project, file);
        } catch (IOException e) {
            throw CliException.failure("cannot write " + file + ": " + e.getMessage());
        }
        writer.warnings().forEach(w -> console.err().println("note: " + w));
        console.out().println("wrote " + file);
        return 0;
    }
}
