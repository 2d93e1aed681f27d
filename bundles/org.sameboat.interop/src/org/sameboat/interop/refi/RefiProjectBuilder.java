package org.sameboat.interop.refi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sameboat.interop.InteropException;
import org.sameboat.model.Project;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.validation.Problem;
import org.sameboat.model.validation.ProjectValidator;
import org.w3c.dom.Element;

/**
 * Turns one parsed REFI project document into a new Sameboat project. Lenient: what cannot be carried, or refers
 * to something that is not there, is left out with a warning; only an unreadable project fails. The parts of the
 * file are read in the order their references need, each by its own reader over one shared {@link RefiImportState}.
 */
final class RefiProjectBuilder {

    private final RefiImportState state;

    RefiProjectBuilder(Element root, String label, RefiImportState.SourceFiles files) {
        this.state = new RefiImportState(root, label, files);
    }

    RefiImport build() throws InteropException {
        Element root = state.root;
        if (!"Project".equals(Dom.name(root))) {
            throw new InteropException(state.label + " is not a REFI-QDA project: its root element is <" + Dom.name(root) + ">, not <Project>");
        }
        Project project = state.project;
        SameboatNote note = state.sameboat;
        project.setId(note != null && Ids.isUsable(note.projectId()) ? note.projectId() : Ids.newId());
        state.ids.take(project.getId());
        project.setName(Dom.attr(root, "name").orElse(state.label));
        Dom.childText(root, "Description").ifPresent(project::setDescription);
        project.setFormatVersion(ProjectFormat.CURRENT_VERSION);
        PeopleReader people = new PeopleReader(state);
        VariableReader variables = new VariableReader(state);
        NoteReader notes = new NoteReader(state);
        GroupingReader groupings = new GroupingReader(state, variables);
        people.readUsers();
        new CodebookReader(state).readCodes(Dom.child(root, "CodeBook").map(b -> Dom.grandchildren(b, "Codes", "Code")).orElse(List.of()));
        variables.readVariables();
        people.readParticipants();
        new SourceReader(state, variables).readSources();
        groupings.readCases();
        groupings.readSets();
        notes.readNotes();
        notes.readLinks();
        state.count("graph(s)", Dom.grandchildren(root, "Graphs", "Graph").size());
        return finish();
    }

    /**
     * Builds a project holding only the codes of a REFI codebook file (.qdc): root {@code CodeBook}, in the
     * codebook namespace {@code urn:QDA-XML:codebook:1.0} or, as Sameboat wrote it before, the project namespace
     * (elements are matched by local name). The project is named after the file; its codes sit in one codebook.
     */
    RefiImport buildCodebook() throws InteropException {
        Element root = state.root;
        String label = state.label;
        if (!"CodeBook".equals(Dom.name(root))) {
            throw new InteropException(label + " is not a REFI-QDA codebook: its root element is <" + Dom.name(root)
                    + ">, not <CodeBook>");
        }
        Project project = state.project;
        state.ids.fresh(project);
        project.setName(label.toLowerCase(Locale.ROOT).endsWith(".qdc") ? label.substring(0, label.length() - 4) : label);
        project.setFormatVersion(ProjectFormat.CURRENT_VERSION);
        List<Element> top = Dom.grandchildren(root, "Codes", "Code");
        if (top.isEmpty()) {
            throw new InteropException(label + " holds no codes; a REFI codebook has at least one <Code> inside <Codes>");
        }
        new CodebookReader(state).readCodes(top);
        state.count("set(s) of codes", Dom.grandchildren(root, "Sets", "Set").size());
        return finish();
    }

    /** Reports what was not carried and validates; an invalid result is refused. */
    private RefiImport finish() throws InteropException {
        state.warnNotCarried();
        state.ids.replacedIdsMemo(state.label).ifPresent(state.project.getMemos()::add);
        Optional<String> unsavable = ProjectStore.whyUnsavable(state.project);
        if (unsavable.isPresent()) {
            throw new InteropException(state.label + " cannot be imported: " + unsavable.get());
        }
        for (Problem problem : ProjectValidator.validate(state.project)) {
            if (problem.isError()) {
                throw new InteropException(state.label + " cannot be imported: " + problem.message());
            }
            state.warnings.add(problem.message());
        }
        return new RefiImport(state.project, state.warnings);
    }
}
