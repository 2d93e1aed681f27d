package org.sameboat.ui.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.sameboat.model.Case;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.Stage;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The project at a glance: documents by group and session, participants with their roles, cases. */
public final class ProjectExplorerPart {

    private final ProjectSession session;
    private final Consumer<SessionChange> listener = this::changed;
    private TreeViewer viewer;
    private Link nextStep;
    @Inject
    @Optional
    private ECommandService commands;
    @Inject
    @Optional
    private EHandlerService handlers;

    /** A heading of the tree with its children. */
    record Folder(String label, List<Object> children) {
    }

    @Inject
    public ProjectExplorerPart(ProjectSession session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        nextStep = new Link(parent, SWT.WRAP);
        nextStep.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        nextStep.addListener(SWT.Selection, e -> run(e.text));
        viewer = new TreeViewer(parent, SWT.SINGLE);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new Contents());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label(element);
            }
        });
        viewer.addSelectionChangedListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Document document) {
                session.show(document);
            }
        });
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** What to do next, shown while there is no project or it has no documents; hidden otherwise. */
    public Link nextStep() {
        return nextStep;
    }

    /** The words of the next step for what is open (empty when the project has documents). */
    static String nextStep(java.util.Optional<Project> project) {
        if (project.isEmpty()) {
            return "No project is open. Start a <a href=\"org.sameboat.ui.command.new\">new project</a>, "
                    + "<a href=\"org.sameboat.ui.command.open\">open one</a> (Ctrl+O), or try the "
                    + "<a href=\"org.sameboat.ui.command.sample\">sample project</a>.";
        }
        if (project.get().getDocuments().isEmpty()) {
            return "This project has no transcripts yet. <a href=\"org.sameboat.ui.command.import\">Import</a> some "
                    + "(Ctrl+I: text with speaker turns, subtitles or an utterance table), or open the "
                    + "<a href=\"org.sameboat.ui.command.sample\">sample project</a> to try Sameboat first.";
        }
        return "";
    }

    private void run(String commandId) {
        if (commands == null || handlers == null) {
            return;
        }
        ParameterizedCommand command = commands.createCommand(commandId, null);
        if (command != null && handlers.canExecute(command)) {
            handlers.executeHandler(command);
        }
    }

    private void showNextStep() {
        String words = nextStep(session.project());
        nextStep.setText(words);
        boolean shown = !words.isEmpty();
        nextStep.setVisible(shown);
        ((GridData) nextStep.getLayoutData()).exclude = !shown;
        nextStep.getParent().layout(true);
    }

    private void changed(SessionChange change) {
        if (change == SessionChange.PROJECT || change == SessionChange.MODEL) {
            refresh();
        } else if (change == SessionChange.DOCUMENT || change == SessionChange.REVEAL) {
            follow();
        }
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        showNextStep();
        viewer.setInput(session.project().map(ProjectExplorerPart::folders).orElse(List.of()));
        viewer.expandToLevel(3);
        follow();
    }

    /** Selects the document the transcript shows (nothing when it shows none), as the user's place in the project. */
    private void follow() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        Document shown = session.document().orElse(null);
        if (selected != shown) {
            // selecting it calls session.show with the document already shown: a no-op, not a loop
            viewer.setSelection(shown == null ? StructuredSelection.EMPTY : new StructuredSelection(shown), true);
        }
    }

    static List<Folder> folders(Project project) {
        Map<String, List<Object>> byGroup = new LinkedHashMap<>();
        List<Document> documents = new ArrayList<>(project.getDocuments());
        documents.sort(Comparator.comparing((Document d) -> d.getGroup() == null ? "" : d.getGroup().getName())
                .thenComparing(d -> d.getSession() == null ? Integer.MAX_VALUE : d.getSession()));
        for (Document document : documents) {
            String group = document.getGroup() == null ? "Ungrouped" : document.getGroup().getName();
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(document);
        }
        List<Object> groups = new ArrayList<>();
        byGroup.forEach((group, docs) -> groups.add(new Folder(group, docs)));
        List<Folder> folders = new ArrayList<>();
        folders.add(new Folder("Documents (" + project.getDocuments().size() + ")", groups));
        folders.add(new Folder("Participants (" + project.getParticipants().size() + ")", new ArrayList<>(project.getParticipants())));
        folders.add(new Folder("Cases (" + project.getCases().size() + ")", new ArrayList<>(project.getCases())));
        return folders;
    }

    static String label(Object element) {
        if (element instanceof Folder folder) {
            return folder.label();
        }
        if (element instanceof Document document) {
            StringBuilder label = new StringBuilder();
            if (document.getSession() != null) {
                label.append("Session ").append(document.getSession()).append(" \u00B7 ");
            }
            if (document.getDate() != null) {
                label.append(document.getDate()).append(" \u00B7 ");
            }
            if (document.getStage() != Stage.UNSPECIFIED) {
                label.append(document.getStage().getLiteral()).append(" \u00B7 ");
            }
            // under its group's folder, a name that only repeats group and session would push the label off a
            // narrow explorer: left out then
            if (document.getSession() != null && document.getGroup() != null && document.getName() != null
                    && document.getName().equalsIgnoreCase(document.getGroup().getName() + ", session " + document.getSession())) {
                return label.substring(0, label.length() - 3);
            }
            return label.append(document.getName()).toString();
        }
        if (element instanceof Participant participant) {
            return participant.getPseudonym() + " (" + participant.getRole().getLiteral() + ")";
        }
        return element instanceof Case c ? c.getName() : String.valueOf(element);
    }

    private static final class Contents implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Folder folder ? folder.children().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Folder folder && !folder.children().isEmpty();
        }
    }
}
