package org.sameboat.ui.parts;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sameboat.model.Code;
import org.sameboat.model.CodeRole;
import org.sameboat.model.codebook.CodeLinks;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.ui.session.ProjectSession;

/**
 * A code's guidance to edit in Details: definition, indicators (one a line), inclusion and exclusion rules,
 * example, source and shortcut key. "Apply" makes the changes one undoable step; the fields follow undo and
 * redo unless they hold changes not yet applied.
 */
public final class CodeForm {

    /** The fields of the form, in the order they are shown. */
    public enum Field {
        DEFINITION("Definition", true), INDICATORS("Look for (one a line)", true), INCLUSION("Include", true),
        EXCLUSION("Exclude", true), EXAMPLE("Example", true), SOURCE("Source", false), SHORTCUT("Shortcut key", false);

        final String label;
        final boolean multiLine;

        Field(String label, boolean multiLine) {
            this.label = label;
            this.multiLine = multiLine;
        }
    }

    private final ProjectSession session;
    private final ScrolledComposite scroller;
    private final Composite body;
    private final Label title;
    private final Map<Field, Text> fields = new EnumMap<>(Field.class);
    private final Label message;
    private final Label links;
    private Code code;
    /** The values the fields were last filled with: when they still hold them, there is nothing unapplied. */
    private Map<Field, String> filled = Map.of();

    CodeForm(Composite parent, ProjectSession session) {
        this.session = session;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        body = new Composite(scroller, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        title = new Label(body, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        for (Field field : Field.values()) {
            Label label = new Label(body, SWT.NONE);
            label.setText(field.label);
            label.setLayoutData(new GridData(SWT.LEFT, field.multiLine ? SWT.TOP : SWT.CENTER, false, false));
            Text text = new Text(body, SWT.BORDER | (field.multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
            data.widthHint = 200;
            if (field.multiLine) {
                data.heightHint = text.getLineHeight() * (field == Field.DEFINITION || field == Field.INDICATORS ? 4 : 3);
            }
            text.setLayoutData(data);
            fields.put(field, text);
        }
        fields.get(Field.SHORTCUT).setTextLimit(1);
        fields.get(Field.SHORTCUT).setToolTipText("One character: typed in the transcript, it codes the selection with this code");
        Composite buttons = new Composite(body, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, true, false, 2, 1));
        buttons.setLayout(new GridLayout(2, true));
        Button revert = new Button(buttons, SWT.PUSH);
        revert.setText("Revert");
        revert.setToolTipText("Show the code's guidance as it is, dropping changes not applied");
        revert.addListener(SWT.Selection, e -> fill());
        Button apply = new Button(buttons, SWT.PUSH);
        apply.setText("Apply");
        apply.setToolTipText("Keep the changes as one step (Undo takes them back)");
        apply.addListener(SWT.Selection, e -> apply());
        message = new Label(body, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        links = new Label(body, SWT.WRAP);
        links.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        scroller.setContent(body);
        scroller.addListener(SWT.Resize, e -> resize());
    }

    Composite control() {
        return scroller;
    }

    /** The text field of one part of the guidance, for tests. */
    public Text field(Field field) {
        return fields.get(field);
    }

    /** What the form last said (why a change was refused), for tests. */
    public String message() {
        return message.getText();
    }

    public Optional<Code> code() {
        return Optional.ofNullable(code);
    }

    /** Shows a code; the same code again keeps changes not yet applied. */
    void show(Code shown) {
        if (shown != code || !unapplied()) {
            code = shown;
            fill();
        }
    }

    /** Fills the fields from the code, dropping what was typed and not applied. */
    void fill() {
        if (code == null) {
            return;
        }
        title.setText(CodePaths.path(code) + (code.getAppliesTo() == CodeRole.ANY ? "" : "  (for " + code.getAppliesTo().getLiteral() + " turns)"));
        Map<Field, String> values = values(code);
        values.forEach((field, value) -> fields.get(field).setText(value));
        filled = values;
        message.setText("");
        links.setText(links(code));
        resize();
    }

    private boolean unapplied() {
        return code != null && !typed().equals(filled);
    }

    private Map<Field, String> typed() {
        Map<Field, String> typed = new EnumMap<>(Field.class);
        fields.forEach((field, text) -> typed.put(field, text.getText()));
        return typed;
    }

    private static Map<Field, String> values(Code code) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.DEFINITION, text(code.getDefinition()));
        values.put(Field.INDICATORS, String.join("\n", code.getIndicators()));
        values.put(Field.INCLUSION, text(code.getInclusion()));
        values.put(Field.EXCLUSION, text(code.getExclusion()));
        values.put(Field.EXAMPLE, text(code.getExample()));
        values.put(Field.SOURCE, text(code.getSource()));
        values.put(Field.SHORTCUT, text(code.getShortcut()));
        return values;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * Keeps the fields' values as one undoable step. A shortcut key another code has, or a space, is refused with
     * a message and nothing changes.
     */
    public void apply() {
        if (code == null || !session.inProject(code)) {
            message.setText("This code is no longer in the project.");
            return;
        }
        Map<Field, String> typed = typed();
        String key = typed.get(Field.SHORTCUT).strip();
        if (!key.isEmpty()) {
            Optional<Code> other = session.project().stream().flatMap(p -> CodePaths.allCodes(p).stream())
                    .filter(c -> c != code && key.equals(c.getShortcut())).findFirst();
            if (other.isPresent()) {
                message.setText("The key '" + key + "' already codes '" + other.get().getName() + "'; choose another key.");
                return;
            }
        }
        if (typed.equals(filled)) {
            message.setText("Nothing to apply: the fields hold the code's guidance as it is.");
            return;
        }
        List<String> indicators = Arrays.stream(typed.get(Field.INDICATORS).split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        Code edited = code;
        session.edit("Edit code '" + code.getName() + "'", List.of(code), () -> {
            edited.setDefinition(orNull(typed.get(Field.DEFINITION)));
            edited.getIndicators().clear();
            edited.getIndicators().addAll(indicators);
            edited.setInclusion(orNull(typed.get(Field.INCLUSION)));
            edited.setExclusion(orNull(typed.get(Field.EXCLUSION)));
            edited.setExample(orNull(typed.get(Field.EXAMPLE)));
            edited.setSource(orNull(typed.get(Field.SOURCE)));
            edited.setShortcut(key.isEmpty() ? null : key);
            return edited;
        });
        fill();
        message.setText("Applied; Undo takes it back.");
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String links(Code code) {
        StringBuilder out = new StringBuilder();
        List<Code> starts = CodeLinks.starts(code);
        List<Code> startedBy = CodeLinks.startedBy(code);
        if (!starts.isEmpty()) {
            out.append("Helps start: ").append(String.join(", ", starts.stream().map(Code::getName).toList()));
        }
        if (!startedBy.isEmpty()) {
            out.append(out.isEmpty() ? "" : "\n").append("Skills that start this dynamic: ")
                    .append(String.join(", ", startedBy.stream().map(Code::getName).toList()));
        }
        return out.toString();
    }

    private void resize() {
        int width = Math.max(scroller.getClientArea().width, 200);
        scroller.setMinSize(body.computeSize(width, SWT.DEFAULT));
        body.layout(true, true);
    }
}
