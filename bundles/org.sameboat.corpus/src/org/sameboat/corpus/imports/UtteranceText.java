package org.sameboat.corpus.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sameboat.model.SpeakerRole;
import org.sameboat.model.text.DocumentText;

/**
 * Builds a document text for sources whose own text is not readable as it stands (subtitles, tables). Each
 * turn becomes one paragraph in the speaker-turn form that {@link TurnTextParser} reads:
 * <pre>
 * [0:01:10] Dana: Welcome back.
 * </pre>
 * The time is written only when the source gave one. A turn's range covers its utterance alone, so search hits
 * and codings never include the speaker label. Paragraphs are separated by one LF.
 */
final class UtteranceText {

    private final StringBuilder text = new StringBuilder();
    private final List<Transcript.ParsedTurn> turns = new ArrayList<>();
    private int codePoints;

    /** Appends one turn. The utterance is stripped and LF-normalised; an empty utterance is kept as an empty turn. */
    void add(String speaker, Optional<Long> timeMillis, String utterance) {
        if (!text.isEmpty()) {
            append("\n");
        }
        timeMillis.ifPresent(millis -> append("[" + Timestamps.format(millis) + "] "));
        append(speaker + ": ");
        int start = codePoints;
        append(DocumentText.normalise(utterance).strip());
        turns.add(new Transcript.ParsedTurn(speaker, start, codePoints, timeMillis));
    }

    /** Extends the last turn by more of the same speaker's words, joined with a space. */
    void continueLast(String utterance) {
        Transcript.ParsedTurn last = turns.remove(turns.size() - 1);
        String more = DocumentText.normalise(utterance).strip();
        if (last.end() > last.start() && !more.isEmpty()) {
            append(" ");
        }
        append(more);
        turns.add(new Transcript.ParsedTurn(last.speaker(), last.start(), codePoints, last.timeMillis()));
    }

    /** The speaker of the last turn, if any turn was added. */
    Optional<String> lastSpeaker() {
        return turns.isEmpty() ? Optional.empty() : Optional.of(turns.get(turns.size() - 1).speaker());
    }

    boolean isEmpty() {
        return turns.isEmpty();
    }

    Transcript toTranscript(String sourceName, String name) {
        return toTranscript(sourceName, name, Map.of(), List.of());
    }

    Transcript toTranscript(String sourceName, String name, Map<String, SpeakerRole> roles,
            List<String> warnings) {
        return new Transcript(sourceName, name, text.toString(), turns, Transcript.SessionMetadata.NONE, roles, warnings);
    }

    private void append(String s) {
        text.append(s);
        codePoints += s.codePointCount(0, s.length());
    }
}
