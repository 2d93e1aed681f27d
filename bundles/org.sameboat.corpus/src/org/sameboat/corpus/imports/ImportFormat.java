package org.sameboat.corpus.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Source formats a user can name on import; AUTO picks one per file. */
public enum ImportFormat {
    AUTO, TXT, TURNS, VTT, SRT, CSV;

    /** The format named on a command line, e.g. "turns". */
    public static ImportFormat named(String name) {
        for (ImportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; use one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /**
     * The format of one source: the named one, or for AUTO the one its extension says (.vtt, .srt, .csv), else
     * turns when most lines look like 'Name: utterance', else plain text.
     */
    public ImportFormat resolve(Source source) throws ImportException {
        if (this != AUTO) {
            return this;
        }
        String name = source.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".vtt")) {
            return VTT;
        }
        if (name.endsWith(".srt")) {
            return SRT;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        return TurnTextParser.looksLikeTurns(SourceDecoder.decode(source)) ? TURNS : TXT;
    }

    /** Parses one source in this format; a CSV table may hold several documents. */
    public List<Transcript> parse(Source source, Optional<CsvColumns> columns) throws ImportException {
        return parserFor(source, columns).parse(source);
    }

    /** The parser for one source; CSV needs a column mapping. */
    TranscriptParser parserFor(Source source, Optional<CsvColumns> columns) throws ImportException {
        return switch (resolve(source)) {
            case TXT -> new PlainTextParser();
            case TURNS -> new TurnTextParser();
            case VTT -> new SubtitleParser(SubtitleParser.Dialect.WEBVTT);
            case SRT -> new SubtitleParser(SubtitleParser.Dialect.SRT);
            case CSV -> new CsvUtteranceParser(columns.orElseThrow(() -> new ImportException(source.name()
                    + ": an utterance table needs a column mapping, e.g. --csv-columns doc=transcript_id,speaker=interlocutor,"
                    + "time=timestamp,text=utterance_text")));
            case AUTO -> throw new IllegalStateException("resolve never answers AUTO");
        };
    }
}
