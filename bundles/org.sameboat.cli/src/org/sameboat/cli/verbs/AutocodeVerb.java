package org.sameboat.cli.verbs;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Indexes;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.corpus.search.AutoCodeCommand;
import org.sameboat.corpus.search.AutoCoder;
import org.sameboat.corpus.search.CodingSpan;
import org.sameboat.corpus.search.IndexException;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.corpus.search.QuerySyntaxException;
import org.sameboat.corpus.search.SearchTarget;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;

/** sameboat autocode DIR QUERY --code C --coder K [--span turn|match]: code every hit of a query. */
public final class AutocodeVerb implements Verb {

    @Override
    public String name() {
        return "autocode";
    }

    @Override
    public String synopsis() {
        return "DIR QUERY --code CODE --coder CODER [--span turn|match] [--excerpts]";
    }

    @Override
    public String summary() {
        return "apply a code to every hit of a query (its turn, or only the matched words), in one step";
    }

    @Override
    public Set<String> options() {
        return Set.of("code", "coder", "span");
    }

    @Override
    public Set<String> flags() {
        return Set.of("excerpts");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.positional(0, "the project folder DIR");
        String query = arguments.positional(1, "a QUERY");
        arguments.expectAtMost(2);
        CodingSpan span = switch (arguments.option("span").orElse("turn").toLowerCase(Locale.ROOT)) {
            case "turn" -> CodingSpan.TURN;
            case "match" -> CodingSpan.MATCH;
            default -> throw CliException.usage("--span must be turn or match");
        };
        try (Projects projects = new Projects()) {
            Project project = projects.edit(folder).project();
            String codeName = arguments.required("code");
            Code code = CodePaths.find(project, codeName).orElseThrow(() -> CliException.usage(
                    "no single code '" + codeName + "'; give its path, name or shortcut key as listed by: sameboat codebook " + folder));
            String coderName = arguments.required("coder");
            ProjectIndex index = Indexes.open(folder, project, console);
            try {
                // a new coder name adds that coder, as 'sameboat code' does
                Coder coder = Lookups.coderOrNew(project, coderName);
                AutoCodeCommand command;
                try {
                    command = new AutoCoder(index, Clock.systemUTC()).plan(query,
                            arguments.flag("excerpts") ? SearchTarget.EXCERPTS : SearchTarget.AUTO, code, coder, span);
                } catch (IllegalArgumentException e) {
                    throw CliException.usage(e.getMessage());
                }
                command.execute();
                projects.save(project, folder);
                for (Document document : command.documents()) {
                    index.codingsChanged(document);
                }
                index.commit();
                console.out().println("coded " + command.added().size() + " range(s) as '" + CodePaths.path(code) + "' for " + coder.getName()
                        + (command.skipped() > 0 ? "; " + command.skipped() + " were already coded so and left alone" : ""));
                return 0;
            } catch (QuerySyntaxException e) {
                throw CliException.usage(e.getMessage() + "; nothing was changed");
            } catch (IndexException e) {
                throw CliException.failure(e.getMessage());
            } finally {
                Indexes.close(index);
            }
        }
    }
}
