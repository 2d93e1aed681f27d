package org.sameboat.cli.verbs;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.ProjectSummary;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.store.LoadedProject;

/** sameboat info DIR: counts and problems. */
public final class InfoVerb implements Verb {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String synopsis() {
        return "DIR";
    }

    @Override
    public String summary() {
        return "count documents, turns, codes, coders and codings, and list any problems";
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        LoadedProject loaded = new Projects().read(folder);
        new ProjectSummary(loaded).print(console.out());
        return loaded.hasErrors() ? 1 : 0;
    }
}
