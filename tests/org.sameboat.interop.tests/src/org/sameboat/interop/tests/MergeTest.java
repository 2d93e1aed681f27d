package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
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
import org.sameboat.model.Identified;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.SegmentSet;
import org.sameboat.model.codebook.CodeLinks;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.CodebookEdits;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Ids;
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

    /**
     * Every stored attribute of every kind of element, set to a value no default has, arrives in a project that had
     * none of them: an attribute added to the model later is checked here without a change to this test.
     */
    @Test
    void everyStoredAttributeOfEveryKindOfElementSurvivesAMerge() {
        Project theirs = TestProjects.small();
        SegmentSet saved = Ids.assign(SameboatFactory.eINSTANCE.createSegmentSet());
        saved.setName("isolation, both coders");
        saved.getCodes().add(CodePaths.find(theirs, "All in the same boat").orElseThrow());
        saved.getDocuments().addAll(theirs.getDocuments());
        saved.getCoders().addAll(theirs.getCoders());
        saved.getGroups().addAll(theirs.getGroups());
        theirs.getSegmentSets().add(saved);
        Codebook empty = Ids.assign(SameboatFactory.eINSTANCE.createCodebook());
        empty.setName("Still to fill");
        theirs.getCodebooks().add(empty);
        Set<EClass> kinds = new HashSet<>();
        List<EObject> elements = new ArrayList<>();
        int[] next = {0};
        theirs.eAllContents().forEachRemaining(element -> {
            kinds.add(element.eClass());
            elements.add(element);
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (attribute.isChangeable() && !attribute.isDerived() && !attribute.isTransient()) {
                    setToAnUnusualValue(element, attribute, ++next[0]);
                }
            }
        });
        // every cross-reference the fixture leaves empty gets an element of its type, so that each kind is merged
        for (EObject element : elements) {
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (!reference.isContainment() && !reference.isContainer() && reference.isChangeable() && !reference.isTransient()
                        && !reference.isDerived() && !element.eIsSet(reference)) {
                    EObject target = elements.stream().filter(e -> e != element && reference.getEReferenceType().isInstance(e)
                            && e instanceof Identified).findFirst().orElseThrow();
                    if (reference.isMany()) {
                        @SuppressWarnings("unchecked")
                        List<EObject> values = (List<EObject>) element.eGet(reference);
                        values.add(target);
                    } else {
                        element.eSet(reference, target);
                    }
                }
            }
        }
        Set<EClass> contained = new HashSet<>();
        containedKinds(theirs.eClass(), contained);
        assertEquals(contained, kinds, "the fixture holds an element of every kind a project can contain");

        Project ours = SameboatFactory.eINSTANCE.createProject();
        ours.setId("the-target");
        new ProjectMerger(ours).merge(copy(theirs), "elsewhere");

        Map<String, EObject> merged = new HashMap<>();
        ours.eAllContents().forEachRemaining(e -> {
            if (e instanceof Identified identified) {
                merged.put(identified.getId(), e);
            }
        });
        int compared = 0;
        for (var all = theirs.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            if (!(element instanceof Identified identified)) {
                continue;
            }
            EObject counterpart = merged.get(identified.getId());
            assertNotNull(counterpart, element.eClass().getName() + " " + identified.getId() + " was merged");
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (!attribute.isTransient() && !attribute.isDerived()) {
                    assertEquals(element.eGet(attribute), counterpart.eGet(attribute), element.eClass().getName() + "." + attribute.getName());
                    compared++;
                }
            }
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (!reference.isContainment() && !reference.isContainer() && !reference.isTransient() && !reference.isDerived()) {
                    assertEquals(ids(element.eGet(reference)), ids(counterpart.eGet(reference)),
                            element.eClass().getName() + "." + reference.getName());
                    compared++;
                }
            }
        }
        assertTrue(compared > 100, compared + " attribute values compared");
        SegmentSet copiedSet = ours.getSegmentSets().get(0);
        assertEquals(List.of(ours.getDocuments().get(0)), copiedSet.getDocuments());
        assertEquals(Set.copyOf(ours.getCoders()), Set.copyOf(copiedSet.getCoders()));
    }

    /** The ids a reference points at, in order; the project itself stands for any project. */
    private static List<String> ids(Object value) {
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        return values.stream().map(v -> v instanceof Project ? "the project" : ((Identified) v).getId()).toList();
    }

    /** A value of the attribute's type that no default and no other element of the fixture has. */
    @SuppressWarnings("unchecked")
    private static void setToAnUnusualValue(EObject element, EAttribute attribute, int n) {
        String name = attribute.getName();
        if (name.equals("id") || name.equals("contentHash") || name.equals("start") || name.equals("end")) {
            return; // identities and text positions must stay what they are for the merge to match anything
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        Object value;
        if (attribute.getEAttributeType() instanceof EEnum kind) {
            Object current = element.eGet(attribute);
            value = kind.getELiterals().stream().map(EEnumLiteral::getInstance).filter(l -> l != current).reduce((a, b) -> b).orElseThrow();
        } else if (type == String.class) {
            value = name + " " + n;
        } else if (type == boolean.class || type == Boolean.class) {
            value = !Boolean.TRUE.equals(element.eGet(attribute));
        } else if (type == int.class || type == Integer.class) {
            value = 1000 + n;
        } else if (type == long.class || type == Long.class) {
            value = 1_000_000L + n;
        } else {
            throw new AssertionError("no unusual value for " + attribute.getEAttributeType().getName() + "; add one here");
        }
        if (attribute.isMany()) {
            ((List<Object>) element.eGet(attribute)).add(value);
        } else {
            element.eSet(attribute, value);
        }
    }

    /** The kinds of element a project can hold, following containment from the project down. */
    private static void containedKinds(EClass owner, Set<EClass> found) {
        for (EReference containment : owner.getEAllContainments()) {
            EClass kind = containment.getEReferenceType();
            if (found.add(kind)) {
                containedKinds(kind, found);
            }
        }
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
