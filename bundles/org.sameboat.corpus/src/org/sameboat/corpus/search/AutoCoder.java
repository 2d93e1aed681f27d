package org.sameboat.corpus.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;

/** Plans auto-coding: one code applied to every hit of a query, as one {@link AutoCodeCommand}. */
public final class AutoCoder {

    private final ProjectIndex index;
    private final Clock clock;

    public AutoCoder(ProjectIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /**
     * Finds every hit of the query and plans a coding per hit (span TURN) or per run of matched words (span
     * MATCH). Nothing changes until the command is executed.
     *
     * @throws IllegalArgumentException when the code is a grouping code that cannot be applied
     */
    public AutoCodeCommand plan(String query, SearchTarget target, Code code, Coder coder, CodingSpan span)
            throws QuerySyntaxException, IndexException {
        if (!code.isApplicable()) {
            throw new IllegalArgumentException("code '" + code.getName() + "' is a grouping code and cannot be applied");
        }
        Map<String, Document> documents = new HashMap<>();
        index.project().getDocuments().forEach(d -> documents.put(d.getId(), d));
        SearchResult result = new CorpusSearch(index).search(query, target, Integer.MAX_VALUE);
        // a set, because overlapping hits (an excerpt hit per coding of one turn) must not code a range twice
        Set<AutoCodeCommand.Target> targets = new LinkedHashSet<>();
        for (SearchHit hit : result.hits()) {
            Document document = documents.get(hit.documentId());
            if (document == null) {
                continue;
            }
            List<TextRange> ranges = span == CodingSpan.MATCH && !hit.matches().isEmpty() ? hit.matches() : List.of(hit.range());
            for (TextRange range : ranges) {
                if (range.end() > range.start()) {
                    targets.add(new AutoCodeCommand.Target(document, range));
                }
            }
        }
        return new AutoCodeCommand(new ArrayList<>(targets), code, coder, clock);
    }
}
