package org.sameboat.ui.handlers;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sameboat.corpus.imports.Transcript;
import org.sameboat.model.Stage;

/**
 * The facts about a session the import dialog lets the user fill before importing: what the file's
 * {@code #title:}/{@code #group:}… header said, or what the user typed instead. A blank field leaves the file's own.
 *
 * @param workers speakers who are group workers, comma-separated
 */
public record HeaderFields(String title, String group, String session, String date, String stage, String workers) {

    public static final HeaderFields BLANK = new HeaderFields("", "", "", "", "", "");

    /** The fields as the parsed file gives them. */
    public static HeaderFields of(Transcript transcript) {
        Transcript.SessionMetadata metadata = transcript.metadata();
        return new HeaderFields(transcript.name(), metadata.group().orElse(""), metadata.session().map(String::valueOf).orElse(""),
                metadata.date().orElse(""), metadata.stage().orElse(""), String.join(", ", metadata.workers()));
    }

    /** What is wrong with the fields, in one line, or empty when they can be imported. */
    public Optional<String> problem() {
        if (!session.isBlank()) {
            try {
                if (Integer.parseInt(session.strip()) < 0) {
                    return Optional.of("the session number '" + session.strip() + "' is negative");
                }
            } catch (NumberFormatException e) {
                return Optional.of("the session '" + session.strip() + "' is not a whole number");
            }
        }
        if (!stage.isBlank() && Stage.get(stage.strip()) == null) {
            return Optional.of("the stage '" + stage.strip() + "' is not one of " + Arrays.stream(Stage.values())
                    .filter(s -> s != Stage.UNSPECIFIED).map(Stage::getLiteral).collect(Collectors.joining(", ")));
        }
        return Optional.empty();
    }

    /** The transcript with these fields in place of the file's, where a field is filled. */
    public Transcript applyTo(Transcript transcript) {
        Transcript.SessionMetadata file = transcript.metadata();
        Set<String> workerNames = this.workers.isBlank() ? file.workers()
                : Arrays.stream(this.workers.split(",")).map(String::strip).filter(w -> !w.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        Transcript.SessionMetadata metadata = new Transcript.SessionMetadata(
                group.isBlank() ? file.group() : Optional.of(group.strip()),
                session.isBlank() ? file.session() : Optional.of(Integer.parseInt(session.strip())),
                date.isBlank() ? file.date() : Optional.of(date.strip()),
                stage.isBlank() ? file.stage() : Optional.of(stage.strip()),
                Set.copyOf(workerNames));
        return new Transcript(transcript.sourceName(), title.isBlank() ? transcript.name() : title.strip(), transcript.text(),
                transcript.turns(), metadata, transcript.roles(), transcript.warnings());
    }
}
