package org.sameboat.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.corpus.search.AutoCodeCommand;
import org.sameboat.corpus.search.AutoCoder;
import org.sameboat.corpus.search.CodingSpan;
import org.sameboat.corpus.search.CorpusAnalyzer;
import org.sameboat.corpus.search.CorpusSearch;
import org.sameboat.corpus.search.IndexException;
import org.sameboat.corpus.search.IndexState;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.corpus.search.QuerySyntaxException;
import org.sameboat.corpus.search.SearchCounts;
import org.sameboat.corpus.search.SearchHit;
import org.sameboat.corpus.search.SearchResult;
import org.sameboat.corpus.search.SearchTarget;
import org.sameboat.corpus.search.TextRange;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.address.Addressee;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.address.Addressing;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.text.DocumentText;

class SearchTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private Project project;

    @BeforeEach
    void createSample() throws Exception {
        project = SampleProject.create(folder);
    }

    private SearchResult search(String query, SearchTarget target) throws Exception {
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            return new CorpusSearch(index).search(query, target, Integer.MAX_VALUE);
        }
    }

    private SearchCounts counts(String query, SearchTarget target, int limit) throws Exception {
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            return new CorpusSearch(index).search(query, target, limit, true).counts().orElseThrow();
        }
    }

    /** One entry per turn of the corpus: its words as the index sees them. */
    private record ScannedTurn(Document document, Turn turn, List<String> words) {
    }

    private List<ScannedTurn> scan() {
        List<ScannedTurn> all = new ArrayList<>();
        try (Analyzer analyzer = CorpusAnalyzer.words()) {
            for (Document d : project.getDocuments()) {
                DocumentText text = DocumentText.of(d.getText());
                for (Turn t : d.getTurns()) {
                    all.add(new ScannedTurn(d, t, words(analyzer, text.slice(t.getStart(), t.getEnd()))));
                }
            }
        }
        return all;
    }

    private static List<String> words(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static boolean hasPhrase(List<String> words, String... phrase) {
        return java.util.Collections.indexOfSubList(words, List.of(phrase)) >= 0;
    }

    private long bruteForce(Predicate<ScannedTurn> matches) {
        return scan().stream().filter(matches).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alone", "tired", "the", "harold", "week"})
    void termCountsEqualABruteForceScan(String word) throws Exception {
        assertEquals(bruteForce(t -> t.words().contains(word)), search(word, SearchTarget.TURNS).total());
    }

    @Test
    void phraseCountsEqualABruteForceScan() throws Exception {
        assertEquals(bruteForce(t -> hasPhrase(t.words(), "the", "group")), search("\"the group\"", SearchTarget.TURNS).total());
        assertEquals(bruteForce(t -> hasPhrase(t.words(), "i", "don't", "know")), search("\"I don't know\"", SearchTarget.TURNS).total());
    }

    @Test
    void booleanCountsEqualABruteForceScan() throws Exception {
        assertEquals(bruteForce(t -> t.words().contains("alone") || t.words().contains("tired")),
                search("alone OR tired", SearchTarget.TURNS).total());
        assertEquals(bruteForce(t -> t.words().contains("harold") && !t.words().contains("the")),
                search("+harold -the", SearchTarget.TURNS).total());
        assertEquals(bruteForce(t -> t.words().contains("i") && t.turn().getSpeaker().getPseudonym().equals("Ruth")),
                search("i AND speaker:ruth", SearchTarget.TURNS).total());
    }

    @Test
    void toFindsTheTurnsAddressedToAParticipantOrTheGroupAsTheRuleInfersThem() throws Exception {
        Map<String, Long> expected = new HashMap<>();
        for (Document d : project.getDocuments()) {
            for (Addressing a : Addressees.of(d)) {
                expected.merge(a.to().label().toLowerCase(Locale.ROOT), 1L, Long::sum);
            }
        }
        assertTrue(expected.get("group") > 0);
        assertTrue(expected.size() > 3, expected.toString());
        for (Map.Entry<String, Long> entry : expected.entrySet()) {
            assertEquals(entry.getValue(), search("to:" + entry.getKey(), SearchTarget.TURNS).total(), entry.getKey());
        }
    }

    @Test
    void toFollowsACodersAddresseeOnATurnAndOnACoding() throws Exception {
        Document d = project.getDocuments().get(1);
        Turn turn = d.getTurns().get(3);
        org.sameboat.model.Participant nobodyNamed = turn.getSpeaker();
        // a speaker addressing themself is what no rule infers, so it names exactly this turn
        Addressees.set(turn, java.util.Optional.of(new Addressee.Person(nobodyNamed)));
        Coder sam = Lookups.coderOrNew(project, "addresser");
        Coding coding = Codings.add(d, CodePaths.find(project, "Mutual support").orElseThrow(), sam, turn.getStart(),
                turn.getEnd(), CLOCK);
        Coding toGroup = Codings.add(d, CodePaths.find(project, "Sharing data").orElseThrow(), sam, turn.getStart(),
                turn.getEnd(), CLOCK);
        Addressees.set(toGroup, java.util.Optional.of(Addressee.GROUP));

        SearchResult turns = search("to:\"" + nobodyNamed.getPseudonym() + "\" AND speaker:\"" + nobodyNamed.getPseudonym() + "\"",
                SearchTarget.TURNS);
        assertEquals(1, turns.total());
        assertEquals(OptionalInt.of(4), turns.hits().get(0).turn());
        SearchResult excerpts = search("coder:addresser AND to:\"" + nobodyNamed.getPseudonym() + "\"", SearchTarget.EXCERPTS);
        assertEquals(List.of(coding.getId()), excerpts.hits().stream().map(SearchHit::id).toList());
        assertEquals(List.of(toGroup.getId()), search("coder:addresser AND to:group", SearchTarget.EXCERPTS).hits().stream()
                .map(SearchHit::id).toList());
    }

    @Test
    void thePreGroupStageIsAFieldValueLikeTheOthers() throws Exception {
        Document interview = project.getDocuments().get(0);
        interview.setStage(org.sameboat.model.Stage.PRE_GROUP);
        long preGroup = bruteForce(t -> t.document() == interview);
        assertTrue(preGroup > 0);
        assertEquals(preGroup, search("stage:pre-group", SearchTarget.TURNS).total());
        assertEquals(preGroup, search("stage:\"pre-group\"", SearchTarget.TURNS).total());
        assertEquals(bruteForce(t -> t.document().getStage() == org.sameboat.model.Stage.BEGINNING),
                search("stage:beginning", SearchTarget.TURNS).total());
    }

    @Test
    void sessionRangesAreNumericNotTextual() throws Exception {
        long inSessions = bruteForce(t -> t.document().getSession() >= 2 && t.document().getSession() <= 10);
        assertEquals(inSessions, search("session:[2 TO 10]", SearchTarget.TURNS).total());
        assertEquals(bruteForce(t -> t.document().getSession() == 3), search("session:3", SearchTarget.TURNS).total());
    }

    @Test
    void timeRangesTakeClockTimes() throws Exception {
        long early = bruteForce(t -> t.turn().getTime() != null && t.turn().getTime() >= 60_000 && t.turn().getTime() <= 120_000);
        assertTrue(early > 0);
        assertEquals(early, search("time:[0:01:00 TO 0:02:00]", SearchTarget.TURNS).total());
    }

    @Test
    void everyMatchedRangeMapsBackToTheWordsInTheSourceText() throws Exception {
        Map<String, Document> byId = new HashMap<>();
        project.getDocuments().forEach(d -> byId.put(d.getId(), d));
        SearchResult words = search("alone OR tired OR caf*", SearchTarget.TURNS);
        SearchResult phrases = search("\"the group\"", SearchTarget.TURNS);
        assertFalse(words.hits().isEmpty());
        assertFalse(phrases.hits().isEmpty());
        for (SearchHit hit : words.hits()) {
            assertFalse(hit.matches().isEmpty());
            for (TextRange m : hit.matches()) {
                String slice = DocumentText.of(byId.get(hit.documentId()).getText()).slice(m.start(), m.end()).toLowerCase(Locale.ROOT);
                assertTrue(slice.equals("alone") || slice.equals("tired") || slice.startsWith("caf"), slice);
                assertTrue(hit.range().start() <= m.start() && m.end() <= hit.range().end());
            }
        }
        for (SearchHit hit : phrases.hits()) {
            for (TextRange m : hit.matches()) {
                assertEquals("the group", DocumentText.of(byId.get(hit.documentId()).getText()).slice(m.start(), m.end())
                        .toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void rangesCountCodePointsWhenTheTextHasCharactersBeyondTheBasicPlane() throws Exception {
        Document emoji = new org.sameboat.corpus.imports.TranscriptImporter(project).importSources(
                List.of(Sources.utf8("emoji.txt", "Ana: \uD83D\uDE42\uD83D\uDE42 I felt \uD83C\uDF0A alone.\nBen: \uD83D\uDC4D alone too.\n")),
                org.sameboat.corpus.imports.ImportFormat.TURNS, (i, n, name) -> { }).documents().get(0);
        SearchResult result = search("alone AND doc:emoji", SearchTarget.TURNS);
        assertEquals(2, result.total());
        DocumentText text = DocumentText.of(emoji.getText());
        for (SearchHit hit : result.hits()) {
            assertEquals(List.of("alone"), hit.matches().stream().map(m -> text.slice(m.start(), m.end())).toList());
        }
        assertEquals("\uD83D\uDE42\uD83D\uDE42 I felt \uD83C\uDF0A «alone».", result.hits().stream()
                .filter(h -> h.speaker().orElseThrow().equals("Ana")).findFirst().orElseThrow().fragment());
    }

    @Test
    void onlyExcerptsStoreFieldsAndTurnHitsTakeTheirWordsFromTheModel() throws Exception {
        long turns = project.getDocuments().stream().mapToLong(d -> d.getTurns().size()).sum();
        long codings = project.getDocuments().stream().mapToLong(d -> d.getCodings().size()).sum();
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            long[] withStoredFields = new long[1];
            int entries = index.withSearcher(searcher -> {
                for (var leaf : searcher.getIndexReader().leaves()) {
                    var stored = leaf.reader().storedFields();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        withStoredFields[0] += stored.document(doc).getFields().isEmpty() ? 0 : 1;
                    }
                }
                return searcher.getIndexReader().numDocs();
            });
            assertEquals(turns + codings, entries);
            assertEquals(codings, withStoredFields[0]);
            // with nothing stored, a turn hit can only have its id and words from the model
            Document d = project.getDocuments().get(0);
            Turn first = d.getTurns().get(0);
            String before = d.getText();
            String words = DocumentText.of(before).slice(first.getStart(), first.getEnd());
            String firstWord = words.strip().split("\\s+")[0].replaceAll("[^\\p{L}]", "");
            SearchHit hit = new CorpusSearch(index).search("doc:\"" + d.getName() + "\" AND turn:1", SearchTarget.TURNS, 5).hits().get(0);
            assertEquals(first.getId(), hit.id());
            assertTrue(hit.fragment().contains(firstWord), hit.fragment() + " / " + firstWord);
        }
    }

    @Test
    void aHitWhoseDocumentLeftTheModelIsLeftOutRatherThanFailing() throws Exception {
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            CorpusSearch search = new CorpusSearch(index);
            SearchResult before = search.search("the", SearchTarget.TURNS, 10_000);
            Document gone = project.getDocuments().get(0);
            long inGone = before.hits().stream().filter(h -> h.documentId().equals(gone.getId())).count();
            assertTrue(inGone > 0);
            // removed from the model without telling the index, as between an edit and the index catching up
            project.getDocuments().remove(gone);
            SearchResult after = search.search("the", SearchTarget.TURNS, 10_000);
            assertEquals(before.total(), after.total());
            assertEquals(before.hits().size() - inGone, after.hits().size());
            assertTrue(after.hits().stream().noneMatch(h -> h.documentId().equals(gone.getId())));
        }
    }

    @Test
    void codeQueriesFindExcerptsOfTheCodeAndOfItsChildren() throws Exception {
        long coded = project.getDocuments().stream().flatMap(d -> d.getCodings().stream())
                .filter(c -> CodePaths.selfAndAncestors(c.getCode()).stream().anyMatch(a -> a.getName().equals("Obstacles to mutual aid")))
                .count();
        assertTrue(coded > 0);
        SearchResult result = search("code:\"Obstacles to mutual aid\"", SearchTarget.AUTO);
        assertTrue(result.excerpts());
        assertEquals(coded, result.total());
        assertEquals(coded, counts("code:\"Obstacles to mutual aid\"", SearchTarget.AUTO, 0).perCode().values().stream()
                .mapToLong(Long::longValue).sum());
    }

    @Test
    void countsPerSpeakerAndDocumentEqualABruteForceCount() throws Exception {
        Map<String, Long> perSpeaker = new TreeMap<>();
        Map<String, Long> perDocument = new TreeMap<>();
        for (ScannedTurn t : scan()) {
            if (t.words().contains("the")) {
                perSpeaker.merge(t.turn().getSpeaker().getPseudonym(), 1L, Long::sum);
                perDocument.merge(t.document().getName(), 1L, Long::sum);
            }
        }
        assertFalse(perSpeaker.isEmpty());
        // the same counts whether the hits are asked for or not, and only when asked for
        for (int limit : new int[] {0, 5}) {
            SearchCounts counts = counts("the", SearchTarget.TURNS, limit);
            assertEquals(perSpeaker, new TreeMap<>(counts.perSpeaker()));
            assertEquals(perDocument, new TreeMap<>(counts.perDocument()));
            assertTrue(counts.perCode().isEmpty());
        }
        assertTrue(search("the", SearchTarget.TURNS).counts().isEmpty());
    }

    @Test
    void overlapsFindsExactlyTheExcerptsABruteForceJoinFinds() throws Exception {
        long expected = 0;
        for (Document d : project.getDocuments()) {
            for (Coding a : d.getCodings()) {
                if (a.getCode().getName().equals("Mutual support") && d.getCodings().stream().anyMatch(b -> b != a
                        && b.getCode().getName().equals("All in the same boat") && b.getStart() < a.getEnd() && a.getStart() < b.getEnd())) {
                    expected++;
                }
            }
        }
        assertEquals(expected, search("code:\"Mutual support\" OVERLAPS code:\"All in the same boat\"", SearchTarget.AUTO).total());
    }

    @Test
    void withinTurnsIsSymmetricInDistance() throws Exception {
        SearchResult same = search("code:\"Sharing data\" WITHIN 0 TURNS OF code:\"All in the same boat\"", SearchTarget.AUTO);
        SearchResult wider = search("code:\"Sharing data\" WITHIN 3 TURNS OF code:\"All in the same boat\"", SearchTarget.AUTO);
        assertTrue(same.total() <= wider.total());
        assertTrue(wider.hits().stream().allMatch(h -> h.code().orElseThrow().equals("Mutual aid dynamics/Sharing data")
                || h.code().orElseThrow().endsWith("Sharing data")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text:\"felt alone", "speaker:(Ruth", "mood:tired", "session:three", "alone AND", "a OVERLAPS",
            "code:a OVERLAPS code:b OVERLAPS code:c", "turn:1*", "/[/", "text:/(ab/", "alone^x", ")", "AND", ":", "\\"})
    void unreadableQueriesGiveOneLineNamingAColumn(String query) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search(query, SearchTarget.AUTO));
        assertTrue(e.getMessage().startsWith("query column " + e.column() + ": "), e.getMessage());
        assertTrue(e.column() >= 1 && e.column() <= query.length() + 1, e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anUnexpectedTokenIsPointedAt() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search("alone )", SearchTarget.AUTO));
        assertEquals("query column 7: did not expect ')' here", e.getMessage());
    }

    @Test
    void anOpenQuoteIsNamed() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search("\"felt alone", SearchTarget.AUTO));
        assertEquals("query column 12: a quote is left open; close it with \"", e.getMessage());
    }

    @Test
    void anUnknownFieldIsPointedAt() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search("alone AND mood:tired", SearchTarget.AUTO));
        assertEquals(11, e.column());
    }

    @Test
    void autoCodingCodesEveryHitAsOneUndoableStep() throws Exception {
        Code code = CodePaths.find(project, "Rehearsal").orElseThrow();
        Coder coder = Lookups.coderOrNew(project, "robot");
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            long hits = new CorpusSearch(index).search("alone", SearchTarget.TURNS, 0).total();
            AutoCodeCommand command = new AutoCoder(index, CLOCK).plan("alone", SearchTarget.TURNS, code, coder, CodingSpan.MATCH);
            assertTrue(command.canExecute());
            command.execute();
            command.documents().forEach(d -> codingsChanged(index, d));
            assertTrue(command.added().size() >= hits);
            assertEquals(command.added().size(),
                    new CorpusSearch(index).search("coder:robot AND alone", SearchTarget.EXCERPTS, 0).total());
            command.undo();
            command.documents().forEach(d -> codingsChanged(index, d));
            assertEquals(0, new CorpusSearch(index).search("coder:robot", SearchTarget.EXCERPTS, 0).total());
            assertTrue(project.getDocuments().stream().flatMap(d -> d.getCodings().stream()).noneMatch(c -> c.getCoder() == coder));
        }
    }

    private static void codingsChanged(ProjectIndex index, Document document) {
        try {
            index.codingsChanged(document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anIndexRebuiltFromScratchEqualsTheIncrementallyMaintainedOne() throws Exception {
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            Document d = project.getDocuments().get(2);
            Coding coding = Codings.add(d, CodePaths.find(project, "Mutual demand").orElseThrow(), Lookups.coderOrNew(project, "kim"),
                    d.getTurns().get(3).getStart(), d.getTurns().get(3).getEnd(), CLOCK);
            index.codingChanged(coding);
            Code renamed = CodePaths.find(project, "Rehearsal").orElseThrow();
            renamed.setName("Trying it out");
            index.codeChanged(renamed);
            Coding removed = project.getDocuments().get(0).getCodings().remove(0);
            index.codingRemoved(removed.getId());
            index.commit();
            Map<String, Map<String, List<String>>> incremental = IndexContents.of(index);
            index.rebuild();
            assertEquals(incremental, IndexContents.of(index));
            assertEquals(IndexContents.expectedIds(project), incremental.keySet());
        }
    }

    @Test
    void whileAnotherWriterHoldsTheIndexItsLastCommitCanStillBeSearched() throws Exception {
        try (ProjectIndex writing = ProjectIndex.open(folder, project);
                ProjectIndex reading = ProjectIndex.openForReading(folder, project)) {
            assertFalse(writing.isReadOnly());
            assertTrue(reading.isReadOnly());
            assertEquals(new CorpusSearch(writing).search("alone", SearchTarget.TURNS, 0).total(),
                    new CorpusSearch(reading).search("alone", SearchTarget.TURNS, 0).total());
            assertThrows(IllegalStateException.class, reading::commit);
        }
    }

    @Test
    void anIndexInUseIsNotSearchedWhenItIsOutOfDate() throws Exception {
        try (ProjectIndex writing = ProjectIndex.open(folder, project)) {
            Document d = project.getDocuments().get(0);
            Codings.add(d, CodePaths.find(project, "Mutual demand").orElseThrow(), Lookups.coderOrNew(project, "kim"),
                    d.getTurns().get(0).getStart(), d.getTurns().get(0).getEnd(), CLOCK);
            IndexException e = assertThrows(IndexException.class, () -> ProjectIndex.openForReading(folder, project));
            assertTrue(e.getMessage().contains("is in use by another Sameboat and does not reflect this version"), e.getMessage());
        }
    }

    @Test
    void aNewIndexIsBuiltAndThenReused() throws Exception {
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            assertEquals(IndexState.MISSING, index.state());
        }
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            assertEquals(IndexState.CURRENT, index.state());
        }
    }

    @Test
    void anIndexOfAnOlderModelIsRebuiltOnOpen() throws Exception {
        ProjectIndex.open(folder, project).close();
        Document d = project.getDocuments().get(0);
        Codings.add(d, CodePaths.find(project, "Mutual demand").orElseThrow(), Lookups.coderOrNew(project, "kim"),
                d.getTurns().get(0).getStart(), d.getTurns().get(0).getEnd(), CLOCK);
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            assertEquals(IndexState.STALE, index.state());
            assertEquals(1, new CorpusSearch(index).search("coder:kim", SearchTarget.EXCERPTS, 1).total());
        }
    }

    @Test
    void oneDamagedByteInsideTheIndexIsFoundOnOpen() throws Exception {
        long before = search("alone", SearchTarget.TURNS).total();
        Path largest;
        try (var files = Files.list(folder.resolve(ProjectIndex.FOLDER))) {
            largest = files.max(java.util.Comparator.comparingLong(SearchTest::size)).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(largest, bytes);
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            assertEquals(IndexState.CORRUPT, index.state());
            assertEquals(before, new CorpusSearch(index).search("alone", SearchTarget.TURNS, 0).total());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCorruptIndexIsRebuiltOnOpen() throws Exception {
        long before = search("alone", SearchTarget.TURNS).total();
        try (var files = Files.list(folder.resolve(ProjectIndex.FOLDER))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            assertEquals(IndexState.CORRUPT, index.state());
            assertEquals(before, new CorpusSearch(index).search("alone", SearchTarget.TURNS, 0).total());
        }
    }
}
