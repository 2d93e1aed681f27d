package org.sameboat.ui.parts;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.sameboat.model.Code;
import org.sameboat.model.CodeRole;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.codebook.CodeLinks;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.Turns;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Details of what is selected elsewhere: a code's definition and guidance, or a coding's text, coder and memo.
 * It follows the transcript too: the document shown when no coding is selected, and nothing of what an undo,
 * merge or import took out of the project.
 */
public final class DetailsPart {

    static final String PROMPT = "Select a code or a coding to see its details.";

    private final ProjectSession session;
    private final Consumer<SessionChange> listener = this::changed;
    private Text text;
    private StackLayout pages;
    private CodeForm form;
    /** What the text describes: a code, a coding or a document of the project. */
    private EObject shown;

    @Inject
    public DetailsPart(ProjectSession session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        pages = new StackLayout();
        parent.setLayout(pages);
        text = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        text.setText(PROMPT);
        form = new CodeForm(parent, session);
        pages.topControl = text;
        session.addListener(listener);
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    @Inject
    public void selected(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (text == null || text.isDisposed() || selection == null) {
            return;
        }
        if (selection instanceof Code || selection instanceof Coding || selection instanceof Document) {
            show((EObject) selection);
        }
    }

    private void changed(SessionChange change) {
        if (text.isDisposed()) {
            return;
        }
        switch (change) {
            case PROJECT -> show(null);
            // the transcript shows another document: its details, unless a coding of it is being read
            case DOCUMENT -> session.document().ifPresentOrElse(d -> {
                if (!(shown instanceof Coding coding && coding.getDocument() == d)) {
                    show(d);
                }
            }, () -> {
                show(null);
                // the document shown went with an undo: say so rather than look as if nothing had been open
                RemovedDocumentNote.of(session).ifPresent(note -> text.setText(note + "\n\n" + PROMPT));
            });
            case MODEL -> {
                if (shown != null) {
                    show(shown);
                }
            }
            case LAYERS -> {
                if (shown instanceof Coding coding && !session.isVisible(coding)) {
                    show(null);
                }
            }
            default -> {
                // saving changes nothing shown here
            }
        }
    }

    private void show(EObject element) {
        showPage(element);
        pages.topControl = shown instanceof Code ? form.control() : text;
        text.getParent().layout(true);
    }

    private void showPage(EObject element) {
        if (element != null && !session.inProject(element)) {
            shown = null;
            text.setText("What was shown here is no longer in the project (an undo, merge or import removed it). " + PROMPT);
            return;
        }
        if (element instanceof Coding coding && !session.isVisible(coding)) {
            // a blind coder reads no other coder's coding, not even by selecting it in a view
            element = null;
        }
        shown = element;
        if (element == null) {
            text.setText(PROMPT);
        } else if (element instanceof Code code) {
            text.setText(describe(code));
            form.show(code);
        } else if (element instanceof Coding coding) {
            text.setText(describe(coding) + org.sameboat.ui.team.CodingHistory.section(session, coding, () -> {
                if (shown == coding && !text.isDisposed()) {
                    show(coding);
                }
            }));
        } else if (element instanceof Document document) {
            text.setText(document.getName() + "\n\n" + document.getTurns().size() + " turns, " + session.visibleCodings(document).size()
                    + " codings shown\nsource: " + document.getSourceName());
        }
    }

    /** The form editing the code shown, when a code is shown. */
    public java.util.Optional<CodeForm> codeForm() {
        return shown instanceof Code ? java.util.Optional.of(form) : java.util.Optional.empty();
    }

    public String shown() {
        return text.getText();
    }

    static String describe(Code code) {
        StringBuilder out = new StringBuilder(CodePaths.path(code));
        if (code.getShortcut() != null) {
            out.append("   [key ").append(code.getShortcut()).append(']');
        }
        section(out, "Definition", code.getDefinition());
        if (!code.getIndicators().isEmpty()) {
            section(out, "Look for", "\u2022 " + String.join("\n\u2022 ", code.getIndicators()));
        }
        section(out, "Include", code.getInclusion());
        section(out, "Exclude", code.getExclusion());
        section(out, "Example", code.getExample());
        if (code.getAppliesTo() != CodeRole.ANY) {
            section(out, "Applies to", code.getAppliesTo().getLiteral() + " turns");
        }
        section(out, "Helps start", names(CodeLinks.starts(code)));
        section(out, "Skills that start this dynamic", names(CodeLinks.startedBy(code)));
        section(out, "Source", code.getSource());
        return out.toString();
    }

    static String describe(Coding coding) {
        Document document = coding.getDocument();
        StringBuilder out = new StringBuilder(coding.getCode() == null ? "?" : CodePaths.path(coding.getCode()));
        out.append("\ncoder: ").append(coding.getCoder() == null ? "?" : coding.getCoder().getName());
        out.append("\ndocument: ").append(document.getName()).append(", characters ").append(coding.getStart()).append('-').append(coding.getEnd());
        Turns.forRange(document, coding.getStart(), coding.getEnd()).ifPresent(turn -> out.append("\nturn ")
                .append(document.getTurns().indexOf(turn) + 1).append(" by ")
                .append(turn.getSpeaker() == null ? "?" : turn.getSpeaker().getPseudonym()));
        if (document.getText() != null) {
            section(out, "Text", DocumentText.of(document.getText()).slice(coding.getStart(), coding.getEnd()));
        }
        section(out, "Memo", coding.getMemo());
        return out.toString();
    }

    private static String names(List<Code> codes) {
        return codes.isEmpty() ? null : "\u2022 " + String.join("\n\u2022 ", codes.stream().map(Code::getName).toList());
    }

    private static void section(StringBuilder out, String title, String body) {
        if (body != null && !body.isBlank()) {
            out.append("\n\n").append(title).append('\n').append(body);
        }
    }
}
