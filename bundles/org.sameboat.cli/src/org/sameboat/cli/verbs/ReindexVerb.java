package org.sameboat.cli.verbs;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Indexes;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.corpus.search.IndexException;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.model.Project;

/** sameboat reindex DIR: rebuild the search index from the project. */
public final class ReindexVerb implements Verb {

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String synopsis() {
        return "DIR";
    }

    @Override
    public String summary() {
        return "rebuild the search index from the project (it is derived data; nothing else changes)";
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        Project project = new Projects().read(folder).project();
        long started = System.nanoTime();
        ProjectIndex index = Indexes.open(folder, project, console);
        try {
            if (!index.state().rebuilt()) {
                index.rebuild();
            }
        } catch (IndexException e) {
            throw CliException.failure(e.getMessage());
        } finally {
            Indexes.close(index);
        }
        int turns = project.getDocuments().stream().mapToInt(d -> d.getTurns().size()).sum();
        int codings = project.getDocuments().stream().mapToInt(d -> d.getCodings().size()).sum();
        console.out().printf("indexed %d document(s): %d turn(s), %d coded excerpt(s) in %.1f s%n", project.getDocuments().size(),
                turns, codings, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
