package org.sameboat.benchmarks.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.apache.commons.io.file.PathUtils;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.sameboat.corpus.imports.CsvColumns;
import org.sameboat.corpus.imports.ImportFormat;
import org.sameboat.corpus.imports.ImportReport;
import org.sameboat.corpus.imports.Source;
import org.sameboat.corpus.imports.Transcript;
import org.sameboat.corpus.imports.TranscriptImporter;
import org.sameboat.corpus.search.AutoCodeCommand;
import org.sameboat.corpus.search.AutoCoder;
import org.sameboat.corpus.search.CodingSpan;
import org.sameboat.corpus.search.CorpusAnalyzer;
import org.sameboat.corpus.search.CorpusSearch;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.corpus.search.SearchTarget;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.Turns;

/**
 * Import and index throughput on a replicated AnnoMI corpus, against a bare Lucene IndexWriter with the same
 * word analyzer; then query latency of Sameboat's search (parse, exact count, counts per speaker/document/code,
 * top 20 with highlighted ranges) against a bare IndexSearcher running the same Lucene query for the top 20 on
 * the same index, and against a scan of the model (regular expressions over the turn texts, or a loop over
 * codings for code queries).
 */
final class SearchBenchmark {

    private static final String COLUMNS = "doc=transcript_id,speaker=interlocutor,time=timestamp,text=utterance_text";
    /** How many times each side imports and indexes the corpus. */
    private static final int ROUNDS = 3;

    private final BenchmarkOptions options;
    private final PrintStream out;
    private final PrintStream log;
    /** Keeps the JIT from dropping a scan whose result nobody reads. */
    private long sunk;

    SearchBenchmark(BenchmarkOptions options, PrintStream out, PrintStream log) {
        this.options = options;
        this.out = out;
        this.log = log;
    }

    void run() throws Exception {
        List<Path> files = replicate();
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        double megabytes = bytes / 1e6;
        out.printf("## Search benchmark%n%nCorpus: %s replicated %d times = %.1f MB of CSV%n%n", options.data().getFileName(),
                files.size(), megabytes);
        out.printf("JVM %s, %d processors, max heap %d MB%n%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        int threads = ProjectIndex.indexingThreads();
        out.printf("Indexing threads: %d (Sameboat's rebuild and the bare writer alike); load average before: %s%n%n", threads,
                loadAverage());
        // bare Lucene and Sameboat take turns, ROUNDS times each, so that a cold JIT, a merge finishing in the
        // background or another program weighs on both alike; each side's fastest round counts, and the rounds
        // are reported one by one
        long[] bareTimes = new long[ROUNDS];
        long[] importTimes = new long[ROUNDS];
        long[] buildTimes = new long[ROUNDS];
        long bareDocs = 0;
        Path projectFolder = options.work().resolve("project");
        Project project = null;
        ProjectIndex index = null;
        ImportReport report = null;
        long save = 0;
        for (int round = 0; round < ROUNDS; round++) {
            boolean last = round == ROUNDS - 1;
            log.println("round " + (round + 1) + ": bare Lucene");
            // the round before is dropped and collected first, so that neither side pays for the other's garbage
            if (index != null) {
                index.close();
            }
            index = null;
            project = null;
            report = null;
            System.gc();
            // the last round's bare index stays for the queries on it
            Bare bare = bareIndex(files, options.work().resolve(last ? "bare-index" : "bare-index-" + round), threads);
            bareTimes[round] = bare.nanos();
            bareDocs = bare.docs();
            log.println("round " + (round + 1) + ": Sameboat");
            System.gc();
            project = ProjectTemplate.create("benchmark");
            long t0 = System.nanoTime();
            report = importAll(project, files);
            long t1 = System.nanoTime();
            if (last) {
                // the project the queries run on is saved first, as `sameboat import` does; saving is not compared
                new ProjectStore().save(project, projectFolder);
                save = System.nanoTime() - t1;
            }
            Path folder = last ? projectFolder : options.work().resolve("project-" + round);
            deleteIndex(folder);
            long t2 = System.nanoTime();
            index = ProjectIndex.open(folder, project);
            long t3 = System.nanoTime();
            importTimes[round] = t1 - t0;
            buildTimes[round] = t3 - t2;
        }
        // and what `sameboat reindex` does, once, for information
        log.println("rebuilding the index");
        long r0 = System.nanoTime();
        index.rebuild();
        long rebuild = System.nanoTime() - r0;

        // Sameboat's fastest round, import and build of the same round, as the bare side's is one round
        int fastest = 0;
        for (int round = 1; round < ROUNDS; round++) {
            if (importTimes[round] + buildTimes[round] < importTimes[fastest] + buildTimes[fastest]) {
                fastest = round;
            }
        }
        long importAndIndex = importTimes[fastest] + buildTimes[fastest];
        double[] paired = new double[ROUNDS];
        out.printf("### Import and index (%d documents, %d turns; %d rounds, bare Lucene first in each)%n%n", report.documents().size(),
                report.turns(), ROUNDS);
        out.println("| round | bare: read, parse, index, commit | Sameboat: read, parse, build model | Sameboat: build index "
                + "(`ProjectIndex.open`, commit) | Sameboat: import + index | bare ÷ Sameboat |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (int round = 0; round < ROUNDS; round++) {
            long ours = importTimes[round] + buildTimes[round];
            paired[round] = (double) bareTimes[round] / ours;
            out.printf("| %d | %.2f s | %.2f s | %.2f s | %.2f s | %.2f |%n", round + 1, bareTimes[round] / 1e9, importTimes[round] / 1e9,
                    buildTimes[round] / 1e9, ours / 1e9, paired[round]);
        }
        out.println();
        Arrays.sort(paired);
        out.printf("Bare: %d documents, one per utterance. Fastest rounds: bare %.2f s (%.1f MB/s of CSV), Sameboat import %.2f s + "
                + "build %.2f s = %.2f s (%.1f MB/s). `ProjectIndex.rebuild` once more: %.2f s. Saving the project (persistence, not "
                + "compared): %.2f s.%n%n", bareDocs, min(bareTimes) / 1e9, megabytes / (min(bareTimes) / 1e9), importTimes[fastest] / 1e9,
                buildTimes[fastest] / 1e9, importAndIndex / 1e9, megabytes / (importAndIndex / 1e9), rebuild / 1e9, save / 1e9);
        out.printf("Import + index throughput relative to bare Lucene (fastest rounds): **%.2f** (goal at least 0.8); median of the "
                + "rounds' ratios: %.2f; load average after: %s%n%n", (double) min(bareTimes) / importAndIndex, paired[ROUNDS / 2],
                loadAverage());

        Code sharing = CodePaths.find(project, "Sharing data").orElseThrow();
        Code support = CodePaths.find(project, "Mutual support").orElseThrow();
        Coder coder = Lookups.coderOrNew(project, "benchmark");
        long a0 = System.nanoTime();
        int coded = autocode(index, "drink*", sharing, coder) + autocode(index, "smok* OR cigarette*", support, coder);
        index.commit();
        long a1 = System.nanoTime();
        out.printf("Auto-coding %d turns (two queries, apply, re-index excerpts, commit): %.2f s%n%n", coded, (a1 - a0) / 1e9);

        queries(index, project);
        index.close();
        log.println("(scan checksum " + sunk + ")");
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    /** Removes a project folder's index, if any, so that opening it builds one from nothing. */
    private static void deleteIndex(Path projectFolder) throws IOException {
        Path index = projectFolder.resolve(ProjectIndex.FOLDER);
        if (Files.isDirectory(index)) {
            PathUtils.deleteDirectory(index);
        }
    }

    /** What `sameboat import` does with the files: read them, parse them on the importer's threads, build the model. */
    private ImportReport importAll(Project project, List<Path> files) throws Exception {
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(Source.read(file));
        }
        return new TranscriptImporter(project).importSources(sources, ImportFormat.CSV, Optional.of(CsvColumns.parse(COLUMNS)),
                (i, n, name) -> {
                    if (i % 10 == 0) {
                        log.println("parsing " + (i + 1) + "/" + n);
                    }
                });
    }

    private int autocode(ProjectIndex index, String query, Code code, Coder coder) throws Exception {
        AutoCodeCommand command = new AutoCoder(index, Clock.systemUTC()).plan(query, SearchTarget.TURNS, code, coder, CodingSpan.TURN);
        command.execute();
        for (Document document : command.documents()) {
            index.codingsChanged(document);
        }
        return command.added().size();
    }

    /** Copies of the data file, each a distinct set of documents, until the wanted size is reached. */
    private List<Path> replicate() throws IOException {
        Path corpus = options.work().resolve("corpus");
        Files.createDirectories(corpus);
        long size = Files.size(options.data());
        int copies = (int) Math.ceil(options.megabytes() * 1e6 / size);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            Path copy = corpus.resolve(String.format("annomi-%03d.csv", i));
            if (!Files.exists(copy)) {
                Files.copy(options.data(), copy);
            }
            files.add(copy);
        }
        return files;
    }

    /** How long a bare index build took, to its commit, and how many documents it wrote. */
    private record Bare(long nanos, long docs) {
    }

    /**
     * What a plain Lucene program does with the same corpus: the same read and parse of every file (Sameboat's CSV
     * parser, on the same number of threads), then one document per utterance with its text, speaker and document,
     * through a writer set up as Sameboat's; timed to the commit, as Sameboat's build is. No model, no save.
     */
    private Bare bareIndex(List<Path> files, Path folder, int threads) throws Exception {
        AtomicLong docs = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        Optional<CsvColumns> columns = Optional.of(CsvColumns.parse(COLUMNS));
        try (var directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, ProjectIndex.config(IndexWriterConfig.OpenMode.CREATE))) {
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                List<Future<Void>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                            Source source = Source.read(files.get(i));
                            for (Transcript transcript : ImportFormat.CSV.parse(source, columns)) {
                                DocumentText text = DocumentText.of(transcript.text());
                                for (Transcript.ParsedTurn turn : transcript.turns()) {
                                    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                                    doc.add(new StringField("doc", transcript.name(), Field.Store.YES));
                                    doc.add(new StringField("speaker", turn.speaker().toLowerCase(Locale.ROOT), Field.Store.YES));
                                    doc.add(new TextField("text", text.slice(turn.start(), turn.end()), Field.Store.YES));
                                    writer.addDocument(doc);
                                    docs.incrementAndGet();
                                }
                            }
                        }
                        // as Sameboat's indexing threads do, so that the commit finds little left to flush
                        writer.flushNextBuffer();
                        return null;
                    }));
                }
                for (Future<Void> worker : workers) {
                    worker.get();
                }
            }
            writer.commit();
            return new Bare(System.nanoTime() - start, docs.get());
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** One query in three forms: Sameboat's language, the bare Lucene query, and a scan of the model. */
    private record Case(String name, String query, Optional<Query> bare, Optional<Within> within, Latencies.Work scan,
            String scanName) {
    }

    /** A "within n turns" relation for the bare join: both sides as Lucene queries restricted to excerpts. */
    private record Within(Query a, Query b, int turns) {
    }

    private void queries(ProjectIndex index, Project project) throws Exception {
        List<String[]> turns = new ArrayList<>();
        for (Document d : project.getDocuments()) {
            DocumentText text = DocumentText.of(d.getText());
            for (Turn t : d.getTurns()) {
                turns.add(new String[] {t.getSpeaker().getPseudonym(), text.slice(t.getStart(), t.getEnd())});
            }
        }
        Pattern drink = Pattern.compile("\\bdrink\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
        Pattern wantTo = Pattern.compile("\\bwant\\s+to\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
        List<Case> cases = List.of(
                new Case("term", "drink", Optional.of(new TermQuery(new Term("text", "drink"))), Optional.empty(),
                        () -> sink(turns.stream().filter(t -> drink.matcher(t[1]).find()).count()), "regex scan of turn texts"),
                new Case("phrase", "\"want to\"", Optional.of(new PhraseQuery("text", "want", "to")), Optional.empty(),
                        () -> sink(turns.stream().filter(t -> wantTo.matcher(t[1]).find()).count()), "regex scan of turn texts"),
                new Case("fielded", "drink AND speaker:client", Optional.of(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("text", "drink")), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("speaker", "client")), BooleanClause.Occur.MUST).build()), Optional.empty(),
                        () -> sink(turns.stream().filter(t -> t[0].equals("client") && drink.matcher(t[1]).find()).count()),
                        "regex scan of turn texts"),
                // a range on its own over doc values: what indexing points as well would have to beat (docs/benchmarks.md)
                new Case("number range", "turn:[1 TO 3]", Optional.of(SortedNumericDocValuesField.newSlowRangeQuery("turn", 1, 3)),
                        Optional.empty(), () -> sink(project.getDocuments().stream().mapToLong(d -> Math.min(3, d.getTurns().size())).sum()),
                        "loop over documents"),
                new Case("code", "code:\"Sharing data\"", Optional.empty(), Optional.empty(),
                        () -> sink(codings(project).stream().filter(c -> c.getCode().getName().equals("Sharing data")).count()),
                        "loop over codings"),
                new Case("coding relation", "code:\"Sharing data\" WITHIN 2 TURNS OF code:\"Mutual support\"", Optional.empty(),
                        Optional.of(new Within(excerpts("code:\"Sharing data\""), excerpts("code:\"Mutual support\""), 2)),
                        () -> sink(withinScan(project)), "loop over codings"));

        int iterations = options.iterations();
        int scans = Math.max(10, iterations / 10);
        out.printf("### Query latency (ms; Lucene: %d runs after 20 warm-up, scans: %d runs after 3)%n%n", iterations, scans);
        out.println("Sameboat: `CorpusSearch.search(query, AUTO, 20)` (parse, exact total, top 20 with matched ranges and fragments, "
                + "what the workbench shows); with counts: the same and counts per code, speaker and document (what `sameboat search` "
                + "prints). Bare: the same Lucene query on the same index, `IndexSearcher.search(query, 20)` (top 20 document numbers, "
                + "total counted up to 1,000) and with an exact total (the same top 20, then `IndexSearcher.count` when more than 1,000 match); "
                + "for the relation, a plain Lucene join over doc values (`BareWithinJoin`).");
        out.println();
        out.println("| query | hits | Sameboat p50 | p99 | with counts p50 | p99 | bare top 20 p50 | p99 | bare, exact total p50 | p99 "
                + "| scan p50 | p99 | scan |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        CorpusSearch search = new CorpusSearch(index);
        for (Case c : cases) {
            log.println("query " + c.name());
            long total = search.search(c.query(), SearchTarget.AUTO, 20).total();
            // the bare searcher runs the very Lucene query Sameboat runs, on Sameboat's index; a coding relation is a
            // join, not one Lucene query, so it has no bare counterpart. All forms take turns, run by run.
            Optional<Query> lucene = CorpusSearch.luceneQuery(c.query(), SearchTarget.AUTO);
            List<Latencies.Work> works = new ArrayList<>(List.of(() -> search.search(c.query(), SearchTarget.AUTO, 20),
                    () -> search.search(c.query(), SearchTarget.AUTO, 20, true)));
            lucene.ifPresent(q -> {
                works.add(() -> index.withSearcher(searcher -> searcher.search(q, 20)));
                works.add(() -> index.withSearcher(searcher -> exactTop20(searcher, q)));
            });
            // the relation has no one Lucene query; plain Lucene answers it with a join of its own (exact by nature)
            c.within().ifPresent(w -> works.add(() -> index.withSearcher(searcher -> {
                BareWithinJoin.Result joined = BareWithinJoin.run(searcher, w.a(), w.b(), w.turns());
                sink(joined.total() + joined.top().size());
                if (joined.total() != total) {
                    throw new IllegalStateException("the bare join found " + joined.total() + " excerpts, Sameboat " + total);
                }
                return joined;
            })));
            List<Latencies> times = Latencies.interleaved(20, iterations, works);
            Latencies ours = times.get(0);
            Latencies counted = times.get(1);
            Optional<Latencies> top20 = lucene.map(q -> times.get(2));
            Optional<Latencies> exact = lucene.isPresent() ? Optional.of(times.get(3)) : c.within().map(w -> times.get(2));
            Latencies scan = Latencies.measure(3, scans, c.scan());
            out.printf("| %s `%s` | %d | %s | %s | %s | %s | %.1f | %.1f | %s |%n", c.name(), c.query(), total, percentiles(Optional.of(ours)),
                    percentiles(Optional.of(counted)), percentiles(top20), percentiles(exact), scan.percentile(50), scan.percentile(99),
                    c.scanName());
        }
        out.println();
        bareIndexQueries(cases, iterations);
    }

    /**
     * The top 20 and the exact number of matches, the way plain Lucene gets both cheapest: the top hits with
     * Lucene's default early termination, then a count (which scores nothing) when there were more than it counted.
     */
    private long exactTop20(IndexSearcher searcher, Query query) throws IOException {
        long total = exactTotal(searcher, query, searcher.search(query, 20));
        sink(total);
        return total;
    }

    private static long exactTotal(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(query);
    }

    private static Query excerpts(String query) throws Exception {
        return CorpusSearch.luceneQuery(query, SearchTarget.EXCERPTS).orElseThrow();
    }

    private static String percentiles(Optional<Latencies> times) {
        return times.map(t -> String.format("%.2f | %.2f", t.percentile(50), t.percentile(99))).orElse("n/a | n/a");
    }

    /**
     * The word queries on the bare index, which holds one plain document per row with its text stored: the top 20
     * alone, and the answer Sameboat's search gives put together from stock Lucene (exact total, the 20 hits'
     * stored fields, their matches highlighted by the UnifiedHighlighter, which analyses the text again: the bare
     * index has no offsets).
     */
    private void bareIndexQueries(List<Case> cases, int iterations) throws Exception {
        out.println("Bare index (one document per CSV row: text, speaker and document stored; no doc values). \"Same answer\" = "
                + "exact total + the top 20's stored fields + their fragments from Lucene's `UnifiedHighlighter`:");
        out.println();
        out.println("| query | hits | bare top 20 p50 | p99 | bare, same answer p50 | p99 |");
        out.println("|---|---:|---:|---:|---:|---:|");
        try (var directory = FSDirectory.open(options.work().resolve("bare-index")); DirectoryReader reader = DirectoryReader.open(directory);
                var analyzer = CorpusAnalyzer.words()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(Integer.MAX_VALUE - 1).build();
            for (Case c : cases) {
                if (c.bare().isEmpty()) {
                    continue;
                }
                Query query = c.bare().get();
                int count = searcher.count(query);
                List<Latencies> times = Latencies.interleaved(20, iterations, List.of(() -> searcher.search(query, 20), () -> {
                    TopDocs top = searcher.search(query, 20);
                    sink(exactTotal(searcher, query, top));
                    StoredFields stored = searcher.storedFields();
                    for (ScoreDoc hit : top.scoreDocs) {
                        sink(stored.document(hit.doc).get("doc").length());
                    }
                    for (String fragment : highlighter.highlight("text", query, top)) {
                        sink(fragment == null ? 0 : fragment.length());
                    }
                }));
                Latencies top20 = times.get(0);
                Latencies same = times.get(1);
                out.printf("| %s `%s` | %d | %s | %s |%n", c.name(), c.query(), count, percentiles(Optional.of(top20)),
                        percentiles(Optional.of(same)));
            }
        }
        out.println();
    }

    private static List<Coding> codings(Project project) {
        List<Coding> all = new ArrayList<>();
        project.getDocuments().forEach(d -> all.addAll(d.getCodings()));
        return all;
    }

    /** Excerpts coded Sharing data within 2 turns of one coded Mutual support, by a loop over the model. */
    private static long withinScan(Project project) {
        long found = 0;
        for (Document d : project.getDocuments()) {
            List<int[]> a = new ArrayList<>();
            List<int[]> b = new ArrayList<>();
            for (Coding c : d.getCodings()) {
                int turn = Turns.indexAt(d.getTurns(), c.getStart());
                if (c.getCode().getName().equals("Sharing data")) {
                    a.add(new int[] {turn});
                } else if (c.getCode().getName().equals("Mutual support")) {
                    b.add(new int[] {turn});
                }
            }
            for (int[] x : a) {
                if (b.stream().anyMatch(y -> x[0] >= 0 && y[0] >= 0 && Math.abs(x[0] - y[0]) <= 2)) {
                    found++;
                }
            }
        }
        return found;
    }

    private void sink(long value) {
        sunk += value;
    }
}
