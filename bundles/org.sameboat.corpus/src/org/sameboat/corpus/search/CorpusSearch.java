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
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.sameboat.model.Document;
import org.sameboat.model.Turn;
import org.sameboat.model.text.DocumentText;

/**
 * Runs queries in Sameboat's query language (see docs/search.md) against a {@link ProjectIndex}: classic
 * Lucene syntax over named fields, plus one coding relation per query ({@link CodingRelation}).
 */
public final class CorpusSearch {

    private static final Pattern NAMES_CODES = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:code|coder)\\s*:");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int FRAGMENT_CHARS = 200;
    /** Limits up to this size are used as they are; larger ones are cut to the number of matches first. */
    private static final int SMALL_LIMIT = 1000;
    /** Up to this many matches the top-hits collector counts exactly; past it, a separate count gives the total. */
    private static final int TOTAL_HITS_THRESHOLD = 1000;

    private final ProjectIndex index;
    /** When present, excerpts (and so coding relations) of this coder only: the coder's name key. */
    private final Optional<String> onlyCoder;

    public CorpusSearch(ProjectIndex index) {
        this(index, Optional.empty());
    }

    private CorpusSearch(ProjectIndex index, Optional<String> onlyCoder) {
        this.index = index;
        this.onlyCoder = onlyCoder;
    }

    /**
     * The same search over one coder's excerpts only, as a blind coder must see it: the restriction is part of
     * every query, so neither hits, counts nor coding relations reveal other coders' codings. Turns carry no
     * codings and are searched as before.
     */
    public CorpusSearch onlyCoder(String coderName) {
        return new CorpusSearch(index, Optional.of(CorpusAnalyzer.nameKey(coderName)));
    }

    /**
     * Searches and returns the exact number of matches and the best {@code limit} hits with their matched ranges;
     * what the workbench's search shows.
     */
    public SearchResult search(String query, SearchTarget target, int limit) throws QuerySyntaxException, IndexException {
        return search(query, target, limit, false);
    }

    /**
     * Searches and returns the exact number of matches, the best {@code limit} hits with their matched ranges,
     * and, when {@code counts} is true, counts per code, speaker and document over all matches.
     */
    public SearchResult search(String query, SearchTarget target, int limit, boolean counts)
            throws QuerySyntaxException, IndexException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        Optional<CodingRelation> relation = CodingRelation.parse(query);
        boolean excerpts = target == SearchTarget.EXCERPTS
                || target == SearchTarget.AUTO && (relation.isPresent() || mentionsCodes(query));
        // a relation's two sides are parsed by CodingRelation; a plain query is parsed here, before any searching
        Optional<Query> plain = relation.isEmpty() ? Optional.of(CorpusQueryParser.parse(query, 0)) : Optional.empty();
        try {
            return run(relation, plain, excerpts, limit, counts);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(1, "the query expands to too many terms; make its wildcards or fuzzy terms narrower");
        }
    }

    private SearchResult run(Optional<CodingRelation> relation, Optional<Query> plain, boolean excerpts, int limit, boolean counting)
            throws IndexException {
        return index.withSearcher(searcher -> {
            Query full = relation.isPresent() ? join(searcher, relation.get()) : restrictToCoder(restrict(plain.orElseThrow(), excerpts), excerpts);
            // the hit queue is allocated at its full size, so a large limit is first cut down to the number of matches
            int wanted = limit <= SMALL_LIMIT ? limit : Math.min(limit, searcher.count(full));
            if (wanted == 0) {
                if (!counting) {
                    return new SearchResult(searcher.count(full), excerpts, List.of(), Optional.empty());
                }
                FacetCounter.Counts all = searcher.search(full, new FacetCounter(index.names()));
                return new SearchResult(all.total(), excerpts, List.of(), Optional.of(counts(all, excerpts)));
            }
            TopDocs top;
            long total;
            Optional<SearchCounts> counts = Optional.empty();
            if (counting) {
                // the counts visit every match anyway, and give the exact total
                var best = new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
                Object[] both = searcher.search(full, new MultiCollectorManager(best, new FacetCounter(index.names())));
                top = (TopDocs) both[0];
                FacetCounter.Counts all = (FacetCounter.Counts) both[1];
                total = all.total();
                counts = Optional.of(counts(all, excerpts));
            } else {
                // scoring only the competitive matches (Lucene skips blocks that cannot reach the top) and then counting
                // without scores costs less than scoring every match to count them
                top = searcher.search(full, new TopScoreDocCollectorManager(wanted, TOTAL_HITS_THRESHOLD));
                total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(full);
            }
            // the words a hit matched are those of the user's query (a relation's left side), without the restriction
            // to turns or excerpts and the join, which match no words but would be checked again for every hit
            Query words = relation.isPresent() ? relation.get().left() : plain.orElseThrow();
            Weight weight = searcher.createWeight(searcher.rewrite(words), ScoreMode.COMPLETE_NO_SCORES, 1f);
            StoredFields stored = searcher.storedFields();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                hit(weight, stored, leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves)), scoreDoc).ifPresent(hits::add);
            }
            return new SearchResult(total, excerpts, hits, counts);
        });
    }

    private static SearchCounts counts(FacetCounter.Counts all, boolean excerpts) {
        return new SearchCounts(excerpts ? all.perCode() : Map.of(), all.perSpeaker(), all.perDocument());
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
        return NAMES_CODES.matcher(QUOTED.matcher(query).replaceAll("\"\"")).find();
    }

    /** Turns are the entries that are not excerpts: only excerpts carry a kind, which saves a term per turn. */
    private static Query restrict(Query query, boolean excerpts) {
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.KIND, SearchFields.KIND_EXCERPT)),
                        excerpts ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT).build();
    }

    private Query restrictToCoder(Query query, boolean excerpts) {
        if (!excerpts || onlyCoder.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.CODER, onlyCoder.get())), BooleanClause.Occur.FILTER).build();
    }

    /** The left side's excerpts that relate to the right side's, as a query that keeps the left side's scoring. */
    private Query join(IndexSearcher searcher, CodingRelation relation) throws IOException {
        Query left = restrictToCoder(restrict(relation.left(), true), true);
        List<CodingRelation.Excerpt> lefts = searcher.search(left, new ExcerptGatherer());
        List<CodingRelation.Excerpt> rights = searcher.search(restrictToCoder(restrict(relation.right(), true), true), new ExcerptGatherer());
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

    /**
     * A hit as shown: a turn is found in the model by its document and number, an excerpt by what it stores; the
     * words come from the model's text. Empty when the model no longer has the document or its text (an edit the
     * index has not seen yet).
     */
    private Optional<SearchHit> hit(Weight weight, StoredFields stored, LeafReaderContext leaf, ScoreDoc scoreDoc) throws IOException {
        int leafDoc = scoreDoc.doc - leaf.docBase;
        SegmentNames names = index.names();
        String documentId = names.of(leaf.reader(), SearchFields.DOC_ID).at(leafDoc);
        Optional<Document> found = documentId == null ? Optional.empty() : index.document(documentId);
        if (found.isEmpty() || found.get().getText() == null) {
            return Optional.empty();
        }
        Document document = found.get();
        SortedNumericDocValues turns = DocValues.getSortedNumeric(leaf.reader(), SearchFields.TURN);
        OptionalInt turn = turns.advanceExact(leafDoc) ? OptionalInt.of((int) turns.nextValue()) : OptionalInt.empty();
        Optional<String> codePath = Optional.ofNullable(names.of(leaf.reader(), SearchFields.CODE_PATH).at(leafDoc));
        String id;
        TextRange range;
        Optional<String> speaker;
        Optional<String> coder = Optional.empty();
        if (codePath.isPresent()) {
            var doc = stored.document(scoreDoc.doc);
            id = doc.get(SearchFields.ID);
            range = new TextRange(doc.getField(SearchFields.START).numericValue().intValue(),
                    doc.getField(SearchFields.END).numericValue().intValue());
            coder = Optional.ofNullable(doc.get(SearchFields.CODER_NAME));
            speaker = Optional.ofNullable(names.of(leaf.reader(), SearchFields.SPEAKER_NAME).at(leafDoc));
        } else {
            if (turn.isEmpty() || turn.getAsInt() < 1 || turn.getAsInt() > document.getTurns().size()) {
                return Optional.empty();
            }
            Turn t = document.getTurns().get(turn.getAsInt() - 1);
            id = t.getId();
            range = new TextRange(t.getStart(), t.getEnd());
            speaker = t.getSpeaker() == null ? Optional.empty() : Optional.ofNullable(t.getSpeaker().getPseudonym());
        }
        DocumentText text = index.text(document);
        if (!text.contains(range.start(), range.end())) {
            return Optional.empty();
        }
        String words = text.slice(range.start(), range.end());
        List<int[]> charMatches = matches(weight, leaf, leafDoc, words);
        List<TextRange> ranges = new ArrayList<>();
        for (int[] m : charMatches) {
            ranges.add(new TextRange(range.start() + words.codePointCount(0, m[0]), range.start() + words.codePointCount(0, m[1])));
        }
        String name = document.getName() == null ? document.getId() : document.getName();
        return Optional.of(new SearchHit(codePath.isPresent(), id, documentId, name, turn, speaker, range, ranges,
                fragment(words, charMatches), codePath, coder, scoreDoc.score));
    }

    /**
     * Offsets (UTF-16, within the hit's words) of what the query matched in the text field, merged and in order,
     * as the index recorded them.
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
        while (it.next()) {
            if (it.startOffset() >= 0 && it.endOffset() <= text.length()) {
                found.add(new int[] {it.startOffset(), it.endOffset()});
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
        return SPACES.matcher(out).replaceAll(" ").strip();
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
    private final class ExcerptGatherer implements CollectorManager<ExcerptGatherer.PerThread, List<CodingRelation.Excerpt>> {

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

        final class PerThread implements Collector {
            private final List<CodingRelation.Excerpt> found = new ArrayList<>();

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                // many excerpts share a document: its id is looked up once per segment, by SegmentNames
                SegmentNames.Names documents = index.names().of(context.reader(), SearchFields.DOC_ID);
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
                        String documentId = documents.at(doc);
                        starts.advanceExact(doc);
                        ends.advanceExact(doc);
                        int turn = turns.advanceExact(doc) ? (int) turns.nextValue() : 0;
                        found.add(new CodingRelation.Excerpt(context.docBase + doc, documentId, (int) starts.longValue(),
                                (int) ends.longValue(), turn));
                    }
                };
            }
        }
    }
}
