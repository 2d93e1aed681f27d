package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.merge.MergeReport;
import org.sameboat.interop.merge.MergeSource;
import org.sameboat.interop.merge.ProjectMerger;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.model.Project;

/** sameboat merge DIR OTHER...: pool other projects, .qdpx or .qdc files of the same material into DIR; all or none. */
public final class MergeVerb implements Verb {

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String synopsis() {
        return "DIR OTHER...";
    }

    @Override
    public String summary() {
        return "merge other project folders, .qdpx projects or .qdc codebooks of the same material into a project, with a report of every match and conflict";
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.positional(0, "the project folder DIR");
        arguments.positional(1, "at least one OTHER project folder, .qdpx or .qdc file");
        try (Projects projects = new Projects()) {
            Project project = projects.edit(folder).project();
            MergeSource source = new MergeSource(new QdpxReader());
            // every input is read before the project changes, so a bad one leaves it as it was
            List<MergeSource.Loaded> others = new ArrayList<>();
            try {
                for (String other : arguments.positional().subList(1, arguments.positional().size())) {
                    if (Path.of(other).toAbsolutePath().normalize().equals(Path.of(folder).toAbsolutePath().normalize())) {
                        throw CliException.usage(other + " is the project itself");
                    }
                    others.add(source.read(Path.of(other)));
                }
            } catch (InteropException e) {
                throw CliException.failure(e.getMessage() + "; nothing was merged");
            }
            ProjectMerger merger = new ProjectMerger(project);
            int conflicts = 0;
            for (MergeSource.Loaded other : others) {
                MergeReport report = merger.merge(other);
                console.out().println("from " + other.label() + ":");
                report.lines().forEach(line -> console.out().println("  " + line));
                conflicts += report.conflicts().size();
            }
            projects.save(project, folder);
            console.out().println("merged " + others.size() + " source(s) into " + folder + (conflicts == 0 ? "" : "; " + conflicts
                    + " conflict(s) kept this project's side"));
            return 0;
        }
    }
}
