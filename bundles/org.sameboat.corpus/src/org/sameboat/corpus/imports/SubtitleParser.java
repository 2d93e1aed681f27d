package org.sameboat.corpus.imports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subtitles: WebVTT ({@code .vtt}) and SubRip ({@code .srt}). Both are lists of cues, each with a start and end
 * time and one or more lines of text.
 * <p>
 * Speakers come from WebVTT voice tags ({@code <v Ruth>I nearly didn't come</v>}, also {@code <v.loud Ruth>}) or
 * from a {@code Name:} prefix at the start of a cue line (either format). A cue line may start a new speaker;
 * lines and cues without one continue the speaker before them, because subtitlers split one person's sentence
 * over several cues. Consecutive cues of one speaker therefore become one turn, timed by its first cue; a
 * transcript that never names a speaker has the single speaker "Speaker".
 * <p>
 * Formatting tags ({@code <i>}, {@code <c.x>}, {@code <font>}, inline timestamps), SSA override blocks
 * ({@code {\an8}}) and the usual character references are removed; WebVTT NOTE, STYLE and REGION blocks are
 * skipped. The document text is built as described in {@link UtteranceText}.
 */
public final class SubtitleParser implements TranscriptParser {

    /** Which of the two formats a file is in; they differ in header, numbering and the decimal sign. */
    public enum Dialect {
        WEBVTT, SRT
    }

    static final String UNNAMED = "Speaker";
    private static final Pattern TIMING = Pattern.compile(
            "((?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})\\s+-->\\s+((?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})(?:\\s.*)?");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]+)*\\s+([^>]+)>");
    private static final Pattern PREFIX = Pattern.compile("(\\p{L}[\\p{L}\\p{N} .'-]{0,38}?)\\s*:\\s+(.*)");
    private static final Pattern TAG = Pattern.compile("<[^>]*>|\\{\\\\[^}]*\\}");

    private final Dialect dialect;

    public SubtitleParser(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public List<Transcript> parse(Source source) throws ImportException {
        List<String> lines = SourceDecoder.decode(source).lines().toList();
        UtteranceText out = new UtteranceText();
        int i = 0;
        if (dialect == Dialect.WEBVTT) {
            if (lines.isEmpty() || !(lines.get(0).equals("WEBVTT") || lines.get(0).startsWith("WEBVTT ")
                    || lines.get(0).startsWith("WEBVTT\t"))) {
                throw ImportException.at(source.name(), 1, "a WebVTT file must start with the line 'WEBVTT'");
            }
            i = skipBlock(lines, 0);
        }
        int cues = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            if (dialect == Dialect.WEBVTT && isSkippedBlock(lines.get(i))) {
                i = skipBlock(lines, i);
                continue;
            }
            int timingLine = timingLine(source, lines, i);
            Matcher timing = TIMING.matcher(lines.get(timingLine).strip());
            if (!timing.matches()) {
                throw ImportException.at(source.name(), timingLine + 1, "expected a cue timing like '00:00:01"
                        + (dialect == Dialect.SRT ? "," : ".") + "000 --> 00:00:04" + (dialect == Dialect.SRT ? "," : ".")
                        + "000', found '" + lines.get(timingLine).strip() + "'");
            }
            long start = time(source, timingLine, timing.group(1));
            long end = time(source, timingLine, timing.group(2));
            if (end < start) {
                throw ImportException.at(source.name(), timingLine + 1, "the cue ends before it starts");
            }
            i = timingLine + 1;
            while (i < lines.size() && !lines.get(i).isBlank()) {
                addLine(out, lines.get(i), start);
                i++;
            }
            cues++;
        }
        if (cues == 0 || out.isEmpty()) {
            throw ImportException.at(source.name(), 1, "no subtitle cues with text found");
        }
        return List.of(out.toTranscript(source.name(), source.baseName()));
    }

    /** The line holding the cue's timing: SRT puts a cue number before it, WebVTT an optional identifier. */
    private int timingLine(Source source, List<String> lines, int i) throws ImportException {
        String line = lines.get(i).strip();
        if (TIMING.matcher(line).matches()) {
            if (dialect == Dialect.SRT) {
                throw ImportException.at(source.name(), i + 1, "cue timing without a cue number before it");
            }
            return i;
        }
        if (dialect == Dialect.SRT && !line.chars().allMatch(Character::isDigit)) {
            throw ImportException.at(source.name(), i + 1, "expected a cue number, found '" + line + "'");
        }
        if (i + 1 >= lines.size() || lines.get(i + 1).isBlank()) {
            throw ImportException.at(source.name(), i + 2, "expected a cue timing after '" + line + "'");
        }
        return i + 1;
    }

    private long time(Source source, int line, String clock) throws ImportException {
        boolean rightSign = dialect == Dialect.SRT ? clock.contains(",") : clock.contains(".");
        long millis = Timestamps.parseMillis(clock);
        if (!rightSign || millis < 0) {
            throw ImportException.at(source.name(), line + 1, "'" + clock + "' is not a " + dialect.name().replace("WEBVTT", "WebVTT")
                    + " time; write hh:mm:ss" + (dialect == Dialect.SRT ? ",mmm" : ".mmm"));
        }
        return millis;
    }

    private static void addLine(UtteranceText out, String raw, long cueStart) {
        String line = raw.strip();
        if (line.startsWith("- ")) {
            // dialogue cues mark each speaker's line with a dash
            line = line.substring(2).strip();
        }
        Optional<String> speaker = Optional.empty();
        Matcher voice = VOICE.matcher(line);
        if (voice.lookingAt()) {
            speaker = Optional.of(voice.group(1).strip());
            line = line.substring(voice.end());
        }
        String words = clean(line);
        if (speaker.isEmpty()) {
            Matcher prefix = PREFIX.matcher(words);
            if (prefix.matches()) {
                speaker = Optional.of(prefix.group(1).strip());
                words = prefix.group(2);
            }
        }
        Optional<String> last = out.lastSpeaker();
        if (speaker.isEmpty() && last.isPresent() || speaker.isPresent() && speaker.equals(last)) {
            out.continueLast(words);
        } else {
            out.add(speaker.orElse(UNNAMED), Optional.of(cueStart), words);
        }
    }

    private static String clean(String line) {
        return TAG.matcher(line).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                .replace("&lrm;", "").replace("&rlm;", "").replace("&amp;", "&").strip();
    }

    private static boolean isSkippedBlock(String line) {
        return line.equals("NOTE") || line.startsWith("NOTE ") || line.startsWith("NOTE\t") || line.equals("STYLE")
                || line.equals("REGION");
    }

    private static int skipBlock(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
