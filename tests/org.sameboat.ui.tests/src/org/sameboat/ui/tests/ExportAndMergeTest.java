package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.interop.refi.QdcReader;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.RefiImport;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.ui.handlers.ExportHandler;
import org.sameboat.ui.handlers.ExportKind;
import org.sameboat.ui.handlers.MergeHandler;
import org.sameboat.ui.session.ProjectSession;

/** File > Export writes files other programs read back, File > Merge pools another coder's copy as one undoable step. */
class ExportAndMergeTest {

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private final TestUi.Told told = new TestUi.Told();

    @BeforeEach
    void openSample() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Path export(ExportKind kind, boolean pseudonymise) {
        Path file = temp.resolve("out-" + kind.parameter(pseudonymise) + "." + kind.extension());
        Job job = ExportHandler.export(kind, pseudonymise, fixture.session, file, told);
        fixture.waitFor(() -> job.getResult() != null);
        return file;
    }

    private Project project() {
        return fixture.session.project().orElseThrow();
    }

    private int codings(Project project) {
        return project.getDocuments().stream().mapToInt(d -> d.getCodings().size()).sum();
    }

    @Test
    void theQdpxExportReadsBackWithEveryDocumentAndCoding() throws Exception {
        RefiImport back = new QdpxReader().read(export(ExportKind.QDPX, false));
        assertFalse(told.failed(), told.lines.toString());
        assertEquals(project().getDocuments().size(), back.project().getDocuments().size());
        assertEquals(codings(project()), codings(back.project()));
        assertEquals(project().getDocuments().get(0).getText(), back.project().getDocuments().get(0).getText());
    }

    @Test
    void theCodingTableHasItsHeaderAndOneRowPerCodingAndThePseudonymisedOneNoSpeakerName() throws Exception {
        List<CSVRecord> rows = csv(export(ExportKind.CSV, false));
        assertEquals(List.of("document", "session", "stage", "speaker"), rows.get(0).toList().subList(0, 4));
        assertEquals(codings(project()), rows.size() - 1);
        assertTrue(rows.stream().anyMatch(r -> r.get(3).equals("Ruth")));

        List<CSVRecord> hidden = csv(export(ExportKind.CSV, true));
        assertEquals(rows.size(), hidden.size());
        assertTrue(hidden.stream().skip(1).noneMatch(r -> r.get(3).equals("Ruth") || r.get(3).equals("Dana")), "speakers pseudonymised");
        assertFalse(told.failed(), told.lines.toString());
    }

    @Test
    void theCodebookAndTheReportAreWrittenTooWithPseudonymisedVariants() throws Exception {
        RefiImport codebook = new QdcReader().read(export(ExportKind.QDC, false));
        assertEquals(CodePaths.allCodes(project()).stream().map(Code::getId).toList(),
                CodePaths.allCodes(codebook.project()).stream().map(Code::getId).toList());
        String report = Files.readString(export(ExportKind.HTML, false));
        assertTrue(report.startsWith("<!DOCTYPE html>") || report.startsWith("<!doctype html>"), report.substring(0, 40));
        assertTrue(report.contains("Ruth"));
        String hidden = Files.readString(export(ExportKind.HTML, true));
        assertFalse(hidden.contains("Ruth:"), "no speaker's name before a turn");
        Path qdpx = export(ExportKind.QDPX, true);
        assertTrue(new QdpxReader().read(qdpx).project().getParticipants().stream().noneMatch(p -> p.getPseudonym().equals("Ruth")));
        assertFalse(told.failed(), told.lines.toString());
        assertEquals(4, told.lines.size());
    }

    @Test
    void anExportThatCannotBeWrittenSaysSoInOneLineAndLeavesTheProjectAlone() throws Exception {
        // a "folder" that is a file: no export can be written in it
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Path nowhere = file.resolve("out.csv");
        Job job = ExportHandler.export(ExportKind.CSV, false, fixture.session, nowhere, told);
        fixture.waitFor(() -> job.getResult() != null);
        assertTrue(told.failed());
        assertEquals(1, told.lines.size());
        assertFalse(told.lines.get(0).contains("\n"));
        assertFalse(fixture.session.isDirty());
    }

    @Test
    void anotherCodersCopyIsMergedAsOneUndoableStepWithItsReport() throws Exception {
        Path other = temp.resolve("kim");
        SampleProject.create(other);
        ProjectSession kim = new ProjectSession(new ProjectStore(), WorkbenchFixture.CLOCK);
        kim.open(other, "kim");
        Document first = kim.project().orElseThrow().getDocuments().get(0);
        Code code = kim.project().orElseThrow().getCodebooks().get(0).getCodes().get(0);
        kim.code(first, code, first.getTurns().get(1).getStart(), first.getTurns().get(1).getEnd());
        kim.save();
        kim.close();
        int before = codings(project());

        List<MergeHandler.Outcome> shown = new ArrayList<>();
        Job job = MergeHandler.merge(other, fixture.session, TestUi.sync(fixture.display), shown::add, told);
        fixture.waitFor(() -> job.getResult() != null);

        assertFalse(told.failed(), told.lines.toString());
        assertEquals(1, shown.size());
        assertFalse(shown.get(0).lines().isEmpty());
        List<Coding> kims = project().getDocuments().stream().flatMap(d -> d.getCodings().stream())
                .filter(c -> c.getCoder().getName().equals("kim")).toList();
        assertEquals(1, kims.size());
        assertEquals(code.getName(), kims.get(0).getCode().getName());
        assertEquals(before + 1, codings(project()));
        assertTrue(fixture.session.history().undoLabel().startsWith("Merge"), fixture.session.history().undoLabel());

        fixture.session.undo();
        assertEquals(before, codings(project()));
    }

    @Test
    void mergingTheProjectItselfOrSomethingUnreadableChangesNothing() throws Exception {
        Path junk = temp.resolve("junk.qdpx");
        Files.writeString(junk, "not a zip");
        for (Path other : List.of(fixture.folder, junk)) {
            Job job = MergeHandler.merge(other, fixture.session, TestUi.sync(fixture.display), outcome -> { }, told);
            fixture.waitFor(() -> job.getResult() != null);
        }
        assertEquals(2, told.lines.size(), told.lines.toString());
        assertTrue(told.lines.stream().allMatch(l -> l.startsWith("failed: ") && !l.contains("\n")), told.lines.toString());
        assertFalse(fixture.session.isDirty());
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(Files.readString(file))).getRecords();
    }
}
