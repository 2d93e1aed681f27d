package org.sameboat.interop.refi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * What Sameboat keeps that REFI-QDA has no element for, carried in one project note named {@value #NOTE_NAME}
 * as JSON: codebooks and the extra fields of codes (rules, indicators, example, source, shortcut, whom the code
 * applies to and the codes a skill helps start), coder colours, participants (speakers), and each document's
 * source file name, session, date, stage and turns. Other programs show it as an ordinary note; Sameboat reads
 * it back so that a round trip through QDPX keeps these. Offsets in it are Sameboat's (code points of the
 * LF-normalised text, which is also what the exported text files hold).
 */
record SameboatNote(int version, String projectId, List<CodebookData> codebooks, Map<String, CodeDetails> codeDetails,
        Map<String, String> coderColours, List<ParticipantData> participants, Map<String, DocumentData> documents,
        Map<String, List<String>> caseParticipants) {

    static final String NOTE_NAME = "Sameboat data";
    static final int VERSION = 1;

    record CodebookData(String id, String name, String description, boolean builtIn, List<String> topCodes) {
    }

    /**
     * The fields of a code REFI has no element for. {@code appliesTo} is the literal of the code's role, null when the
     * code does not set one (a file from before these fields, or from another program, reads as not set);
     * {@code starts} holds the GUIDs of the codes a skill helps start, null or empty when none.
     */
    record CodeDetails(String inclusion, String exclusion, String example, List<String> indicators, String source,
            String shortcut, String appliesTo, List<String> starts) {

        List<String> startsOrEmpty() {
            return starts == null ? List.of() : starts;
        }
    }

    record ParticipantData(String id, String pseudonym, String role, List<ValueData> attributes) {
    }

    record ValueData(String definition, String value) {
    }

    record DocumentData(String sourceName, Integer session, String date, String stage, List<TurnData> turns) {
    }

    record TurnData(String id, int start, int end, Long time, String speaker) {
    }

    private static Gson gson() {
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();
    }

    String toJson() {
        return gson().toJson(this);
    }

    /** The note's content, if it is JSON of a version we read. */
    static Optional<SameboatNote> parse(String json) {
        try {
            SameboatNote note = gson().fromJson(json, SameboatNote.class);
            return note != null && note.version() == VERSION ? Optional.of(note) : Optional.empty();
        } catch (JsonParseException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    List<CodebookData> codebooksOrEmpty() {
        return codebooks == null ? List.of() : codebooks;
    }

    Map<String, CodeDetails> codeDetailsOrEmpty() {
        return codeDetails == null ? Map.of() : codeDetails;
    }

    Map<String, String> coderColoursOrEmpty() {
        return coderColours == null ? Map.of() : coderColours;
    }

    List<ParticipantData> participantsOrEmpty() {
        return participants == null ? List.of() : participants;
    }

    Map<String, DocumentData> documentsOrEmpty() {
        return documents == null ? Map.of() : documents;
    }

    Map<String, List<String>> caseParticipantsOrEmpty() {
        return caseParticipants == null ? Map.of() : caseParticipants;
    }
}
