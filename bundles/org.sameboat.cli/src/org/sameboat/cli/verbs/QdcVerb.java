package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.export.Pseudonymiser;
import org.sameboat.interop.merge.MergeReport;
import org.sameboat.interop.merge.MergeSource;
import org.sameboat.interop.merge.ProjectMerger;
import org.sameboat.interop.refi.QdcReader;
import org.sameboat.interop.refi.QdcWriter;
import org.sameboat.interop.refi.RefiImport;
import org.sameboat.model.Project;
import org.sameboat.model.store.ProjectStore;

/**
 * sameboat qdc import DIR FILE.qdc | qdc export DIR FILE.qdc: the codebook alone, exchanged with other QDA programs
 * as a REFI-QDA codebook file. Importing merges the codes into the project by the rules of 'merge' (codes by id,
 * else by name path), so importing the same codebook twice adds nothing the second time.
 */
public final class QdcVerb implements Verb {

    @Override
    public String name() {
        return "qdc";
    }

    @Override
    public String synopsis() {
        return "import DIR FILE.qdc | export DIR FILE.qdc [--pseudonymise]";
    }

    @Override
    public String summary() {
        return "import a REFI-QDA codebook file into a project's codebook, or export the codebook as one;"
                + " --pseudonymise replaces speaker names in definitions";
    }

    @Override
    public Set<String> flags() {
        return Set.of("pseudonymise");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String action = arguments.positional(0, "import or export");
        if (!action.equals("export") && !action.equals("import")) {
            throw CliException.usage("'" + action + "' is neither import nor export; usage: sameboat qdc " + synopsis());
        }
        String folder = arguments.positional(1, "the project folder DIR");
        Path file = Path.of(arguments.positional(2, "the file FILE.qdc"));
        arguments.expectAtMost(3);
        if (action.equals("import")) {
            if (arguments.flag("pseudonymise")) {
                throw CliException.usage("--pseudonymise applies to export; usage: sameboat qdc " + synopsis());
            }
            return importFile(folder, file, console);
        }
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

    private static int importFile(String folder, Path file, Console console) throws CliException {
        if (!ProjectStore.isProject(Path.of(folder))) {
            throw CliException.usage(folder + " is not a project; make one first with sameboat new " + folder);
        }
        try (Projects projects = new Projects()) {
            try {
                Project project = projects.edit(folder).project();
                // read as a codebook whatever the file is called, so a .qdpx given by mistake fails instead of merging a project
                RefiImport codebook = new QdcReader().read(file);
                MergeReport report = new ProjectMerger(project).merge(
                        new MergeSource.Loaded(codebook.project(), String.valueOf(file.getFileName()), codebook.warnings()));
                projects.save(project, folder);
                report.lines().forEach(console.out()::println);
                console.out().println("imported the codebook " + file.getFileName() + " into " + folder);
                return 0;
            } catch (InteropException e) {
                throw CliException.failure(e.getMessage() + "; nothing was changed");
            }
        }
    }
}
