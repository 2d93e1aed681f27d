package org.sameboat.corpus.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which columns of an utterance table hold what, as given on the command line:
 * {@code doc=transcript_id,speaker=interlocutor,time=timestamp,text=utterance_text[,role=…]}.
 *
 * @param doc     column naming the document a row belongs to
 * @param speaker column with the speaker's name
 * @param time    column with the turn's clock time, if the table has one
 * @param text    column with the utterance
 * @param role    column with the speaker's role (worker, member or other), if the table has one
 */
public record CsvColumns(String doc, String speaker, Optional<String> time, String text, Optional<String> role) {

    private static final Set<String> KEYS = Set.of("doc", "speaker", "time", "text", "role");

    /**
     * Reads a mapping like {@code doc=a,speaker=b,text=c}; doc, speaker and text are required.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static CsvColumns parse(String mapping) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : mapping.split(",")) {
            int equals = part.indexOf('=');
            if (equals <= 0 || equals == part.length() - 1) {
                throw new IllegalArgumentException("'" + part.strip() + "' in the column mapping is not key=column; write e.g. "
                        + "doc=transcript_id,speaker=interlocutor,time=timestamp,text=utterance_text");
            }
            String key = part.substring(0, equals).strip();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in the column mapping; keys are doc, speaker, time, text, role");
            }
            if (pairs.put(key, part.substring(equals + 1).strip()) != null) {
                throw new IllegalArgumentException("'" + key + "' is mapped twice in the column mapping");
            }
        }
        for (String required : new String[] {"doc", "speaker", "text"}) {
            if (!pairs.containsKey(required)) {
                throw new IllegalArgumentException("the column mapping needs " + required + "=COLUMN");
            }
        }
        return new CsvColumns(pairs.get("doc"), pairs.get("speaker"), Optional.ofNullable(pairs.get("time")), pairs.get("text"),
                Optional.ofNullable(pairs.get("role")));
    }
}
