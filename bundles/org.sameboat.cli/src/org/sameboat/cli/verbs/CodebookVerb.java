package org.sameboat.cli.verbs;

import java.util.List;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodeLinks;
import org.sameboat.model.codebook.CodePaths;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** sameboat codebook DIR: the code tree with colours, shortcuts, counts and definitions. */
public final class CodebookVerb implements Verb {

    @Override
    public String name() {
        return "codebook";
    }

    @Override
    public String synopsis() {
        return "DIR [--json]";
    }

    @Override
    public String summary() {
        return "show the codebooks: codes with colour, shortcut, number of codings and definition";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        Project project = new Projects().read(folder).project();
        java.util.Map<Code, Integer> counts = new java.util.HashMap<>();
        for (Document document : project.getDocuments()) {
            for (Coding coding : document.getCodings()) {
                counts.merge(coding.getCode(), 1, Integer::sum);
            }
        }
        if (arguments.flag("json")) {
            JsonArray codebooks = new JsonArray();
            for (Codebook codebook : project.getCodebooks()) {
                JsonObject json = new JsonObject();
                json.addProperty("id", codebook.getId());
                json.addProperty("name", codebook.getName());
                json.addProperty("description", codebook.getDescription());
                json.addProperty("builtIn", codebook.isBuiltIn());
                json.add("codes", codes(codebook.getCodes(), counts));
                codebooks.add(json);
            }
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(codebooks));
            return 0;
        }
        for (Codebook codebook : project.getCodebooks()) {
            console.out().println(codebook.getName());
            print(codebook.getCodes(), counts, 1, console);
        }
        return 0;
    }

    private static JsonArray codes(List<Code> codes, java.util.Map<Code, Integer> counts) {
        JsonArray array = new JsonArray();
        for (Code code : codes) {
            JsonObject json = new JsonObject();
            json.addProperty("id", code.getId());
            json.addProperty("name", code.getName());
            json.addProperty("path", CodePaths.path(code));
            json.addProperty("colour", code.getColour());
            json.addProperty("shortcut", code.getShortcut());
            json.addProperty("applicable", code.isApplicable());
            json.addProperty("codings", counts.getOrDefault(code, 0));
            json.addProperty("definition", code.getDefinition());
            json.addProperty("inclusion", code.getInclusion());
            json.addProperty("exclusion", code.getExclusion());
            JsonArray indicators = new JsonArray();
            code.getIndicators().forEach(indicators::add);
            json.add("indicators", indicators);
            json.addProperty("example", code.getExample());
            json.addProperty("source", code.getSource());
            json.addProperty("appliesTo", code.getAppliesTo().getLiteral());
            JsonArray starts = new JsonArray();
            CodeLinks.starts(code).forEach(started -> starts.add(CodePaths.path(started)));
            json.add("starts", starts);
            json.add("children", codes(code.getChildren(), counts));
            array.add(json);
        }
        return array;
    }

    private static void print(List<Code> codes, java.util.Map<Code, Integer> counts, int depth, Console console) {
        for (Code code : codes) {
            String shortcut = code.getShortcut() == null ? " " : code.getShortcut();
            console.out().printf("%s[%s] %-28s %s %5d  %s%n", "  ".repeat(depth), shortcut, code.getName(),
                    code.getColour() == null ? "       " : code.getColour(), counts.getOrDefault(code, 0),
                    code.getSource() == null ? "" : code.getSource());
            print(code.getChildren(), counts, depth + 1, console);
        }
    }
}
