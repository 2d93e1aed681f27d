package org.sameboat.corpus.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sameboat.model.SpeakerRole;

/**
 * A parsed source before it enters a project. Offsets are Sameboat's: code points of the normalised text.
 *
 * @param sourceName file it came from
 * @param name       document name (title header, else file name)
 * @param text       normalised text, kept whole
 * @param turns      speaker turns in text order; empty for plain text
 * @param metadata   session metadata from the file, where it gave any
 * @param roles      speakers' roles where the file names them (by speaker name as written)
 * @param warnings   things in the file worth a look that did not stop reading it, each naming file and line
 */
public record Transcript(String sourceName, String name, String text, List<ParsedTurn> turns, SessionMetadata metadata,
        Map<String, SpeakerRole> roles, List<String> warnings) {

    public Transcript {
        turns = List.copyOf(turns);
        roles = Map.copyOf(roles);
        warnings = List.copyOf(warnings);
    }

    /** A transcript whose file says nothing about roles and gave no warnings. */
    public Transcript(String sourceName, String name, String text, List<ParsedTurn> turns, SessionMetadata metadata) {
        this(sourceName, name, text, turns, metadata, Map.of(), List.of());
    }

    /**
     * @param speaker speaker name as written
     * @param start   first code point of the utterance
     * @param end     one past its last code point
     * @param timeMillis time of the turn from the start of the recording, if given
     */
    public record ParsedTurn(String speaker, int start, int end, Optional<Long> timeMillis) {
    }

    /** Group and session facts a file may carry in its header. */
    public record SessionMetadata(Optional<String> group, Optional<Integer> session, Optional<String> date,
            Optional<String> stage, Set<String> workers) {

        public static final SessionMetadata NONE = new SessionMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of());
    }
}
