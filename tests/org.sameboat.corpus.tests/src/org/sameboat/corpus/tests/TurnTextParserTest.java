package org.sameboat.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sameboat.corpus.imports.ImportException;
import org.sameboat.corpus.imports.Source;
import org.sameboat.corpus.imports.Transcript;
import org.sameboat.corpus.imports.TurnTextParser;

class TurnTextParserTest {

    private static Transcript read(String text) throws ImportException {
        return new TurnTextParser().read(Sources.utf8("s.txt", text));
    }

    @Test
    void headerLinesGiveSessionMetadataAndTitle() throws ImportException {
        Transcript t = read("""
                #title: Evening group
                #group: Caregivers' Circle
                #session: 3
                #date: 2025-02-04
                #stage: Middle
                #worker: Dana

                Dana: Welcome back.
                """);
        assertEquals("Evening group", t.name());
        assertEquals(Optional.of("Caregivers' Circle"), t.metadata().group());
        assertEquals(Optional.of(3), t.metadata().session());
        assertEquals(Optional.of("2025-02-04"), t.metadata().date());
        assertEquals(Optional.of("middle"), t.metadata().stage());
        assertEquals(Set.of("Dana"), t.metadata().workers());
    }

    @Test
    void aHeaderHoldingALineSeparatorCharacterIsStillAHeader() throws ImportException {
        Transcript t = read("#title: Evening\u2028group\n#session: 2\nDana: Welcome back.\n");
        assertEquals("Evening\u2028group", t.name());
        assertEquals(Optional.of(2), t.metadata().session());
    }

    @Test
    void thePreGroupStageIsReadFromTheHeader() throws ImportException {
        assertEquals(Optional.of("pre-group"), read("#stage: Pre-Group\nDana: Thanks for meeting me before the group starts.\n").metadata().stage());
    }

    @Test
    void anUnknownStageNamesTheFourStages() {
        ImportException e = assertThrows(ImportException.class, () -> read("#stage: intake\nDana: Hi\n"));
        assertEquals("s.txt line 1: stage 'intake' must be pre-group, beginning, middle or ending", e.getMessage());
    }

    @Test
    void anUnknownHeaderNamesItsLine() {
        ImportException e = assertThrows(ImportException.class, () -> read("#title: x\n#mood: tired\nDana: Hi\n"));
        assertEquals("s.txt line 2: unknown header '#mood'; known headers: date, group, session, stage, title, worker", e.getMessage());
    }

    @Test
    void timestampsInBracketsBecomeTurnTimes() throws ImportException {
        Transcript t = read("[00:01:10] Dana: Welcome.\n[1:02:03.5] Ruth: Thanks.\nLena: No time here.\n");
        assertEquals(List.of(Optional.of(70_000L), Optional.of(3_723_500L), Optional.<Long>empty()),
                t.turns().stream().map(Transcript.ParsedTurn::timeMillis).toList());
    }

    @Test
    void anImpossibleTimeNamesItsLine() {
        ImportException e = assertThrows(ImportException.class, () -> read("Dana: Hi\n[00:99:10] Ruth: Hm.\n"));
        assertEquals("s.txt line 2: '00:99:10' is not a time; write [h:mm:ss]", e.getMessage());
    }

    @Test
    void continuationLinesBelongToTheTurnAboveThem() throws ImportException {
        Transcript t = read("Ruth: I nearly didn't come.\nThe car would not start.\n\nDana: Glad you did.\n");
        assertEquals(2, t.turns().size());
        assertEquals("I nearly didn't come.\nThe car would not start.", Sources.said(t, 0));
        assertEquals("Glad you did.", Sources.said(t, 1));
    }

    @Test
    void crlfAndAByteOrderMarkAreNormalisedAwayBeforeOffsetsAreCounted() throws ImportException {
        Transcript t = new TurnTextParser().read(new Source("w.txt",
                "\uFEFFDana: Hi \uD83D\uDE42 all.\r\nRuth: Hello.\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Dana: Hi \uD83D\uDE42 all.\nRuth: Hello.\n", t.text());
        assertEquals("Hello.", Sources.said(t, 1));
        // the emoji is one code point: "Dana: Hi X all.\n" is 16 code points, so Ruth's words start at 16 + 6
        assertEquals(22, t.turns().get(1).start());
    }

    @Test
    void invalidUtf8NamesTheLineItIsOn() {
        byte[] bytes = "Dana: Hi\nRuth: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> new TurnTextParser().read(new Source("latin1.txt", bytes)));
        assertEquals("latin1.txt line 2: invalid UTF-8 byte 0xE9; save the file as UTF-8 and import it again", e.getMessage());
    }

    @Test
    void aFileWithoutTurnsIsRefusedWithAHint() {
        ImportException e = assertThrows(ImportException.class, () -> read("just some notes\nwithout speakers\n"));
        assertEquals("s.txt line 1: no speaker turns found; turns look like 'Name: what was said' (import it as plain text with --format txt)",
                e.getMessage());
    }
}
