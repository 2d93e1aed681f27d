package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sameboat.ui.tests.TestUi.find;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.CodebookEdits;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.text.DocumentText;
import org.sameboat.ui.parts.CodeForm;
import org.sameboat.ui.parts.CodeForm.Field;
import org.sameboat.ui.parts.CodebookPart;
import org.sameboat.ui.parts.DetailsPart;
import org.sameboat.ui.parts.MemoDialog;
import org.sameboat.ui.parts.MemosPart;
import org.sameboat.ui.parts.TranscriptPart;
import org.sameboat.ui.session.CodingTarget;
import org.sameboat.ui.widgets.CodePalette;
import org.sameboat.ui.widgets.CodingColours;

/** Codes edited in the workbench (guidance, shortcut key, colours, the codebook's tools) and the Memos part. */
class CodesAndMemosTest {

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private Project project;
    private TranscriptPart transcript;
    private Document document;

    @BeforeEach
    void openSampleAsAlex() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        project = fixture.session.project().orElseThrow();
        transcript = fixture.part(TranscriptPart.class);
        fixture.context.set(CodingTarget.class, transcript);
        document = fixture.session.document().orElseThrow();
        fixture.settle();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Code code(String name) {
        return CodePaths.find(project, name).orElseThrow();
    }

    private CodeForm formOf(DetailsPart details, Code code) {
        details.selected(code);
        fixture.settle();
        return details.codeForm().orElseThrow(() -> new AssertionError("Details shows no form for a code"));
    }

    @Test
    void aCodesGuidanceIsEditedInDetailsUndoneRedoneAndSaved() throws Exception {
        DetailsPart details = fixture.part(DetailsPart.class);
        Code rehearsal = code("Rehearsal");
        String definitionBefore = rehearsal.getDefinition();
        CodeForm form = formOf(details, rehearsal);
        assertEquals(definitionBefore, form.field(Field.DEFINITION).getText(), "the form shows the code's definition");

        form.field(Field.DEFINITION).setText("A member tries out, in the group, what they will say outside it.");
        form.field(Field.INDICATORS).setText("\"let me try saying it\"\n\nrole play with another member\n");
        form.field(Field.EXCLUSION).setText("Planning without trying the words out");
        form.apply();

        assertEquals("A member tries out, in the group, what they will say outside it.", rehearsal.getDefinition());
        assertEquals(List.of("\"let me try saying it\"", "role play with another member"), rehearsal.getIndicators(), "one indicator a line");
        assertEquals("Undo edit code 'Rehearsal'", fixture.session.undoName());

        fixture.session.undo();
        fixture.settle();
        assertEquals(definitionBefore, rehearsal.getDefinition());
        assertEquals(definitionBefore, form.field(Field.DEFINITION).getText(), "the form follows the undo");

        fixture.session.redo();
        fixture.session.save();
        Code reopened = CodePaths.find(new ProjectStore().load(fixture.folder).project(), "Rehearsal").orElseThrow();
        assertEquals("Planning without trying the words out", reopened.getExclusion());
        assertEquals(2, reopened.getIndicators().size());
    }

    @Test
    void aShortcutKeySetInTheFormCodesTheSelection() {
        DetailsPart details = fixture.part(DetailsPart.class);
        Code rehearsal = code("Rehearsal");
        CodeForm form = formOf(details, rehearsal);
        form.field(Field.SHORTCUT).setText("r");
        form.apply();

        DocumentText text = DocumentText.of(document.getText());
        int at = text.string().indexOf("Welcome, everyone.");
        int start = text.codePointOffset(at);
        int end = text.codePointOffset(at + "Welcome, everyone.".length());
        transcript.viewer().select(start, end);
        Event key = new Event();
        key.character = 'r';
        key.keyCode = 'r';
        transcript.viewer().text().notifyListeners(SWT.KeyDown, key);

        assertTrue(document.getCodings().stream().anyMatch(c -> c.getCode() == rehearsal && c.getStart() == start && c.getEnd() == end
                && c.getCoder() == fixture.session.coder()), "the key 'r' did not code the selection");
    }

    @Test
    void aShortcutKeyAnotherCodeHasIsRefusedAndNothingChanges() {
        DetailsPart details = fixture.part(DetailsPart.class);
        Code rehearsal = code("Rehearsal");
        String taken = code("Mutual support").getShortcut();
        String definition = rehearsal.getDefinition();
        CodeForm form = formOf(details, rehearsal);
        form.field(Field.SHORTCUT).setText(taken);
        form.field(Field.DEFINITION).setText("changed");

        form.apply();

        assertTrue(form.message().contains("already codes 'Mutual support'"), form.message());
        assertEquals(definition, rehearsal.getDefinition());
        assertFalse(fixture.session.isDirty());
    }

    @Test
    void newCodesColoursDifferFromEveryColourInUseAndReadWellWithBlack() {
        List<String> inUse = new ArrayList<>(CodePaths.allCodes(project).stream().map(Code::getColour).toList());
        for (int i = 0; i < 6; i++) {
            String next = CodePalette.next(inUse);
            assertFalse(inUse.stream().anyMatch(next::equalsIgnoreCase), next + " is already a code's colour");
            assertTrue(CodePalette.contrast(CodingColours.rgb(next), new RGB(0, 0, 0)) >= 4.5, next + " is too dark for black text");
            inUse.add(next);
        }
    }

    @Test
    void theContrastRatioIsWcags() {
        // black on white is 21:1 and a colour on itself 1:1, by WCAG 2's definition
        assertEquals(21.0, CodePalette.contrast(new RGB(0, 0, 0), new RGB(255, 255, 255)), 1e-9);
        assertEquals(1.0, CodePalette.contrast(new RGB(0x80, 0xB1, 0xD3), new RGB(0x80, 0xB1, 0xD3)), 1e-9);
    }

    @Test
    void textOnADarkCodeColourTurnsWhite() {
        DocumentText text = DocumentText.of(document.getText());
        int offset = text.codePointOffset(text.string().indexOf("Welcome, everyone.")) + 3;
        List<Coding> here = transcript.viewer().codingsAt(offset);
        assertFalse(here.isEmpty(), "the sample codes the worker's first turn");
        // the colour shown is the innermost coding's: that code turns dark
        Code shown = here.get(here.size() - 1).getCode();
        assertEquals(new RGB(0, 0, 0), transcript.viewer().styleAt(offset).orElseThrow().foreground.getRGB(), "black text on a light colour");

        fixture.session.edit("Recolour", List.of(shown), () -> {
            CodebookEdits.recolour(shown, "#1F2A60");
            return shown;
        });
        fixture.settle();

        StyleRange dark = transcript.viewer().styleAt(offset).orElseThrow();
        assertEquals(new RGB(0x1F, 0x2A, 0x60), dark.background.getRGB());
        assertEquals(new RGB(255, 255, 255), dark.foreground.getRGB(), "black text on a dark colour");
    }

    @Test
    void theCodebooksToolsAreIconsWithTooltips() {
        CodebookPart codebook = fixture.part(CodebookPart.class);
        fixture.settle();

        ToolItem[] items = codebook.tools().getItems();
        assertEquals(6, items.length);
        for (ToolItem item : items) {
            assertNotNull(item.getImage(), "a tool without an icon");
            assertEquals("", item.getText(), "a tool with a word on it");
            assertFalse(item.getToolTipText() == null || item.getToolTipText().isBlank(), "a tool without a tooltip");
            assertEquals(16, item.getImage().getBounds().width);
        }
    }

    @Test
    void aCodingsMemoIsWrittenInSeveralLinesInTheMemoEditor() {
        Coding coding = document.getCodings().stream().filter(c -> c.getCoder() == fixture.session.coder()).findFirst().orElseThrow();
        MemoDialog dialog = new MemoDialog(fixture.shell, "Memo on " + coding.getCode().getName(), null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Text field = find(dialog.getShell(), Text.class, t -> (t.getStyle() & SWT.MULTI) != 0);
        field.setText("First thought.\n\nA second paragraph.");
        find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "").equals("OK")).notifyListeners(SWT.Selection, new Event());

        assertEquals(MemoDialog.OK, dialog.getReturnCode());
        fixture.session.setMemo(coding, dialog.text());
        assertEquals("First thought.\n\nA second paragraph.", coding.getMemo());
    }

    @Test
    void theMemosPartListsCodingMemosWithTheirOwnerFiltersThemAndOpensTheCoding() {
        MemosPart memos = fixture.part(MemosPart.class);
        Coding coding = document.getCodings().stream().filter(c -> c.getCoder() == fixture.session.coder()).findFirst().orElseThrow();
        fixture.session.setMemo(coding, "Dana names the purpose:\nmutual aid, not advice.");
        fixture.settle();

        memos.filter("purpose", null);
        List<MemosPart.Entry> listed = memos.listed();
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(MemosPart.Kind.CODING, listed.get(0).kind());
        assertTrue(listed.get(0).owner().startsWith(coding.getCode().getName() + " by alex in " + document.getName()), listed.get(0).owner());

        memos.filter("purpose", MemosPart.Kind.DOCUMENT);
        assertTrue(memos.listed().isEmpty(), "a coding's memo listed as a document's");

        memos.filter("purpose", MemosPart.Kind.CODING);
        fixture.session.show(project.getDocuments().get(1));
        memos.open(0);
        fixture.settle();
        assertEquals(document, fixture.session.document().orElseThrow(), "the coding's document is shown");
        int[] selected = transcript.viewer().selection().orElseThrow();
        assertEquals(coding.getStart(), selected[0]);
        assertEquals(coding.getEnd(), selected[1]);
    }
}
