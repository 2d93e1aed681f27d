package org.sameboat.cli.verbs;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Indexes;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.corpus.search.CorpusSearch;
import org.sameboat.corpus.search.IndexException;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.corpus.search.QuerySyntaxException;
import org.sameboat.corpus.search.SearchCounts;
import org.sameboat.corpus.search.SearchHit;
import org.sameboat.corpus.search.SearchResult;
import org.sameboat.corpus.search.SearchTarget;
import org.sameboat.corpus.search.TextRange;
import org.sameboat.model.Project;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** sameboat search DIR QUERY [--excerpts] [--limit N] [--json]: find turns or coded excerpts. */
public final class SearchVerb implements Verb {

    /** Terminal output lists the largest counts only; --json has them all. */
    private static final int SHOWN_COUNTS = 10;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String synopsis() {
        return "DIR QUERY [--excerpts] [--limit N] [--json]";
    }

    @Override
    public String summary() {
        return "search turns (or coded excerpts) with Lucene query syntax, e.g. 'speaker:Ruth \"felt alone\"~3'; see docs/search.md";
    }

    @Override
    public Set<String> options() {
        return Set.of("limit");
    }

    @Override
    public Set<String> flags() {
        return Set.of("excerpts", "json");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.positional(0, "the project folder DIR");
        String query = arguments.positional(1, "a QUERY");
        arguments.expectAtMost(2);
        int limit = arguments.option("limit").isPresent() ? arguments.requiredInt("limit") : 20;
        if (limit < 0) {
            throw CliException.usage("--limit must not be negative");
        }
        Project project = new Projects().read(folder).project();
        ProjectIndex index = Indexes.openForReading(folder, project, console);
        SearchResult result;
        try {
            SearchTarget target = arguments.flag("excerpts") ? SearchTarget.EXCERPTS : SearchTarget.AUTO;
            result = new CorpusSearch(index).search(query, target, limit, true);
        } catch (QuerySyntaxException e) {
            throw CliException.usage(e.getMessage());
        } catch (IndexException e) {
            throw CliException.failure(e.getMessage());
        } finally {
            Indexes.close(index);
        }
        if (arguments.flag("json")) {
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json(query, result)));
        } else {
            print(result, console);
        }
        return 0;
    }

    private static void print(SearchResult result, Console console) {
        String what = result.excerpts() ? "coded excerpt(s)" : "turn(s)";
        console.out().println(result.total() + " matching " + what + (result.hits().size() < result.total() && !result.hits().isEmpty()
                ? ", showing the first " + result.hits().size() : ""));
        for (SearchHit hit : result.hits()) {
            console.out().printf("%-20s %5s %-12s %7d-%-7d %s%s%n", hit.documentName(),
                    hit.turn().isPresent() ? "#" + hit.turn().getAsInt() : "", hit.speaker().orElse(""), hit.range().start(),
                    hit.range().end(), hit.code().map(c -> "[" + c + " / " + hit.coder().orElse("") + "] ").orElse(""), hit.fragment());
        }
        SearchCounts counts = result.counts().orElseThrow();
        if (result.excerpts()) {
            counts("per code", counts.perCode(), console);
        }
        counts("per speaker", counts.perSpeaker(), console);
        counts("per document", counts.perDocument(), console);
    }

    private static void counts(String label, Map<String, Long> counts, Console console) {
        if (counts.isEmpty()) {
            return;
        }
        console.out().println(label + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SHOWN_COUNTS).forEach(e -> console.out().printf("  %6d  %s%n", e.getValue(), e.getKey()));
        if (counts.size() > SHOWN_COUNTS) {
            console.out().println("  … and " + (counts.size() - SHOWN_COUNTS) + " more (all of them with --json)");
        }
    }

    private static JsonObject json(String query, SearchResult result) {
        JsonObject root = new JsonObject();
        root.addProperty("query", query);
        root.addProperty("searched", result.excerpts() ? "excerpts" : "turns");
        root.addProperty("total", result.total());
        JsonArray hits = new JsonArray();
        for (SearchHit hit : result.hits()) {
            JsonObject h = new JsonObject();
            h.addProperty("document", hit.documentName());
            h.addProperty("documentId", hit.documentId());
            h.addProperty("id", hit.id());
            if (hit.turn().isPresent()) {
                h.addProperty("turn", hit.turn().getAsInt());
            }
            hit.speaker().ifPresent(s -> h.addProperty("speaker", s));
            h.add("range", range(hit.range()));
            JsonArray matches = new JsonArray();
            hit.matches().forEach(m -> matches.add(range(m)));
            h.add("matches", matches);
            h.addProperty("fragment", hit.fragment());
            hit.code().ifPresent(c -> h.addProperty("code", c));
            hit.coder().ifPresent(c -> h.addProperty("coder", c));
            h.addProperty("score", hit.score());
            hits.add(h);
        }
        root.add("hits", hits);
        SearchCounts found = result.counts().orElseThrow();
        JsonObject counts = new JsonObject();
        counts.add("code", countsJson(found.perCode()));
        counts.add("speaker", countsJson(found.perSpeaker()));
        counts.add("document", countsJson(found.perDocument()));
        root.add("counts", counts);
        return root;
    }

    private static JsonObject range(TextRange range) {
        JsonObject r = new JsonObject();
        r.addProperty("start", range.start());
        r.addProperty("end", range.end());
        return r;
    }

    private static JsonObject countsJson(Map<String, Long> counts) {
        JsonObject o = new JsonObject();
        counts.entrySet().stream().sorted(Comparator.comparing(Map.Entry<String, Long>::getKey))
                .forEach(e -> o.addProperty(e.getKey(), e.getValue()));
        return o;
    }
}
