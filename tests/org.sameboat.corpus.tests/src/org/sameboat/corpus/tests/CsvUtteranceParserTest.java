package org.sameboat.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sameboat.corpus.imports.CsvColumns;
import org.sameboat.corpus.imports.CsvUtteranceParser;
import org.sameboat.corpus.imports.ImportException;
import org.sameboat.corpus.imports.Transcript;
import org.sameboat.model.SpeakerRole;

class CsvUtteranceParserTest {

    private static final CsvColumns ANNOMI = CsvColumns.parse("doc=transcript_id,speaker=interlocutor,time=timestamp,text=utterance_text");
    private static final CsvColumns SMALL = CsvColumns.parse("doc=d,speaker=who,text=said,time=at,role=role");

    private static List<Transcript> small(String csv) throws ImportException {
        return new CsvUtteranceParser(SMALL).parse(Sources.utf8("t.csv", csv));
    }

    // The slice's counts (5 transcripts, 195 rows) were taken from the file itself, not from this parser:
    // awk -F, 'NR>1 && /^[0-9]+,(high|low),/ {n++; if (!($1 in t)) {t[$1]; d++}} END {print d, n}' AnnoMI-slice.csv
    // (a row starts with its transcript id and quality; the one line break inside a cell is followed by "making").
    // The same count on the full AnnoMI-simple.csv gives 133 and 9,699, the figures its README states.
    @Test
    void annoMiBecomesOneDocumentPerTranscriptWithARowPerTurn() throws Exception {
        List<Transcript> transcripts = new CsvUtteranceParser(ANNOMI).parse(Sources.resource("annomi/AnnoMI-slice.csv"));
        assertEquals(List.of("AnnoMI-slice-0", "AnnoMI-slice-3", "AnnoMI-slice-38", "AnnoMI-slice-59", "AnnoMI-slice-114"),
                transcripts.stream().map(Transcript::name).toList());
        assertEquals(195, transcripts.stream().mapToInt(t -> t.turns().size()).sum());
        Transcript first = transcripts.get(0);
        assertEquals("therapist", first.turns().get(0).speaker());
        assertEquals(Optional.of(13_000L), first.turns().get(0).timeMillis());
        assertTrue(Sources.said(first, 0).startsWith("Thanks for filling it out."), Sources.said(first, 0));
        assertEquals("Sure.", Sources.said(first, 1));
        assertTrue(first.text().startsWith("[0:00:13] therapist: Thanks for filling it out."));
    }

    @Test
    void aLineBreakInsideAnAnnoMiCellStaysInsideItsTurn() throws Exception {
        // transcript 114, utterance 18 (line 191-192 of the slice) is the only quoted cell with a line break
        Transcript t = new CsvUtteranceParser(ANNOMI).parse(Sources.resource("annomi/AnnoMI-slice.csv")).get(4);
        assertEquals(24, t.turns().size());
        assertEquals("therapist", t.turns().get(18).speaker());
        assertEquals("In what ways might your life be better if you succeed in \nmaking the changes you mentioned?", Sources.said(t, 18));
    }

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaks() throws ImportException {
        Transcript t = small("d,who,at,said,role\n1,Ruth,00:01,\"Well, \"\"fine\"\"\nreally\",member\n1,Dana,00:05,Good.,worker\n").get(0);
        assertEquals("Well, \"fine\"\nreally", Sources.said(t, 0));
        assertEquals(Map.of("Ruth", SpeakerRole.MEMBER, "Dana", SpeakerRole.WORKER), t.roles());
    }

    @Test
    void aMissingColumnIsNamedWithTheHeaderThatWasFound() {
        ImportException e = assertThrows(ImportException.class, () -> small("d,who,said\n1,Ruth,Hi\n"));
        assertEquals("t.csv line 1: no column 'at'; the header has d, who, said", e.getMessage());
    }

    @Test
    void aBadTimeIsAWarningNamingItsLineCountingLineBreaksInsideCells() throws ImportException {
        Transcript t = small("d,who,at,said,role\n1,Ruth,00:01,\"two\nlines\",member\n1,Dana,soon,Hi,worker\n").get(0);
        assertEquals(List.of("t.csv line 4: 'soon' in column 'at' is not a time (h:mm:ss or mm:ss); the turn is kept without a time"),
                t.warnings());
        assertEquals(Optional.empty(), t.turns().get(1).timeMillis());
    }

    @Test
    void annoMiHasOneMistypedTimeAndItIsReportedNotFatal() throws Exception {
        // line 139 of the slice, found with: grep -n '00:09:025' AnnoMI-slice.csv
        List<String> warnings = new CsvUtteranceParser(ANNOMI).parse(Sources.resource("annomi/AnnoMI-slice.csv")).stream()
                .flatMap(t -> t.warnings().stream()).toList();
        assertEquals(List.of("AnnoMI-slice.csv line 139: '00:09:025' in column 'timestamp' is not a time (h:mm:ss or mm:ss); "
                + "the turn is kept without a time"), warnings);
    }

    @Test
    void rowsOfOneDocumentMustBeTogether() {
        ImportException e = assertThrows(ImportException.class,
                () -> small("d,who,at,said,role\n1,Ruth,,Hi,member\n2,Dana,,Hi,worker\n1,Ruth,,Again,member\n"));
        assertTrue(e.getMessage().startsWith("t.csv line 4: rows of document '1' are not together (it started at line 2)"), e.getMessage());
    }

    @Test
    void anUnknownRoleIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> small("d,who,at,said,role\n1,Ruth,,Hi,boss\n"));
        assertTrue(e.getMessage().startsWith("t.csv line 2: role 'boss' is not one of"), e.getMessage());
    }

    @Test
    void aRowWithTooFewFieldsIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> small("d,who,at,said,role\n1,Ruth,,Hi\n"));
        assertEquals("t.csv line 2: row has 4 fields but the header has 5", e.getMessage());
    }

    @Test
    void anUnclosedQuoteNamesTheFileAndTheLineWhereReadingStopped() {
        ImportException e = assertThrows(ImportException.class,
                () -> small("d,who,at,said,role\n1,Ruth,,Hi,member\n1,Dana,,\"never closed,worker\n"));
        assertTrue(e.getMessage().startsWith("t.csv: not a readable CSV table ("), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void theColumnMappingNamesWhatIsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvColumns.parse("doc=a,text=b"));
        assertEquals("the column mapping needs speaker=COLUMN", e.getMessage());
    }
}
