package org.sameboat.corpus.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Source formats a user can name on import; AUTO picks one per file. */
public enum ImportFormat {
    AUTO, TXT, TURNS;

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

    /** Parses one source in this format (AUTO picks the format from the text). */
    public Transcript parse(Source source) throws ImportException {
        return parserFor(source).parse(source);
    }

    /** The parser for one source; AUTO looks at the text. */
    TranscriptParser parserFor(Source source) throws ImportException {
        return switch (this) {
            case TXT -> new PlainTextParser();
            case TURNS -> new TurnTextParser();
            case AUTO -> TurnTextParser.looksLikeTurns(SourceDecoder.decode(source)) ? new TurnTextParser() : new PlainTextParser();
        };
    }
}
