package org.sameboat.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sameboat.corpus.imports.CsvColumns;
import org.sameboat.corpus.imports.CsvUtteranceParser;
import org.sameboat.corpus.imports.Source;
import org.sameboat.corpus.imports.Transcript;

/**
 * The whole AnnoMI corpus from the shared test data beside the checkout. Not part of {@code ./mvnw verify}, which
 * runs on the slice in this bundle's resources; {@code ./mvnw -Pshared-data verify} runs it where the folder exists.
 */
@Tag("shared-data")
class AnnoMiFullCorpusTest {

    private static final CsvColumns ANNOMI = CsvColumns.parse("doc=transcript_id,speaker=interlocutor,time=timestamp,text=utterance_text");

    private static List<Transcript> corpus() throws Exception {
        return new CsvUtteranceParser(ANNOMI).parse(Source.read(Sources.sharedData().resolve("annomi/AnnoMI-simple.csv")));
    }

    @Test
    void everyTranscriptAndEveryUtteranceOfAnnoMiIsImported() throws Exception {
        // 133 transcripts and 9,699 utterances, as the AnnoMI README states
        List<Transcript> transcripts = corpus();
        assertEquals(133, transcripts.size());
        assertEquals(9699, transcripts.stream().mapToInt(t -> t.turns().size()).sum());
        assertEquals("AnnoMI-simple-0", transcripts.get(0).name());
    }

    @Test
    void theOneMistypedTimeOfTheCorpusIsTheOnlyWarning() throws Exception {
        List<String> warnings = corpus().stream().flatMap(t -> t.warnings().stream()).toList();
        assertEquals(List.of("AnnoMI-simple.csv line 2441: '00:09:025' in column 'timestamp' is not a time (h:mm:ss or mm:ss); "
                + "the turn is kept without a time"), warnings);
    }
}
