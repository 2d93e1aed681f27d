package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Project;
import org.sameboat.model.SegmentSet;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.CodebookEdits;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.retrieval.Segment;
import org.sameboat.model.retrieval.SegmentOrder;
import org.sameboat.model.retrieval.SegmentQuery;
import org.sameboat.model.retrieval.SegmentSets;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectStore;

class SegmentQueryTest {

    @TempDir
    Path folder;

    private final Project project = Fixtures.smallProject();
    private final Document document = project.getDocuments().get(0);
    private final Code sameBoat = CodePaths.find(project, "All in the same boat").orElseThrow();
    private final Code support = CodePaths.find(project, "5").orElseThrow();
    private final Coder alex = Lookups.coder(project, "alex").orElseThrow();
    private final Coder sam = Lookups.coder(project, "sam").orElseThrow();

    private static SegmentQuery query(Set<Code> codes, Set<Document> documents, Set<Group> groups, Set<Coder> coders) {
        return new SegmentQuery(codes, true, documents, groups, coders);
    }

    @Test
    void anEmptyQuerySelectsEveryCodingInDocumentOrder() {
        List<Coding> all = SegmentQuery.ALL.run(project);
        assertEquals(3, all.size());
        assertEquals(List.of(5, 32, 35), all.stream().map(Coding::getStart).toList());
    }

    @Test
    void tickingACodeSelectsItsCodingsByEveryCoder() {
        List<Coding> found = query(Set.of(sameBoat), Set.of(), Set.of(), Set.of()).run(project);
        assertEquals(2, found.size());
        assertTrue(found.stream().allMatch(c -> c.getCode() == sameBoat));
    }

    @Test
    void aTickedParentSelectsItsSubCodesUnlessSubCodesAreLeftOut() {
        Code child = CodebookEdits.add(sameBoat.getCodebook(), sameBoat, "shared caregiving", "#336699");
        Codings.add(document, child, alex, 40, 45, Fixtures.CLOCK);

        assertEquals(3, query(Set.of(sameBoat), Set.of(), Set.of(), Set.of()).run(project).size());
        assertEquals(2, new SegmentQuery(Set.of(sameBoat), false, Set.of(), Set.of(), Set.of()).run(project).size());
    }

    @Test
    void codesAndCodersTogetherNarrowTheSelection() {
        List<Coding> found = query(Set.of(sameBoat), Set.of(), Set.of(), Set.of(sam)).run(project);
        assertEquals(1, found.size());
        assertEquals(32, found.get(0).getStart());
    }

    @Test
    void aTickedGroupSelectsTheCodingsOfItsDocuments() {
        Group group = Ids.assign(Fixtures.F.createGroup());
        group.setName("Caregivers");
        project.getGroups().add(group);
        Document other = Ids.assign(Fixtures.F.createDocument());
        other.setName("session 2");
        other.setText("Cy: nobody else gets it\n");
        project.getDocuments().add(other);
        Codings.add(other, support, alex, 0, 5, Fixtures.CLOCK);

        assertEquals(0, query(Set.of(), Set.of(), Set.of(group), Set.of()).run(project).size());
        document.setGroup(group);
        assertEquals(3, query(Set.of(), Set.of(), Set.of(group), Set.of()).run(project).size());
        assertEquals(1, query(Set.of(), Set.of(other), Set.of(), Set.of()).run(project).size());
    }

    @Test
    void aSegmentTellsTurnSpeakerCodeCoderMemoAndText() {
        Segment first = Segment.of(SegmentQuery.ALL.run(project).get(0));
        assertEquals(1, first.turn());
        assertEquals("Ana", first.speaker());
        assertEquals(CodePaths.path(sameBoat), first.code());
        assertEquals("alex", first.coder());
        assertEquals("isolation theme", first.memo());
        assertEquals("I felt alone with it.", first.text());
    }

    @Test
    void sortingByAColumnKeepsDocumentOrderAmongEqualKeys() {
        List<Segment> segments = new ArrayList<>(SegmentQuery.ALL.run(project).stream().map(Segment::of).toList());
        segments.sort(SegmentOrder.CODER.comparator(project.getDocuments(), false));
        assertEquals(List.of("sam", "sam", "alex"), segments.stream().map(Segment::coder).toList());
        assertEquals(List.of(32, 35, 5), segments.stream().map(s -> s.coding().getStart()).toList());
    }

    @Test
    void aSavedSetComesBackAfterSaveAndLoad() throws Exception {
        SegmentSets.save(project, "isolation", query(Set.of(sameBoat), Set.of(document), Set.of(), Set.of(alex)));
        new ProjectStore().save(project, folder);

        LoadedProject loaded = new ProjectStore().load(folder);

        assertEquals(List.of(), loaded.problems());
        SegmentSet set = SegmentSets.find(loaded.project(), "isolation").orElseThrow();
        SegmentQuery again = SegmentQuery.of(set);
        assertEquals(1, again.run(loaded.project()).size());
        assertEquals("alex", set.getCoders().get(0).getName());
    }

    @Test
    void savingUnderAnExistingNameReplacesThatSet() {
        SegmentSets.save(project, "mine", query(Set.of(), Set.of(), Set.of(), Set.of(alex)));
        SegmentSets.save(project, "mine", query(Set.of(), Set.of(), Set.of(), Set.of(sam)));
        assertEquals(List.of("mine"), SegmentSets.names(project));
        assertEquals(List.of(sam), project.getSegmentSets().get(0).getCoders());
    }

    @Test
    void mergingACodeKeepsTheSetsThatNamedIt() {
        SegmentSets.save(project, "support", query(Set.of(support), Set.of(), Set.of(), Set.of()));
        CodebookEdits.merge(project, support, sameBoat);
        assertEquals(List.of(sameBoat), project.getSegmentSets().get(0).getCodes());
    }
}
