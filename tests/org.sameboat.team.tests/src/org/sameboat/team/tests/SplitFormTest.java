package org.sameboat.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Identified;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatPackage;
import org.sameboat.model.SegmentSet;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Ids;
import org.sameboat.team.SplitCodec;
import org.sameboat.team.TeamException;

class SplitFormTest {

    /**
     * Every stored attribute and reference of every kind of element, set to a value no default has, comes back from
     * the split files: an attribute added to the model later is checked here without a change to this test.
     */
    @Test
    void everyStoredAttributeAndReferenceOfEveryKindSurvivesTheSplitForm() throws TeamException {
        Project project = TeamFixtures.smallProject();
        Group group = Ids.assign(TeamFixtures.F.createGroup());
        group.setName("Tuesday group");
        project.getGroups().add(group);
        SegmentSet set = Ids.assign(TeamFixtures.F.createSegmentSet());
        set.setName("isolation");
        project.getSegmentSets().add(set);
        Codebook empty = Ids.assign(TeamFixtures.F.createCodebook());
        empty.setName("Still to fill");
        project.getCodebooks().add(empty);
        Set<EClass> kinds = new HashSet<>();
        List<EObject> elements = new ArrayList<>();
        int[] next = {0};
        project.eAllContents().forEachRemaining(element -> {
            kinds.add(element.eClass());
            elements.add(element);
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (attribute.isChangeable() && !attribute.isDerived() && !attribute.isTransient()) {
                    setToAnUnusualValue(element, attribute, ++next[0]);
                }
            }
        });
        for (EObject element : elements) {
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (!reference.isContainment() && !reference.isContainer() && reference.isChangeable() && !reference.isTransient()
                        && !element.eIsSet(reference)) {
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
        containedKinds(project.eClass(), contained);
        assertEquals(contained, kinds, "the fixture holds an element of every kind a project can contain");

        Project back = SplitCodec.project(SplitCodec.records(SplitCodec.files(project)));
        // a sync merges from the records made in memory as if read back from Git: they must be the same records
        assertEquals(SplitCodec.records(project), SplitCodec.records(SplitCodec.files(project)), "records made from the project are those its lines hold");

        Map<String, EObject> read = new HashMap<>();
        read.put(back.getId(), back);
        back.eAllContents().forEachRemaining(e -> {
            if (e instanceof Identified identified) {
                read.put(identified.getId(), e);
            }
        });
        int compared = 0;
        List<EObject> all = new ArrayList<>(elements);
        all.add(project);
        for (EObject element : all) {
            if (!(element instanceof Identified identified)) {
                continue;
            }
            EObject counterpart = read.get(identified.getId());
            assertNotNull(counterpart, element.eClass().getName() + " " + identified.getId() + " came back");
            assertEquals(id(element.eContainer()), id(counterpart.eContainer()), "container of " + identified.getId());
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (!attribute.isTransient() && !attribute.isDerived()) {
                    assertEquals(element.eGet(attribute), counterpart.eGet(attribute), element.eClass().getName() + "." + attribute.getName());
                    compared++;
                }
            }
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isTransient() || reference.isContainer()) {
                    continue;
                }
                if (reference.isContainment() && !SameboatPackage.Literals.IDENTIFIED.isSuperTypeOf(reference.getEReferenceType())) {
                    assertEquals(embedded(element.eGet(reference)), embedded(counterpart.eGet(reference)), element.eClass().getName() + "." + reference.getName());
                } else {
                    // the order of every list comes back too, but for a document's codings, whose order across coders carries no meaning
                    boolean ordered = reference != SameboatPackage.Literals.DOCUMENT__CODINGS;
                    List<String> before = ids(element.eGet(reference));
                    List<String> after = ids(counterpart.eGet(reference));
                    assertEquals(ordered ? before : Set.copyOf(before), ordered ? after : Set.copyOf(after),
                            element.eClass().getName() + "." + reference.getName());
                }
                compared++;
            }
        }
        assertTrue(compared > 100, compared + " values compared");
    }

    @Test
    void codingsOfEachCoderLiveInTheirOwnFileOneRecordALine() {
        Project project = TeamFixtures.smallProject();
        Document document = project.getDocuments().get(0);
        SortedMap<String, String> files = SplitCodec.files(project);
        Map<String, Integer> perCoder = new HashMap<>();
        for (Coding coding : document.getCodings()) {
            perCoder.merge("team/codings/" + document.getId() + "/" + coding.getCoder().getId() + ".jsonl", 1, Integer::sum);
        }
        assertEquals(2, perCoder.size(), "two coders coded the fixture");
        perCoder.forEach((file, count) -> assertEquals((long) count, files.get(file).lines().count(), file));
        long records = files.values().stream().mapToLong(text -> text.lines().count()).sum();
        long[] elements = {1};
        project.eAllContents().forEachRemaining(e -> elements[0] += e instanceof Identified ? 1 : 0);
        assertEquals(elements[0], records, "one line for the project and for each identified element");
        assertTrue(files.containsKey("team/memos/" + project.getMemos().get(0).getAuthor().getId() + ".jsonl"));
    }

    @Test
    void aRecordNamingAMissingCodeIsRefusedWithTheReason() {
        Project project = TeamFixtures.smallProject();
        Code gone = CodePaths.find(project, "5").orElseThrow();
        SortedMap<String, String> files = SplitCodec.files(project);
        files.replaceAll((file, text) -> file.startsWith("team/codebooks/") ? text.lines()
                .filter(line -> !line.contains("\"id\":\"" + gone.getId() + "\"")).reduce("", (a, b) -> a + b + "\n") : text);
        TeamException refused = assertThrows(TeamException.class, () -> SplitCodec.project(SplitCodec.records(files)));
        assertTrue(refused.getMessage().contains(gone.getId()), refused.getMessage());
    }

    private static String id(EObject element) {
        return element instanceof Identified identified ? identified.getId() : String.valueOf(element);
    }

    private static List<String> ids(Object value) {
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        return values.stream().map(v -> ((Identified) v).getId()).toList();
    }

    private static List<String> embedded(Object value) {
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<String> described = new ArrayList<>();
        for (Object one : values) {
            EObject element = (EObject) one;
            StringBuilder text = new StringBuilder(element.eClass().getName());
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                text.append(' ').append(attribute.getName()).append('=').append(element.eGet(attribute));
            }
            for (EReference reference : element.eClass().getEAllReferences()) {
                text.append(' ').append(reference.getName()).append('=').append(ids(element.eGet(reference)));
            }
            described.add(text.toString());
        }
        return described;
    }

    @SuppressWarnings("unchecked")
    private static void setToAnUnusualValue(EObject element, EAttribute attribute, int n) {
        String name = attribute.getName();
        if (name.equals("id")) {
            return;
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        Object value;
        if (attribute.getEAttributeType() instanceof EEnum kind) {
            Object current = element.eGet(attribute);
            value = kind.getELiterals().stream().map(EEnumLiteral::getInstance).filter(l -> l != current).reduce((a, b) -> b).orElseThrow();
        } else if (type == String.class) {
            value = name + " " + n + " \"quoted\", <tagged> & split\nover lines";
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

    private static void containedKinds(EClass owner, Set<EClass> found) {
        for (EReference containment : owner.getEAllContainments()) {
            EClass kind = containment.getEReferenceType();
            if (found.add(kind)) {
                containedKinds(kind, found);
            }
        }
    }
}
