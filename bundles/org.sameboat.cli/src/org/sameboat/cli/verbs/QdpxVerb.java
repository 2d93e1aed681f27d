package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.file.Files;
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
import org.sameboat.interop.merge.ProjectMerger;
import org.sameboat.interop.merge.MergeSource;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.QdpxWriter;
import org.sameboat.interop.refi.RefiImport;
import org.sameboat.model.Project;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

/**
 * sameboat qdpx import DIR FILE.qdpx | qdpx export DIR FILE.qdpx: exchange with other QDA programs (REFI-QDA).
 * Importing into an existing project merges, so the same rules and report apply as for 'merge'.
 */
public final class QdpxVerb implements Verb {

    @Override
    public String name() {
        return "qdpx";
    }

    @Override
    public String synopsis() {
        return "import DIR FILE.qdpx [--external] | export DIR FILE.qdpx [--pseudonymise]";
    }

    @Override
    public String summary() {
        return "import a REFI-QDA project into a project or a new folder, or export one (speaker names replaced with --pseudonymise)";
    }

    @Override
    public Set<String> flags() {
        return Set.of("external", "pseudonymise");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String action = arguments.positional(0, "import or export");
        String folder = arguments.positional(1, "the project folder DIR");
        String file = arguments.positional(2, "the file FILE.qdpx");
        arguments.expectAtMost(3);
        return switch (action) {
            case "import" -> {
                if (arguments.flag("pseudonymise")) {
                    throw CliException.usage("--pseudonymise applies to export; usage: sameboat qdpx " + synopsis());
                }
                yield importFile(Path.of(folder), Path.of(file), arguments.flag("external"), console);
            }
            case "export" -> {
                if (arguments.flag("external")) {
                    throw CliException.usage("--external applies to import; usage: sameboat qdpx " + synopsis());
                }
                yield exportFile(folder, Path.of(file), arguments.flag("pseudonymise"), console);
            }
            default -> throw CliException.usage("'" + action + "' is neither import nor export; usage: sameboat qdpx " + synopsis());
        };
    }

    private static int importFile(Path folder, Path file, boolean external, Console console) throws CliException {
        QdpxReader reader = external ? new QdpxReader().withExternalFiles() : new QdpxReader();
        try (Projects projects = new Projects()) {
            try {
                if (ProjectStore.isProject(folder)) {
                    Project project = projects.edit(folder.toString()).project();
                    MergeReport report = new ProjectMerger(project).merge(new MergeSource(reader).read(file));
                    projects.save(project, folder.toString());
                    report.lines().forEach(console.out()::println);
                    console.out().println("imported " + file.getFileName() + " into " + folder);
                    return 0;
                }
                if (Files.isDirectory(folder) && !ProjectStore.isEmptyFolder(folder) || Files.exists(folder) && !Files.isDirectory(folder)) {
                    throw CliException.usage(folder + " is neither a project nor an empty folder; choose a project or a new folder");
                }
                RefiImport imported = reader.read(file);
                // checked again under the folder's lock: another command may have made a project there meanwhile
                projects.store().createWith(folder, imported.project());
                imported.warnings().forEach(w -> console.err().println("warning: " + w));
                Project project = imported.project();
                console.out().println("created " + folder + " from " + file.getFileName() + ": " + project.getDocuments().size() + " document(s), "
                        + project.getDocuments().stream().mapToInt(d -> d.getCodings().size()).sum() + " coding(s), "
                        + project.getCoders().size() + " coder(s)");
                return 0;
            } catch (InteropException e) {
                throw CliException.failure(e.getMessage() + "; nothing was changed");
            } catch (ProjectStoreException e) {
                throw CliException.failure(e.getMessage());
            }
        }
    }

    private static int exportFile(String folder, Path file, boolean pseudonymise, Console console) throws CliException {
        Project project = new Projects().read(folder).project();
        Project shared = pseudonymise ? new Pseudonymiser(project).copy() : project;
        QdpxWriter writer = new QdpxWriter();
        try {
            writer.write(shared, file);
        } catch (IOException e) {
            throw CliException.failure("cannot write " + file + ": " + e.getMessage());
        }
        writer.warnings().forEach(w -> console.err().println("note: " + w));
        console.out().println("wrote " + file + (pseudonymise ? " with speakers pseudonymised" : ""));
        return 0;
    }
}
