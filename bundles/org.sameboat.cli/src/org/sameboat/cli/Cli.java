package org.sameboat.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sameboat.cli.verbs.AdjudicateVerb;
import org.sameboat.cli.verbs.AgreeVerb;
import org.sameboat.cli.verbs.AutocodeVerb;
import org.sameboat.cli.verbs.CleanVerb;
import org.sameboat.cli.verbs.CodeVerb;
import org.sameboat.cli.verbs.CodebookVerb;
import org.sameboat.cli.verbs.CodingsVerb;
import org.sameboat.cli.verbs.CooccurVerb;
import org.sameboat.cli.verbs.DemoVerb;
import org.sameboat.cli.verbs.EnaVerb;
import org.sameboat.cli.verbs.ExerciseVerb;
import org.sameboat.cli.verbs.ExportVerb;
import org.sameboat.cli.verbs.ImportVerb;
import org.sameboat.cli.verbs.InfoVerb;
import org.sameboat.cli.verbs.MergeVerb;
import org.sameboat.cli.verbs.NewVerb;
import org.sameboat.cli.verbs.ProfileVerb;
import org.sameboat.cli.verbs.PluginsVerb;
import org.sameboat.cli.verbs.QdcVerb;
import org.sameboat.cli.verbs.QdpxVerb;
import org.sameboat.cli.verbs.ReindexVerb;
import org.sameboat.cli.verbs.RestoreVerb;
import org.sameboat.cli.verbs.SearchVerb;
import org.sameboat.cli.verbs.NetworkVerb;
import org.sameboat.cli.verbs.SequenceVerb;
import org.sameboat.cli.verbs.TeamVerb;
import org.sameboat.cli.verbs.TransitionsVerb;
import org.sameboat.cli.verbs.ViewsVerb;

/** Finds the verb a command line names and runs it; turns expected failures into one line on stderr. */
public final class Cli {

    private final Map<String, Verb> verbs = new LinkedHashMap<>();
    private final Console console;

    public Cli(Console console, List<Verb> verbs) {
        this.console = console;
        verbs.forEach(verb -> this.verbs.put(verb.name(), verb));
    }

    /** The command line with every built-in verb. */
    public static Cli standard(Console console) {
        return new Cli(console, List.of(new NewVerb(), new ImportVerb(), new InfoVerb(), new CodebookVerb(), new CodeVerb(),
                new CodingsVerb(), new SearchVerb(), new AutocodeVerb(), new ReindexVerb(), new AgreeVerb(), new CooccurVerb(),
                new TransitionsVerb(), new ProfileVerb(), new SequenceVerb(), new NetworkVerb(), new QdpxVerb(), new QdcVerb(),
                new MergeVerb(), new EnaVerb(), new AdjudicateVerb(), new ExportVerb(),
                new RestoreVerb(), new CleanVerb(), new DemoVerb(), new PluginsVerb(), new ViewsVerb(),
                new ExerciseVerb(),
                new TeamVerb()));
    }

    /** Runs a command line; returns the process exit code. */
    public int run(String... args) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            printHelp();
            return args.length == 0 ? 2 : 0;
        }
        Verb verb = verbs.get(args[0]);
        if (verb == null) {
            console.err().println("sameboat: unknown verb '" + args[0] + "'; run 'sameboat help' for the list");
            return 2;
        }
        try {
            return verb.run(Arguments.parse(verb, Arrays.asList(args).subList(1, args.length)), console);
        } catch (CliException e) {
            console.err().println("sameboat " + verb.name() + ": " + e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            // a bug, not bad input: say so plainly and keep the trace for the report
            console.err().println("sameboat " + verb.name() + ": internal error (" + e + "); please report it with the trace below");
            e.printStackTrace(console.err());
            return 70;
        }
    }

    private void printHelp() {
        console.out().println("Sameboat: code group transcripts with the dynamics of mutual aid.");
        console.out().println();
        console.out().println("usage: sameboat VERB [ARGS]   (sameboat with no verb, or sameboat open DIR, opens the workbench)");
        console.out().println();
        int width = verbs.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Verb verb : verbs.values()) {
            console.out().printf("  %-" + width + "s  %s%n", verb.name(), verb.summary());
            console.out().printf("  %-" + width + "s    sameboat %s %s%n", "", verb.name(), verb.synopsis());
        }
    }
}
