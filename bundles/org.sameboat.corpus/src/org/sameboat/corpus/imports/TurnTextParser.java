package org.sameboat.corpus.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sameboat.model.text.DocumentText;

/**
 * Speaker-turn text, the form most transcribers type:
 * <pre>
 * #group: Caregivers' Circle        optional header lines: title, group, session, date, stage, worker
 * #session: 3
 * #worker: Dana
 *
 * [00:01:10] Dana: Welcome back.     a turn: optional [h:mm:ss] time, speaker, colon, utterance
 * Ruth: I nearly didn't come.
 * and this line continues Ruth's turn.
 * </pre>
 * The document keeps the whole text; a turn's range covers its utterance, continuation lines included.
 */
public final class TurnTextParser implements TranscriptParser {

    // DOTALL: the text is split into lines already, and without it '.' stops at U+2028 and U+0085, so a header
    // holding one was taken for text
    private static final Pattern HEADER = Pattern.compile("#\\s*([A-Za-z]+)\\s*:\\s*(.*)", Pattern.DOTALL);
    private static final Pattern TURN = Pattern.compile(
            "(?:\\[(\\d{1,2}(?::\\d{1,2}){1,2}(?:[.,]\\d{1,3})?)\\]\\s*)?(\\p{L}[^:\\[\\]\\n]{0,39}?)\\s*:(?:\\s+|$)");
    private static final Set<String> HEADER_KEYS = Set.of("title", "group", "session", "date", "stage", "worker");

    @Override
    public List<Transcript> parse(Source source) throws ImportException {
        return List.of(read(source));
    }

    /** The one transcript a file of this format holds. */
    public Transcript read(Source source) throws ImportException {
        String text = SourceDecoder.decode(source);
        DocumentText offsets = DocumentText.of(text);
        Header header = new Header();
        List<Transcript.ParsedTurn> turns = new ArrayList<>();
        OpenTurn open = null;
        boolean inHeader = true;
        int lineNumber = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            lineNumber++;
            Matcher headerLine = HEADER.matcher(line);
            if (inHeader && headerLine.matches()) {
                header.put(source.name(), lineNumber, headerLine.group(1), headerLine.group(2).strip());
            } else if (!line.isBlank()) {
                inHeader = false;
                Matcher turn = TURN.matcher(line);
                if (turn.lookingAt()) {
                    if (open != null) {
                        turns.add(open.close(offsets));
                    }
                    Optional<Long> time = Optional.empty();
                    if (turn.group(1) != null) {
                        long millis = Timestamps.parseMillis(turn.group(1));
                        if (millis < 0) {
                            throw ImportException.at(source.name(), lineNumber, "'" + turn.group(1) + "' is not a time; write [h:mm:ss]");
                        }
                        time = Optional.of(millis);
                    }
                    open = new OpenTurn(turn.group(2).strip(), lineStart + turn.end(), lineEnd, time);
                } else if (open != null) {
                    open.extendTo(lineEnd);
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (open != null) {
            turns.add(open.close(offsets));
        }
        if (turns.isEmpty()) {
            throw ImportException.at(source.name(), 1, "no speaker turns found; turns look like 'Name: what was said' "
                    + "(import it as plain text with --format txt)");
        }
        String name = header.title != null ? header.title : source.baseName();
        return new Transcript(source.name(), name, text, turns, header.metadata());
    }

    /** Whether a text looks like speaker turns: most of its non-blank, non-header lines start with a speaker. */
    public static boolean looksLikeTurns(String text) {
        int lines = 0;
        int turns = 0;
        for (String line : text.lines().limit(400).toList()) {
            if (line.isBlank() || HEADER.matcher(line).matches()) {
                continue;
            }
            lines++;
            if (TURN.matcher(line).lookingAt()) {
                turns++;
            }
        }
        return lines > 0 && turns * 2 >= lines;
    }

    private static final class OpenTurn {
        private final String speaker;
        private final int start;
        private final Optional<Long> time;
        private int end;

        OpenTurn(String speaker, int start, int end, Optional<Long> time) {
            this.speaker = speaker;
            this.start = Math.min(start, end);
            this.end = end;
            this.time = time;
        }

        void extendTo(int lineEnd) {
            end = lineEnd;
        }

        Transcript.ParsedTurn close(DocumentText offsets) {
            return new Transcript.ParsedTurn(speaker, offsets.codePointOffset(start), offsets.codePointOffset(end), time);
        }
    }

    private static final class Header {
        private String title;
        private String group;
        private Integer session;
        private String date;
        private String stage;
        private final Set<String> workers = new LinkedHashSet<>();

        void put(String file, int line, String rawKey, String value) throws ImportException {
            String key = rawKey.toLowerCase(java.util.Locale.ROOT);
            if (!HEADER_KEYS.contains(key)) {
                throw ImportException.at(file, line, "unknown header '#" + rawKey + "'; known headers: " + String.join(", ", HEADER_KEYS.stream().sorted().toList()));
            }
            switch (key) {
                case "title" -> title = value;
                case "group" -> group = value;
                case "session" -> {
                    try {
                        session = Integer.valueOf(value);
                    } catch (NumberFormatException e) {
                        throw ImportException.at(file, line, "session '" + value + "' is not a whole number");
                    }
                }
                case "date" -> {
                    try {
                        date = java.time.LocalDate.parse(value).toString();
                    } catch (java.time.format.DateTimeParseException e) {
                        throw ImportException.at(file, line, "date '" + value + "' is not yyyy-mm-dd");
                    }
                }
                case "stage" -> {
                    String lower = value.toLowerCase(java.util.Locale.ROOT);
                    if (!Set.of("pre-group", "beginning", "middle", "ending").contains(lower)) {
                        throw ImportException.at(file, line, "stage '" + value + "' must be pre-group, beginning, middle or ending");
                    }
                    stage = lower;
                }
                default -> {
                    for (String worker : value.split(",")) {
                        if (!worker.isBlank()) {
                            workers.add(worker.strip());
                        }
                    }
                }
            }
        }

        Transcript.SessionMetadata metadata() {
            return new Transcript.SessionMetadata(Optional.ofNullable(group), Optional.ofNullable(session),
                    Optional.ofNullable(date), Optional.ofNullable(stage), Set.copyOf(workers));
        }
    }
}
