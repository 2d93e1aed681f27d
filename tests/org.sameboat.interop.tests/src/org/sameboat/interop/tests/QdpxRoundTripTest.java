package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.QdpxWriter;
import org.sameboat.interop.refi.RefiImport;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatPackage;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.validation.Problem;
import org.sameboat.model.validation.ProjectValidator;

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
        // the small project codes a member dynamic on its worker's turn; the code's role comes back, and with it
        // the warning the original gets
        List<String> problems = ProjectValidator.validate(original).stream().map(Problem::message).toList();
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(p -> p.contains("applies to member turns")), problems.toString());
        assertEquals(problems, back.warnings());
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
    void sampleProjectComesBackFactForFactAndSavesWithTheSameProblems() throws Exception {
        Project sample = SampleProject.create(temp.resolve("sample"));
        RefiImport back = roundTrip(sample);
        assertEquals(TestProjects.facts(sample), TestProjects.facts(back.project()));
        Path folder = temp.resolve("reimported");
        new ProjectStore().save(back.project(), folder);
        // the sample keeps a few member dynamics on the worker's turns; whom a code applies to comes back, so do they
        List<Problem> problems = new ProjectStore().load(temp.resolve("sample")).problems();
        assertFalse(problems.isEmpty(), "the sample's role warnings");
        assertTrue(problems.stream().noneMatch(Problem::isError), problems.toString());
        assertEquals(problems.stream().map(Problem::toString).toList(),
                new ProjectStore().load(folder).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void everyAttributeOfEveryCodeOfBothBuiltInCodebooksComesBack() throws Exception {
        Project original = ProjectTemplate.create("Codebooks");
        List<String> before = codeAttributes(original);
        assertEquals(2, original.getCodebooks().size());
        assertTrue(before.stream().filter(l -> l.contains(" appliesTo=worker ") && !l.contains(" starts=[] ")).count() >= 13,
                "the thirteen skills apply to worker turns and help start dynamics: " + before);
        assertTrue(before.stream().anyMatch(l -> l.contains(" appliesTo=member ") && l.contains(" inclusion=")), before.toString());
        Path qdpx = temp.resolve("codebooks.qdpx");
        new QdpxWriter().write(original, qdpx);
        RefiImport back = new QdpxReader().read(qdpx);
        assertEquals(before, codeAttributes(back.project()));
        assertEquals(List.of(), back.warnings());
    }

    @Test
    void aCodeWhoseRoleIsNotSetComesBackNotSet() throws Exception {
        Project original = TestProjects.small();
        assertTrue(CodePaths.allCodes(original).stream().anyMatch(c -> !c.eIsSet(SameboatPackage.Literals.CODE__APPLIES_TO)));
        assertEquals(codeAttributes(original), codeAttributes(roundTrip(original).project()));
    }

    /**
     * Every attribute of every code, by reflection over the model so that an attribute added later is compared too:
     * '=' before a value that is set, '~' before a default.
     */
    private static List<String> codeAttributes(Project project) {
        List<String> lines = new ArrayList<>();
        for (Codebook codebook : project.getCodebooks()) {
            for (Code code : CodePaths.allCodes(codebook)) {
                StringBuilder line = new StringBuilder(codebook.getName() + " | " + CodePaths.path(code) + " ");
                for (EAttribute attribute : code.eClass().getEAllAttributes()) {
                    line.append(attribute.getName()).append(code.eIsSet(attribute) ? "=" : "~").append(code.eGet(attribute)).append(' ');
                }
                lines.add(line.toString());
            }
        }
        assertFalse(lines.isEmpty());
        return lines;
    }
}
