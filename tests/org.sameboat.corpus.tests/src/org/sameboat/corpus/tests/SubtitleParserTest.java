package org.sameboat.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sameboat.corpus.imports.ImportException;
import org.sameboat.corpus.imports.SubtitleParser;
import org.sameboat.corpus.imports.SubtitleParser.Dialect;
import org.sameboat.corpus.imports.Transcript;

class SubtitleParserTest {

    private static Transcript vtt(String text) throws ImportException {
        return new SubtitleParser(Dialect.WEBVTT).parse(Sources.utf8("s.vtt", text)).get(0);
    }

    private static Transcript srt(String text) throws ImportException {
        return new SubtitleParser(Dialect.SRT).parse(Sources.utf8("s.srt", text)).get(0);
    }

    @Test
    void voiceTagsNameTheSpeakerAndTheirMarkupIsDropped() throws ImportException {
        Transcript t = vtt("""
                WEBVTT - group session

                NOTE transcribed by hand
                spanning two lines

                1
                00:00:01.000 --> 00:00:04.000 align:start
                <v Ruth>I nearly <i>didn't</i> come.</v>

                00:01:05.500 --> 00:01:08.000
                <v.loud Dana>Welcome &amp; thank you.
                """);
        assertEquals(List.of("Ruth", "Dana"), t.turns().stream().map(Transcript.ParsedTurn::speaker).toList());
        assertEquals("I nearly didn't come.", Sources.said(t, 0));
        assertEquals("Welcome & thank you.", Sources.said(t, 1));
        assertEquals(Optional.of(65_500L), t.turns().get(1).timeMillis());
    }

    @Test
    void cuesWithoutASpeakerContinueThePreviousOne() throws ImportException {
        Transcript t = vtt("""
                WEBVTT

                00:01.000 --> 00:03.000
                <v Ruth>It was a long

                00:03.000 --> 00:05.000
                week, honestly.
                """);
        assertEquals(1, t.turns().size());
        assertEquals("It was a long week, honestly.", Sources.said(t, 0));
        assertEquals(Optional.of(1_000L), t.turns().get(0).timeMillis());
    }

    @Test
    void theDocumentTextShowsTimeAndSpeakerAroundEachUtterance() throws ImportException {
        Transcript t = vtt("WEBVTT\n\n00:00:02.000 --> 00:00:03.000\n<v Ruth>Hello.\n");
        assertEquals("[0:00:02] Ruth: Hello.", t.text());
    }

    @Test
    void aFileWithoutTheWebVttHeaderIsRefusedAtLineOne() {
        ImportException e = assertThrows(ImportException.class, () -> vtt("00:00:01.000 --> 00:00:02.000\nHi\n"));
        assertEquals("s.vtt line 1: a WebVTT file must start with the line 'WEBVTT'", e.getMessage());
    }

    @Test
    void aBrokenTimingNamesItsLine() {
        ImportException e = assertThrows(ImportException.class,
                () -> vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n\ncue-2\n00:00:03 -> 00:00:04\nThere\n"));
        assertTrue(e.getMessage().startsWith("s.vtt line 7: expected a cue timing"), e.getMessage());
    }

    @Test
    void srtCuesAreNumberedAndNamePrefixesGiveSpeakers() throws ImportException {
        Transcript t = srt("""
                7
                00:00:01,000 --> 00:00:02,500
                Ruth: I nearly didn't come.

                8
                00:00:03,000 --> 00:00:05,000
                - Dana: Glad you did.
                - Marcus: Me too.
                """);
        assertEquals(List.of("Ruth", "Dana", "Marcus"), t.turns().stream().map(Transcript.ParsedTurn::speaker).toList());
        assertEquals("Glad you did.", Sources.said(t, 1));
        assertEquals(Optional.of(3_000L), t.turns().get(2).timeMillis());
    }

    @Test
    void anSrtCueWithoutItsNumberIsAnErrorOnThatLine() {
        ImportException e = assertThrows(ImportException.class,
                () -> srt("1\n00:00:01,000 --> 00:00:02,000\nHi\n\n00:00:03,000 --> 00:00:04,000\nThere\n"));
        assertEquals("s.srt line 5: cue timing without a cue number before it", e.getMessage());
    }

    @Test
    void anSrtCueNumberThatIsNotANumberIsAnError() {
        ImportException e = assertThrows(ImportException.class, () -> srt("one\n00:00:01,000 --> 00:00:02,000\nHi\n"));
        assertEquals("s.srt line 1: expected a cue number, found 'one'", e.getMessage());
    }

    @Test
    void srtTimesNeedTheCommaDecimalSign() {
        ImportException e = assertThrows(ImportException.class, () -> srt("1\n00:00:01.000 --> 00:00:02.000\nHi\n"));
        assertTrue(e.getMessage().startsWith("s.srt line 2:"), e.getMessage());
    }

    @Test
    void aCueThatEndsBeforeItStartsIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> srt("1\n00:00:05,000 --> 00:00:02,000\nHi\n"));
        assertEquals("s.srt line 2: the cue ends before it starts", e.getMessage());
    }

    @Test
    void subtitlesWithoutAnySpeakerGetOneUnnamedSpeaker() throws ImportException {
        Transcript t = srt("1\n00:00:01,000 --> 00:00:02,000\nHello there.\n");
        assertEquals("Speaker", t.turns().get(0).speaker());
    }
}
