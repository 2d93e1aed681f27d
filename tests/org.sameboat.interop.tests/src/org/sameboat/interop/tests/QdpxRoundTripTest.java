package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.QdpxWriter;
import org.sameboat.interop.refi.RefiImport;
import org.sameboat.model.Project;
import org.sameboat.model.store.ProjectStore;

/** Sameboat to QDPX and back loses nothing. */
class QdpxRoundTripTest {

    @TempDir
    Path temp;

    private RefiImport roundTrip(Project project) throws Exception {
        Path qdpx = temp.resolve("round.qdpx");
        QdpxWriter writer = new QdpxWriter();
        writer.write(project, qdpx);
        assertTrue(writer.warnings().stream().anyMatch(w -> w.contains("turns and speakers")), "turns are said to travel in a note");
        return new QdpxReader().read(qdpx);
    }

    @Test
    void projectMadeInCodeComesBackFactForFact() throws Exception {
        Project original = TestProjects.small();
        RefiImport back = roundTrip(original);
        assertEquals(TestProjects.facts(original), TestProjects.facts(back.project()));
        assertEquals(List.of(), back.warnings());
    }

    @Test
    void toolShapedExportsPassThroughSameboatUnchanged() throws Exception {
        for (Path export : List.of(ToolExports.maxqdaLike(temp), ToolExports.nvivoLike(temp), ToolExports.atlasLike(temp))) {
            Project first = new QdpxReader().read(export).project();
            Path again = temp.resolve("again-" + export.getFileName());
            new QdpxWriter().write(first, again);
            assertEquals(TestProjects.facts(first), TestProjects.facts(new QdpxReader().read(again).project()), export.getFileName().toString());
        }
    }

    @Test
    void sampleProjectComesBackFactForFactAndSavesCleanly() throws Exception {
        Project sample = SampleProject.create(temp.resolve("sample"));
        RefiImport back = roundTrip(sample);
        assertEquals(TestProjects.facts(sample), TestProjects.facts(back.project()));
        Path folder = temp.resolve("reimported");
        new ProjectStore().save(back.project(), folder);
        assertEquals(List.of(), new ProjectStore().load(folder).problems());
    }
}
