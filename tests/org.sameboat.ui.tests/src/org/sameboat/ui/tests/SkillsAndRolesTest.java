package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.ui.parts.DetailsPart;
import org.sameboat.ui.parts.TranscriptPart;
import org.sameboat.ui.session.CodingTarget;

/** Details links skills and dynamics both ways; coding a worker's turn with a member dynamic is done, with a word. */
class SkillsAndRolesTest {

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private TranscriptPart transcript;
    private DetailsPart details;
    private Project project;
    private Document document;

    @BeforeEach
    void openSampleAsAlex() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        transcript = fixture.part(TranscriptPart.class);
        details = fixture.part(DetailsPart.class);
        fixture.context.set(CodingTarget.class, transcript);
        project = fixture.session.project().orElseThrow();
        document = fixture.session.document().orElseThrow();
        fixture.settle();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Code code(String path) {
        return CodePaths.find(project, path).orElseThrow();
    }

    @Test
    void detailsOfADynamicListTheSkillsThatStartIt() {
        details.selected(code("Discussing a taboo area"));
        fixture.settle();
        String shown = details.shown();
        assertTrue(shown.contains("Skills that start this dynamic"), shown);
        assertTrue(shown.contains("\u2022 Raising a taboo"), shown);
        assertTrue(shown.contains("Applies to\nmember turns"), shown);
        assertTrue(shown.contains("Exclude\n"), shown);
    }

    @Test
    void detailsOfASkillListTheDynamicsItHelpsStart() {
        details.selected(code("Supporting the group against an outside system"));
        fixture.settle();
        String shown = details.shown();
        assertTrue(shown.contains("Helps start\n\u2022 Strength in numbers"), shown);
        assertTrue(shown.contains("Applies to\nworker turns"), shown);
    }

    @Test
    void aMemberDynamicOnTheWorkersTurnIsCodedAndTheStatusLineSaysSo() {
        DocumentText text = DocumentText.of(document.getText());
        int at = text.string().indexOf("Welcome, everyone.");
        int start = text.codePointOffset(at);
        int end = text.codePointOffset(at + "Welcome, everyone.".length());
        int before = document.getCodings().size();
        transcript.viewer().select(start, end);

        Event event = new Event();
        event.character = '5';
        event.keyCode = '5';
        transcript.viewer().text().notifyListeners(SWT.KeyDown, event);
        fixture.settle();

        assertEquals(before + 1, document.getCodings().size(), "the coding is made, not refused");
        assertTrue(transcript.status().contains("applies to member turns"), transcript.status());
    }
}
