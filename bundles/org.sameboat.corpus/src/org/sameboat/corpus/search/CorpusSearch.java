package org.sameboat.corpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * Runs queries in Sameboat's query language (see docs/search.md) against a {@link ProjectIndex}: classic
 * Lucene syntax over named fields, plus one coding relation per query ({@link CodingRelation}).
 */
public final class CorpusSearch {

    private static final Pattern NAMES_CODES = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:code|coder)\\s*:");
    private static final int FRAGMENT_CHARS = 200;
    /** Limits up to this size are used as they are; larger ones are cut to the number of matches first. */
    private static final int SMALL_LIMIT = 1000;

    private final ProjectIndex index;

    public CorpusSearch(ProjectIndex index) {
        this.index = index;
    }

    /**
     * Searches and returns the exact number of matches, the best {@code limit} hits with their matched ranges,
     * and counts over all matches.
     */
    public SearchResult search(String query, SearchTarget target, int limit) throws QuerySyntaxException, IndexException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        Optional<CodingRelation> relation = CodingRelation.parse(query);
        boolean excerpts = target == SearchTarget.EXCERPTS
                || target == SearchTarget.AUTO && (relation.isPresent() || mentionsCodes(query));
        // a relation's two sides are parsed by CodingRelation; a plain query is parsed here, before any searching
        Optional<Query> plain = relation.isEmpty() ? Optional.of(CorpusQueryParser.parse(query, 0)) : Optional.empty();
        try {
            return run(relation, plain, excerpts, limit);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(1, "the query expands to too many terms; make its wildcards or fuzzy terms narrower");
        }
    }

    private SearchResult run(Optional<CodingRelation> relation, Optional<Query> plain, boolean excerpts, int limit)
            throws IndexException {
        return index.withSearcher(searcher -> {
            Query full = relation.isPresent() ? join(searcher, relation.get()) : restrict(plain.orElseThrow(), excerpts);
            // the hit queue is allocated at its full size, so a large limit is first cut down to the number of matches
            int wanted = limit <= SMALL_LIMIT ? limit : Math.min(limit, searcher.count(full));
            FacetCounter.Counts counts;
            List<SearchHit> hits = new ArrayList<>();
            if (wanted == 0) {
                counts = searcher.search(full, new FacetCounter());
            } else {
                var top = new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
                Object[] both = searcher.search(full, new MultiCollectorManager(top, new FacetCounter()));
                counts = (FacetCounter.Counts) both[1];
                Weight weight = searcher.createWeight(searcher.rewrite(full), ScoreMode.COMPLETE_NO_SCORES, 1f);
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc scoreDoc : ((TopDocs) both[0]).scoreDocs) {
                    hits.add(hit(searcher, weight, stored, scoreDoc));
                }
            }
            return new SearchResult(counts.total(), excerpts, hits, excerpts ? counts.perCode() : Map.of(), counts.perSpeaker(),
                    counts.perDocument());
        });
    }

    /**
     * The Lucene query a plain (non-relation) query runs as, including the restriction to turns or excerpts;
     * empty for a coding relation, which is answered by a join rather than by one query.
     */
    public static Optional<Query> luceneQuery(String query, SearchTarget target) throws QuerySyntaxException {
        if (CodingRelation.parse(query).isPresent()) {
            return Optional.empty();
        }
        boolean excerpts = target == SearchTarget.EXCERPTS || target == SearchTarget.AUTO && mentionsCodes(query);
        return Optional.of(restrict(CorpusQueryParser.parse(query, 0), excerpts));
    }

    private static boolean mentionsCodes(String query) {
        return NAMES_CODES.matcher(query.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")).find();
    }

    /** Turns are the entries that are not excerpts: only excerpts carry a kind, which saves a term per turn. */
    private static Query restrict(Query query, boolean excerpts) {
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.KIND, SearchFields.KIND_EXCERPT)),
                        excerpts ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT).build();
    }

    /** The left side's excerpts that relate to the right side's, as a query that keeps the left side's scoring. */
    private static Query join(IndexSearcher searcher, CodingRelation relation) throws IOException {
        Query left = restrict(relation.left(), true);
        List<CodingRelation.Excerpt> lefts = searcher.search(left, new ExcerptGatherer());
        List<CodingRelation.Excerpt> rights = searcher.search(restrict(relation.right(), true), new ExcerptGatherer());
        Map<String, List<CodingRelation.Excerpt>> rightsByDocument = new HashMap<>();
        for (CodingRelation.Excerpt r : rights) {
            rightsByDocument.computeIfAbsent(r.documentId(), d -> new ArrayList<>()).add(r);
        }
        List<Integer> related = new ArrayList<>();
        for (CodingRelation.Excerpt l : lefts) {
            for (CodingRelation.Excerpt r : rightsByDocument.getOrDefault(l.documentId(), List.of())) {
                if (relation.holds(l, r)) {
                    related.add(l.luceneDoc());
                    break;
                }
            }
        }
        if (related.isEmpty()) {
            return new MatchNoDocsQuery("no excerpts relate");
        }
        return new BooleanQuery.Builder().add(left, BooleanClause.Occur.MUST)
                .add(new DocSetQuery(related.stream().mapToInt(Integer::intValue).toArray()), BooleanClause.Occur.FILTER).build();
    }

    private SearchHit hit(IndexSearcher searcher, Weight weight, StoredFields stored, ScoreDoc scoreDoc) throws IOException {
        var doc = stored.document(scoreDoc.doc);
        String text = doc.get(SearchFields.TEXT);
        int start = doc.getField(SearchFields.START).numericValue().intValue();
        int end = doc.getField(SearchFields.END).numericValue().intValue();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
        int leafDoc = scoreDoc.doc - leaf.docBase;
        List<int[]> charMatches = matches(weight, leaf, leafDoc, text);
        List<TextRange> ranges = new ArrayList<>();
        for (int[] m : charMatches) {
            ranges.add(new TextRange(start + text.codePointCount(0, m[0]), start + text.codePointCount(0, m[1])));
        }
        SortedNumericDocValues turns = DocValues.getSortedNumeric(leaf.reader(), SearchFields.TURN);
        OptionalInt turn = turns.advanceExact(leafDoc) ? OptionalInt.of((int) turns.nextValue()) : OptionalInt.empty();
        Optional<String> codePath = Optional.ofNullable(doc.get(SearchFields.CODE_PATH));
        return new SearchHit(codePath.isPresent(), doc.get(SearchFields.ID), docValue(leaf, SearchFields.DOC_ID, leafDoc).orElseThrow(),
                docValue(leaf, SearchFields.DOC_NAME, leafDoc).orElseThrow(), turn, docValue(leaf, SearchFields.SPEAKER_NAME, leafDoc),
                new TextRange(start, end), ranges, fragment(text, charMatches), codePath,
                Optional.ofNullable(doc.get(SearchFields.CODER_NAME)), scoreDoc.score);
    }

    /** A hit's value of a sorted doc-values field (names and ids are kept there rather than stored). */
    private static Optional<String> docValue(LeafReaderContext leaf, String field, int doc) throws IOException {
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        return values.advanceExact(doc) ? Optional.of(values.lookupOrd(values.ordValue()).utf8ToString()) : Optional.empty();
    }

    /**
     * Offsets (UTF-16, within the stored text) of what the query matched in the text field, merged and in order.
     * The index keeps word positions, not offsets; the hit's text is analysed again to find where they are.
     */
    private List<int[]> matches(Weight weight, LeafReaderContext leaf, int doc, String text) throws IOException {
        Matches matches = weight.matches(leaf, doc);
        List<int[]> found = new ArrayList<>();
        if (matches == null) {
            return found;
        }
        MatchesIterator it = matches.getMatches(SearchFields.TEXT);
        if (it == null) {
            return found;
        }
        List<int[]> positions = new ArrayList<>();
        while (it.next()) {
            if (it.startPosition() >= 0) {
                positions.add(new int[] {it.startPosition(), it.endPosition()});
            }
        }
        if (positions.isEmpty()) {
            return found;
        }
        int[][] offsets = index.wordOffsets(text, positions.stream().mapToInt(p -> p[1]).max().orElseThrow());
        for (int[] p : positions) {
            if (p[1] < offsets.length && offsets[p[0]] != null && offsets[p[1]] != null) {
                found.add(new int[] {offsets[p[0]][0], offsets[p[1]][1]});
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] m : found) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m[0] <= last[1]) {
                last[1] = Math.max(last[1], m[1]);
            } else {
                merged.add(m);
            }
        }
        return merged;
    }

    /** Up to about {@value #FRAGMENT_CHARS} characters around the first match, on one line, matches in « ». */
    static String fragment(String text, List<int[]> matches) {
        int from = 0;
        int to = text.length();
        if (text.length() > FRAGMENT_CHARS) {
            int first = matches.isEmpty() ? 0 : matches.get(0)[0];
            from = Math.max(0, first - FRAGMENT_CHARS / 3);
            to = Math.min(text.length(), from + FRAGMENT_CHARS);
            from = snap(text, from, true);
            to = snap(text, to, false);
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (int[] m : matches) {
            if (m[1] <= from || m[0] >= to) {
                continue;
            }
            int s = Math.max(m[0], from);
            int e = Math.min(m[1], to);
            out.append(text, at, s).append('«').append(text, s, e).append('»');
            at = e;
        }
        out.append(text, at, to);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** Moves a cut to a word boundary nearby, and never into a surrogate pair. */
    private static int snap(String text, int cut, boolean forward) {
        int i = cut;
        for (int step = 0; step < 20 && i > 0 && i < text.length() && !Character.isWhitespace(text.charAt(i)); step++) {
            i += forward ? 1 : -1;
        }
        if (i <= 0 || i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
            i = cut;
        }
        if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Gathers what a coding join needs of every matching excerpt, from doc values. */
    private static final class ExcerptGatherer implements CollectorManager<ExcerptGatherer.PerThread, List<CodingRelation.Excerpt>> {

        @Override
        public PerThread newCollector() {
            return new PerThread();
        }

        @Override
        public List<CodingRelation.Excerpt> reduce(Collection<PerThread> collectors) {
            List<CodingRelation.Excerpt> all = new ArrayList<>();
            collectors.forEach(c -> all.addAll(c.found));
            return all;
        }

        static final class PerThread implements Collector {
            private final List<CodingRelation.Excerpt> found = new ArrayList<>();

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                // many excerpts share a document: look each document id up once per segment
                Map<Integer, String> documentIds = new HashMap<>();
                SortedDocValues documents = DocValues.getSorted(context.reader(), SearchFields.DOC_ID);
                NumericDocValues starts = DocValues.getNumeric(context.reader(), SearchFields.JOIN_START);
                NumericDocValues ends = DocValues.getNumeric(context.reader(), SearchFields.JOIN_END);
                SortedNumericDocValues turns = DocValues.getSortedNumeric(context.reader(), SearchFields.TURN);
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                        // the join needs no scores
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        documents.advanceExact(doc);
                        starts.advanceExact(doc);
                        ends.advanceExact(doc);
                        int turn = turns.advanceExact(doc) ? (int) turns.nextValue() : 0;
                        int ord = documents.ordValue();
                        String documentId = documentIds.get(ord);
                        if (documentId == null) {
                            documentId = documents.lookupOrd(ord).utf8ToString();
                            documentIds.put(ord, documentId);
                        }
                        found.add(new CodingRelation.Excerpt(context.docBase + doc, documentId, (int) starts.longValue(),
                                (int) ends.longValue(), turn));
                    }
                };
            }
        }
    }
}
