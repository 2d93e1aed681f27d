package org.sameboat.cli.verbs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;

/** The --coder, --doc, --session, --stage, --role and --codes options of the analysis verbs, resolved in a project. */
final class AnalysisScope {

    private AnalysisScope() {
    }

    /** The tables come as text, --csv or --json: asking for two is a usage error, not a silent choice. */
    static void oneFormat(Arguments arguments) throws CliException {
        if (arguments.flag("csv") && arguments.flag("json")) {
            throw CliException.usage("choose one of --csv and --json");
        }
    }

    static Filter filter(Project project, String folder, Arguments arguments) throws CliException {
        Filter filter = Filter.none();
        if (arguments.option("coder").isPresent()) {
            String name = arguments.option("coder").get();
            Coder coder = Lookups.coder(project, name).orElseThrow(() -> CliException.usage("no coder '" + name + "' in "
                    + folder + "; its coders: " + String.join(", ", project.getCoders().stream().map(Coder::getName).toList())));
            filter = filter.withCoder(coder);
        }
        if (arguments.option("doc").isPresent()) {
            String reference = arguments.option("doc").get();
            filter = filter.withDocument(Lookups.document(project, reference)
                    .orElseThrow(() -> CliException.usage("no single document matches '" + reference + "' in " + folder)));
        }
        if (arguments.option("session").isPresent()) {
            filter = filter.withSession(arguments.requiredInt("session"));
        }
        if (arguments.option("stage").isPresent()) {
            String value = arguments.option("stage").get().strip().toLowerCase(Locale.ROOT);
            Stage stage = Stage.get(value);
            if (stage == null) {
                throw CliException.usage("--stage must be one of " + names(Stage.VALUES) + ", not '" + value + "'");
            }
            filter = filter.withStage(stage);
        }
        if (arguments.option("role").isPresent()) {
            String value = arguments.option("role").get().strip().toLowerCase(Locale.ROOT);
            SpeakerRole role = SpeakerRole.get(value);
            if (role == null) {
                throw CliException.usage("--role must be one of " + names(SpeakerRole.VALUES) + ", not '" + value + "'");
            }
            filter = filter.withRole(role);
        }
        return filter;
    }

    /** The codes named by --codes, in the order given; empty when the option is absent (meaning every code). */
    static List<Code> codes(Project project, String folder, Arguments arguments) throws CliException {
        if (arguments.option("codes").isEmpty()) {
            return List.of();
        }
        List<String> references = Arrays.stream(arguments.option("codes").get().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<Code> codes = new ArrayList<>();
        for (String reference : references) {
            codes.add(CodePaths.find(project, reference).orElseThrow(() -> CliException.usage("no single code matches '"
                    + reference + "'; give its path, name, shortcut or id (see: sameboat codebook " + folder + ")")));
        }
        return codes;
    }

    private static String names(List<? extends Object> values) {
        return String.join(", ", values.stream().map(Object::toString).toList());
    }
}
