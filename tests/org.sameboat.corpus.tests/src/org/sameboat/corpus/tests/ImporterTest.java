package org.sameboat.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.imports.CsvColumns;
import org.sameboat.corpus.imports.ImportException;
import org.sameboat.corpus.imports.ImportFormat;
import org.sameboat.corpus.imports.ImportReport;
import org.sameboat.corpus.imports.Source;
import org.sameboat.corpus.imports.TranscriptImporter;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectStore;

class ImporterTest {

    private static final Source VTT = Sources.utf8("a.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ruth>Hello.\n");
    private static final Source SRT = Sources.utf8("b.srt", "1\n00:00:01,000 --> 00:00:02,000\nDana: Hi.\n");
    private static final Source CSV = Sources.utf8("c.csv", "d,who,said,role\nx,Lena,One.,worker\ny,Ruth,Two.,member\n");

    @Test
    void autoDetectsSubtitlesAndTablesByExtension() throws ImportException {
        assertEquals(ImportFormat.VTT, ImportFormat.AUTO.resolve(VTT));
        assertEquals(ImportFormat.SRT, ImportFormat.AUTO.resolve(SRT));
        assertEquals(ImportFormat.CSV, ImportFormat.AUTO.resolve(CSV));
        assertEquals(ImportFormat.TURNS, ImportFormat.AUTO.resolve(Sources.utf8("d.txt", "Ruth: Hi\nDana: Hello\n")));
        assertEquals(ImportFormat.TXT, ImportFormat.AUTO.resolve(Sources.utf8("e.txt", "Notes of the day.\n")));
    }

    @Test
    void mixedFormatsImportTogetherWithRolesFromTheTable() throws ImportException {
        Project project = ProjectTemplate.create("p");
        List<String> progress = new ArrayList<>();
        ImportReport report = new TranscriptImporter(project).importSources(List.of(VTT, SRT, CSV), ImportFormat.AUTO,
                Optional.of(CsvColumns.parse("doc=d,speaker=who,text=said,role=role")), (i, n, name) -> progress.add(i + "/" + n + " " + name));
        assertEquals(List.of("0/3 a.vtt", "1/3 b.srt", "2/3 c.csv"), progress);
        assertEquals(List.of("a", "b", "c-x", "c-y"), report.documents().stream().map(d -> d.getName()).toList());
        assertEquals(4, report.turns());
        assertEquals(SpeakerRole.WORKER, project.getParticipants().stream().filter(p -> p.getPseudonym().equals("Lena")).findFirst()
                .orElseThrow().getRole());
    }

    @Test
    void aBadFileAmongGoodOnesLeavesTheProjectUnchanged() {
        Project project = ProjectTemplate.create("p");
        Project before = EcoreUtil.copy(project);
        Source bad = Sources.utf8("bad.srt", "1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\nnot a timing\nThere\n");
        ImportException e = assertThrows(ImportException.class,
                () -> new TranscriptImporter(project).importSources(List.of(VTT, bad), ImportFormat.AUTO, (i, n, name) -> { }));
        assertTrue(e.getMessage().startsWith("bad.srt line 6: expected a cue timing"), e.getMessage());
        assertTrue(EcoreUtil.equals(before, project), "the project must be as it was");
    }

    @Test
    void aTableWithoutAColumnMappingIsRefusedWithAnExample() {
        Project project = ProjectTemplate.create("p");
        ImportException e = assertThrows(ImportException.class,
                () -> new TranscriptImporter(project).importSources(List.of(CSV), ImportFormat.AUTO, (i, n, name) -> { }));
        assertTrue(e.getMessage().startsWith("c.csv: an utterance table needs a column mapping, e.g. --csv-columns doc="), e.getMessage());
        assertEquals(0, project.getDocuments().size());
    }

    @Test
    void theSampleProjectLoadsWithoutErrorsAndWarnsOnlyOfDynamicsOnTheWorkersTurns(@TempDir Path folder) throws Exception {
        SampleProject.create(folder.resolve("sample"));
        LoadedProject loaded = new ProjectStore().load(folder.resolve("sample"));
        // the worker's turns carry skills, but a few keep a member dynamic as a coder's slip, so that info shows them
        assertFalse(loaded.problems().isEmpty());
        assertEquals(List.of(), loaded.problems().stream().filter(p -> p.isError()).toList());
        assertTrue(loaded.problems().stream().allMatch(p -> p.message().contains("applies to member turns, but turn")
                && p.message().contains("spoken by Dana (worker)")), loaded.problems().toString());
        assertEquals(6, loaded.project().getDocuments().size());
        assertTrue(loaded.project().getDocuments().stream().allMatch(d -> d.getText() != null && !d.getTurns().isEmpty()));
    }
}
