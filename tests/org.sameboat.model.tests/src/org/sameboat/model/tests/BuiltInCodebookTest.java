package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Project;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.validation.ProjectValidator;

class BuiltInCodebookTest {

    private final Project project = ProjectTemplate.create("New");
    private final Codebook codebook = project.getCodebooks().get(0);

    @Test
    void newProjectsStartFromTheMutualAidCodebook() {
        assertEquals(1, project.getCodebooks().size());
        assertEquals("Mutual aid dynamics", codebook.getName());
        assertTrue(codebook.isBuiltIn());
        assertEquals(List.of("Sharing data", "The dialectic process", "Discussing a taboo area", "All in the same boat",
                "Mutual support", "Mutual demand", "Individual problem solving", "Rehearsal", "Strength in numbers",
                "Obstacles to mutual aid"), codebook.getCodes().stream().map(Code::getName).toList());
    }

    @Test
    void theNineDynamicsHaveShortcutsOneToNineAndObstaclesNone() {
        for (int i = 0; i < 9; i++) {
            assertEquals(String.valueOf(i + 1), codebook.getCodes().get(i).getShortcut());
        }
        assertNull(codebook.getCodes().get(9).getShortcut());
    }

    @Test
    void everyCodeHasItsOwnColourDefinitionSourceIndicatorsAndExample() {
        Set<String> colours = new HashSet<>();
        for (Code code : codebook.getCodes()) {
            assertTrue(code.getColour().matches("#[0-9A-Fa-f]{6}"), code.getName());
            assertTrue(colours.add(code.getColour().toUpperCase()), "colour reused by " + code.getName());
            assertFalse(code.getDefinition().isBlank(), code.getName());
            assertTrue(code.getSource().startsWith("Shulman 2011"), code.getName());
            assertTrue(code.getIndicators().size() >= 3, code.getName());
            assertFalse(code.getExample().isBlank(), code.getName());
            assertTrue(code.isApplicable());
        }
    }

    @Test
    void eachNewProjectGetsItsOwnIds() {
        Project other = ProjectTemplate.create("Other");
        assertFalse(other.getId().equals(project.getId()));
        assertFalse(other.getCodebooks().get(0).getCodes().get(0).getId().equals(codebook.getCodes().get(0).getId()));
    }

    @Test
    void aNewProjectIsValidForEmfAndForSameboat() {
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(project).getSeverity());
        assertEquals(List.of(), ProjectValidator.validate(project));
    }
}
