package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.interop.merge.MergeReport;
import org.sameboat.interop.merge.MergeSource;
import org.sameboat.interop.merge.ProjectMerger;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.QdpxWriter;
import org.sameboat.model.Code;
import org.sameboat.model.CodeRole;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodeLinks;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.CodebookEdits;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.validation.ProjectValidator;

/** Merging projects of the same material coded apart. */
class MergeTest {

    @TempDir
    Path temp;

    private static int codings(Project project) {
        return project.getDocuments().stream().mapToInt(d -> d.getCodings().size()).sum();
    }

    private static Project copy(Project project) {
        Project copy = EcoreUtil.copy(project);
        for (int i = 0; i < project.getDocuments().size(); i++) {
            copy.getDocuments().get(i).setText(project.getDocuments().get(i).getText());
        }
        return copy;
    }

    @Test
    void copiesCodedApartAreUnitedAndSharedCodingsKeptOnce() throws Exception {
        Project ours = TestProjects.small();
        Project theirs = copy(ours);
        Document document = theirs.getDocuments().get(0);
        Coder kim = Lookups.coderOrNew(theirs, "kim");
        Codings.add(document, CodePaths.find(theirs, "Loneliness").orElseThrow(), kim, 0, 3, TestProjects.CLOCK);
        MergeReport report = new ProjectMerger(ours).merge(theirs, "theirs");
        assertEquals(5, codings(ours));
        assertTrue(report.added().contains("coder 'kim'"), report.lines().toString());
        assertTrue(report.added().contains("1 coding(s) on 'session 1'"), report.lines().toString());
        assertTrue(report.matched().contains("4 coding(s) on 'session 1' were already here (same code, coder and range)"));
        assertEquals(List.of(), report.conflicts());
        assertTrue(ProjectValidator.validate(ours).stream().noneMatch(p -> p.isError()));
    }

    @Test
    void mergingTheSameProjectTwiceAddsNothingTheSecondTime() {
        Project ours = TestProjects.small();
        Project theirs = copy(ours);
        Lookups.coderOrNew(theirs, "kim");
        new ProjectMerger(ours).merge(theirs, "theirs");
        List<String> once = TestProjects.facts(ours);
        MergeReport again = new ProjectMerger(ours).merge(theirs, "theirs");
        assertEquals(once, TestProjects.facts(ours));
        assertEquals(List.of(), again.added());
    }

    @Test
    void independentProjectsMatchDocumentsByTextCodesByPathAndCodersByNameWithAWarning() {
        Project ours = TestProjects.small();
        Project theirs = ProjectTemplate.create("Elsewhere");
        Document same = TestProjects.document(theirs, "their copy of session 1", TestProjects.TEXT);
        Document extra = TestProjects.document(theirs, "session 2", "Cy: Hello.\n");
        Coder alex = Lookups.coderOrNew(theirs, "Alex");
        Code sameBoat = CodePaths.find(theirs, "All in the same boat").orElseThrow();
        Codings.add(same, sameBoat, alex, 5, 26, TestProjects.CLOCK);
        Codings.add(same, sameBoat, alex, 0, 3, TestProjects.CLOCK);
        Codings.add(extra, sameBoat, alex, 0, 2, TestProjects.CLOCK);
        MergeReport report = new ProjectMerger(ours).merge(theirs, "elsewhere");
        assertEquals(2, ours.getDocuments().size());
        assertEquals(6, codings(ours), "one new coding on the shared text, one on the new document; 5-26 by alex was there");
        assertTrue(report.matched().stream().anyMatch(l -> l.contains("(same text)")), report.lines().toString());
        assertTrue(report.warnings().stream().anyMatch(l -> l.contains("coder 'Alex'") && l.contains("by name only")));
        // the ten dynamics and obstacles with their 13 sub-codes, and the 13 worker skills, matched by path
        assertTrue(report.matched().stream().anyMatch(l -> l.startsWith("23 code(s) of codebook 'Mutual aid dynamics'")), report.lines().toString());
        assertTrue(report.matched().stream().anyMatch(l -> l.startsWith("13 code(s) of codebook 'Worker skills'")), report.lines().toString());
        assertEquals(2, ours.getCoders().size(), "Alex is alex");
        assertTrue(ProjectValidator.validate(ours).stream().noneMatch(p -> p.isError()));
    }

    @Test
    void aCodeCopiedByAMergeKeepsWhomItAppliesToAndWhatItHelpsStart() {
        Project ours = TestProjects.small();
        Project theirs = EcoreUtil.copy(ours);
        Codebook skills = theirs.getCodebooks().stream().filter(c -> c.getName().equals("Worker skills")).findFirst().orElseThrow();
        Code own = CodebookEdits.add(skills, null, "Holding silence", "#DDDDDD");
        own.setAppliesTo(CodeRole.WORKER);
        own.getStarts().add(CodePaths.find(theirs, "Discussing a taboo area").orElseThrow().getId());

        new ProjectMerger(ours).merge(theirs, "elsewhere");

        Code copied = CodePaths.find(ours, "Holding silence").orElseThrow();
        assertEquals(CodeRole.WORKER, copied.getAppliesTo());
        assertEquals(List.of(CodePaths.find(ours, "Discussing a taboo area").orElseThrow()), CodeLinks.starts(copied));
    }

    @Test
    void documentWithTheSameIdButAnotherTextIsAConflictAndItsCodingsStayOut() {
        Project ours = TestProjects.small();
        Project theirs = copy(ours);
        Document changed = theirs.getDocuments().get(0);
        changed.setText("Another text altogether, long enough for codings.\n");
        changed.setContentHash(null);
        MergeReport report = new ProjectMerger(ours).merge(theirs, "theirs");
        assertEquals(4, codings(ours));
        assertTrue(report.conflicts().stream().anyMatch(l -> l.contains("has the id of 'session 1' but another text")), report.lines().toString());
    }

    @Test
    void differingCodeColourIsReportedAndOursKept() {
        Project ours = TestProjects.small();
        Project theirs = copy(ours);
        CodePaths.find(theirs, "Loneliness").orElseThrow().setColour("#ABCDEF");
        MergeReport report = new ProjectMerger(ours).merge(theirs, "theirs");
        assertEquals("#0000FF", CodePaths.find(ours, "Loneliness").orElseThrow().getColour());
        assertEquals(1, report.conflicts().size(), report.lines().toString());
        assertTrue(report.conflicts().get(0).contains("kept #0000FF"));
    }

    @Test
    void qdpxFileOfTheSameMaterialMergesLikeAFolder() throws Exception {
        Project ours = TestProjects.small();
        Project theirs = copy(ours);
        Codings.add(theirs.getDocuments().get(0), CodePaths.find(theirs, "Loneliness").orElseThrow(),
                Lookups.coderOrNew(theirs, "kim"), 10, 15, TestProjects.CLOCK);
        Path qdpx = temp.resolve("theirs.qdpx");
        new QdpxWriter().write(theirs, qdpx);
        MergeReport report = new ProjectMerger(ours).merge(new MergeSource(new QdpxReader()).read(qdpx));
        assertEquals(5, codings(ours));
        assertTrue(report.added().contains("coder 'kim'"));
        assertEquals(List.of(), report.conflicts(), report.lines().toString());
    }
}
