package org.sameboat.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.model.AttributeDefinition;
import org.sameboat.model.AttributeValue;
import org.sameboat.model.Case;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Identified;
import org.sameboat.model.Memo;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SegmentSet;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;

/**
 * Checks the promises of the coding model in one linear pass: ids present and unique; codings inside their
 * document, naming a code and coder of this project, not duplicated, on the kind of turn (member or worker) its
 * code applies to; turns in order inside the text; typed attribute values that parse.
 */
public final class ProjectValidator {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private final Project project;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private ProjectValidator(Project project) {
        this.project = project;
    }

    /** All problems found, errors and warnings, in model order; empty when the project is sound. */
    public static List<Problem> validate(Project project) {
        ProjectValidator validator = new ProjectValidator(project);
        validator.run();
        return List.copyOf(validator.problems);
    }

    private void run() {
        checkId(project, "project");
        for (Codebook codebook : project.getCodebooks()) {
            checkId(codebook, "codebook '" + codebook.getName() + "'");
            Set<String> shortcuts = new HashSet<>();
            for (Code code : CodePaths.allCodes(codebook)) {
                checkCode(code, shortcuts);
            }
        }
        for (Coder coder : project.getCoders()) {
            checkId(coder, "coder '" + coder.getName() + "'");
            if (isBlank(coder.getName())) {
                problems.add(Problem.error(coder.getId(), "a coder has no name"));
            }
        }
        project.getGroups().forEach(g -> checkId(g, "group '" + g.getName() + "'"));
        project.getAttributeDefinitions().forEach(a -> checkId(a, "attribute '" + a.getName() + "'"));
        for (Participant participant : project.getParticipants()) {
            checkId(participant, "participant '" + participant.getPseudonym() + "'");
            checkAttributes(participant.getAttributes(), "participant '" + participant.getPseudonym() + "'");
        }
        for (Document document : project.getDocuments()) {
            checkDocument(document);
        }
        for (Memo memo : project.getMemos()) {
            checkId(memo, "memo '" + memo.getTitle() + "'");
            checkOwned(memo.getAuthor(), memo, "memo '" + memo.getTitle() + "' names an author");
            for (Identified about : memo.getAbout()) {
                checkOwned(about, memo, "memo '" + memo.getTitle() + "' is about an element");
            }
        }
        for (Case c : project.getCases()) {
            checkId(c, "case '" + c.getName() + "'");
            c.getDocuments().forEach(d -> checkOwned(d, c, "case '" + c.getName() + "' lists a document"));
            c.getParticipants().forEach(p -> checkOwned(p, c, "case '" + c.getName() + "' lists a participant"));
            checkAttributes(c.getAttributes(), "case '" + c.getName() + "'");
        }
        for (SegmentSet set : project.getSegmentSets()) {
            String label = "set '" + set.getName() + "'";
            checkId(set, label);
            set.getCodes().forEach(c -> checkOwned(c, set, label + " lists a code"));
            set.getDocuments().forEach(d -> checkOwned(d, set, label + " lists a document"));
            set.getGroups().forEach(g -> checkOwned(g, set, label + " lists a group"));
            set.getCoders().forEach(k -> checkOwned(k, set, label + " lists a coder"));
        }
    }

    private void checkCode(Code code, Set<String> shortcuts) {
        String label = "code '" + CodePaths.path(code) + "'";
        checkId(code, label);
        if (isBlank(code.getName())) {
            problems.add(Problem.error(code.getId(), "a code has no name (under '" + parentLabel(code) + "')"));
        }
        if (code.getColour() != null && !COLOUR.matcher(code.getColour()).matches()) {
            problems.add(Problem.warning(code.getId(), label + " has colour '" + code.getColour() + "', expected #RRGGBB"));
        }
        if (code.getShortcut() != null && !shortcuts.add(code.getShortcut())) {
            problems.add(Problem.warning(code.getId(), label + " reuses shortcut key " + code.getShortcut()));
        }
    }

    private static String parentLabel(Code code) {
        return code.getParent() != null ? CodePaths.path(code.getParent())
                : code.getCodebook() != null ? code.getCodebook().getName() : "?";
    }

    private void checkDocument(Document document) {
        String label = "document '" + document.getName() + "'";
        checkId(document, label);
        checkAttributes(document.getAttributes(), label);
        if (document.getDate() != null) {
            try {
                LocalDate.parse(document.getDate());
            } catch (DateTimeParseException e) {
                problems.add(Problem.error(document.getId(), label + " has date '" + document.getDate() + "', expected yyyy-mm-dd"));
            }
        }
        if (document.getText() == null) {
            problems.add(Problem.error(document.getId(), label + " has no text: its file sources/" + document.getId()
                    + ".txt is missing or unreadable"));
            return;
        }
        int length = DocumentText.of(document.getText()).length();
        int previousEnd = 0;
        for (int i = 0; i < document.getTurns().size(); i++) {
            Turn turn = document.getTurns().get(i);
            checkId(turn, label + " turn " + (i + 1));
            if (turn.getStart() < previousEnd || turn.getStart() > turn.getEnd() || turn.getEnd() > length) {
                problems.add(Problem.error(turn.getId(), label + " turn " + (i + 1) + " has range " + turn.getStart() + "-"
                        + turn.getEnd() + ", which is outside the text (length " + length + ") or overlaps the turn before"));
            }
            previousEnd = Math.max(previousEnd, turn.getEnd());
            if (turn.getSpeaker() != null) {
                checkOwned(turn.getSpeaker(), turn, label + " turn " + (i + 1) + " names a speaker");
            }
        }
        Set<CodingKey> seen = new HashSet<>();
        for (Coding coding : document.getCodings()) {
            checkCoding(coding, label, length, seen);
        }
    }

    private record CodingKey(int start, int end, EObject code, EObject coder) {
    }

    private void checkCoding(Coding coding, String label, int length, Set<CodingKey> seen) {
        String where = label + " coding " + coding.getStart() + "-" + coding.getEnd();
        checkId(coding, where);
        if (coding.getStart() < 0 || coding.getStart() >= coding.getEnd() || coding.getEnd() > length) {
            problems.add(Problem.error(coding.getId(), where + " lies outside the text (length " + length + ")"));
        }
        if (coding.getCode() == null) {
            problems.add(Problem.error(coding.getId(), where + " names no code, or a code that does not exist"));
        } else {
            checkOwned(coding.getCode(), coding, where + " names a code");
        }
        if (coding.getCoder() == null) {
            problems.add(Problem.error(coding.getId(), where + " names no coder, or a coder that does not exist"));
        } else {
            checkOwned(coding.getCoder(), coding, where + " names a coder");
        }
        if (coding.getCode() != null && coding.getCoder() != null) {
            CodeRoles.mismatch(coding.getDocument(), coding.getCode(), coding.getStart(), coding.getEnd())
                    .ifPresent(why -> problems.add(Problem.warning(coding.getId(), "coding by " + coding.getCoder().getName()
                            + " at " + coding.getStart() + "-" + coding.getEnd() + ": " + why + "; re-code it, or change"
                            + " whom the code applies to")));
        }
        if (!seen.add(new CodingKey(coding.getStart(), coding.getEnd(), coding.getCode(), coding.getCoder()))) {
            problems.add(Problem.error(coding.getId(), where + " duplicates another coding of the same code by the same coder"));
        }
    }

    private void checkAttributes(List<AttributeValue> values, String owner) {
        for (AttributeValue value : values) {
            AttributeDefinition definition = value.getDefinition();
            if (definition == null || EcoreUtil.getRootContainer(definition) != project) {
                problems.add(Problem.error("", owner + " has a value for an attribute that does not exist"));
                continue;
            }
            if (value.getValue() != null && !parses(definition, value.getValue())) {
                problems.add(Problem.error(definition.getId(), owner + " has '" + value.getValue() + "' for "
                        + definition.getType().getLiteral() + " attribute '" + definition.getName() + "'"));
            }
        }
    }

    /** Whether a value is in the canonical lexical form of its attribute's type. */
    public static boolean parses(AttributeDefinition definition, String value) {
        try {
            switch (definition.getType()) {
                case NUMBER -> new BigDecimal(value);
                case DATE -> LocalDate.parse(value);
                case BOOLEAN -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        return false;
                    }
                }
                case TEXT -> {
                    // any text
                }
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    private void checkOwned(EObject target, Identified owner, String what) {
        if (target == null) {
            return;
        }
        if (target.eIsProxy() || EcoreUtil.getRootContainer(target) != project) {
            problems.add(Problem.error(owner.getId(), what + " that does not exist in this project"));
        }
    }

    private void checkId(Identified element, String label) {
        String id = element.getId();
        if (isBlank(id)) {
            problems.add(Problem.error("", label + " has no id"));
        } else if (!ids.add(id)) {
            problems.add(Problem.error(id, label + " reuses id " + id));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
