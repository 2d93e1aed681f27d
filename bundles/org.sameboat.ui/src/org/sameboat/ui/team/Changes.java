package org.sameboat.ui.team;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.team.TeamLog;

/** A logged change in words: its elements named as the project names them now (ids for what is gone). */
final class Changes {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Map<String, String> names = new HashMap<>();

    Changes(Project project) {
        CodePaths.allCodes(project).forEach(code -> names.put(code.getId(), CodePaths.path(code)));
        project.getDocuments().forEach(document -> names.put(document.getId(), document.getName()));
        project.getCoders().forEach(coder -> names.put(coder.getId(), coder.getName()));
    }

    String what(TeamLog.Change change) {
        String kind = change.kind().toLowerCase(Locale.ROOT);
        return switch (change.kind()) {
            case "Coding" -> "coding '" + name(change.field("code")) + "' by " + name(change.field("coder")) + " in '" + name(change.container())
                    + "' at " + change.field("start").orElse("0") + ".." + change.field("end").orElse("0");
            case "Code", "Codebook", "Document", "Coder", "Group", "Case" -> kind + " '" + change.field("name").orElse(change.id()) + "'";
            case "Memo" -> "memo '" + change.field("title").orElse(change.id()) + "'";
            case "Turn" -> "turn in '" + name(change.container()) + "' at " + change.field("start").orElse("0") + ".." + change.field("end").orElse("0");
            case "Participant" -> "participant '" + change.field("pseudonym").orElse(change.id()) + "'";
            default -> kind + " " + change.id();
        };
    }

    /** The code a coding change is about, or the code changed; empty for other elements. */
    static Optional<String> codeOf(TeamLog.Change change) {
        return switch (change.kind()) {
            case "Coding" -> change.field("code");
            case "Code" -> Optional.of(change.id());
            default -> Optional.empty();
        };
    }

    /** The document an element belongs to (itself for a document), if any. */
    static Optional<String> documentOf(TeamLog.Change change) {
        return change.kind().equals("Document") ? Optional.of(change.id()) : change.container();
    }

    private String name(Optional<String> id) {
        return id.map(i -> names.getOrDefault(i, i)).orElse("?");
    }
}
