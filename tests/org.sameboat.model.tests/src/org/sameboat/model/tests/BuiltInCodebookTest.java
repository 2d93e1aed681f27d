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
import org.sameboat.model.CodeRole;
import org.sameboat.model.Codebook;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.validation.ProjectValidator;

class BuiltInCodebookTest {

    private final Project project = ProjectTemplate.create("New");
    private final Codebook codebook = project.getCodebooks().get(0);

    @Test
    void newProjectsStartFromTheMutualAidCodebook() {
        assertEquals(List.of("Mutual aid dynamics", "Worker skills"), project.getCodebooks().stream().map(Codebook::getName).toList());
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
    void everyDynamicAndTheObstaclesHaveInclusionAndExclusionRules() {
        for (Code code : CodePaths.allCodes(codebook)) {
            assertFalse(code.getInclusion() == null || code.getInclusion().isBlank(), code.getName());
            assertFalse(code.getExclusion() == null || code.getExclusion().isBlank(), code.getName());
        }
    }

    @Test
    void theDynamicsApplyToMemberTurnsAndTheSkillsToWorkerTurns() {
        for (int i = 0; i < 9; i++) {
            assertEquals(CodeRole.MEMBER, codebook.getCodes().get(i).getAppliesTo());
        }
        assertEquals(CodeRole.ANY, codebook.getCodes().get(9).getAppliesTo());
        for (Code skill : skills().getCodes()) {
            assertEquals(CodeRole.WORKER, skill.getAppliesTo(), skill.getName());
        }
    }

    @Test
    void thereAreAtLeastTwelveSkillsEachWithItsOwnGuidanceAndColour() {
        Set<String> colours = new HashSet<>();
        assertTrue(skills().getCodes().size() >= 12);
        for (Code skill : skills().getCodes()) {
            assertTrue(colours.add(skill.getColour().toUpperCase()), "colour reused by " + skill.getName());
            assertTrue(skill.getSource().startsWith("Shulman 2011"), skill.getName());
            assertFalse(skill.getDefinition().isBlank(), skill.getName());
            assertFalse(skill.getInclusion().isBlank(), skill.getName());
            assertFalse(skill.getExclusion().isBlank(), skill.getName());
            assertTrue(skill.getIndicators().size() >= 3, skill.getName());
            assertFalse(skill.getExample().isBlank(), skill.getName());
            assertNull(skill.getShortcut(), "skills leave the keys 1-9 to the dynamics");
        }
    }

    @Test
    void everySkillStartsAtLeastOneDynamicOfThisProject() {
        Set<String> dynamics = new HashSet<>(codebook.getCodes().subList(0, 9).stream().map(Code::getId).toList());
        for (Code skill : skills().getCodes()) {
            assertFalse(skill.getStarts().isEmpty(), skill.getName());
            assertTrue(dynamics.containsAll(skill.getStarts()), skill.getName());
        }
        Code taboo = codebook.getCodes().get(2);
        assertTrue(CodePaths.find(project, "Raising a taboo").orElseThrow().getStarts().contains(taboo.getId()));
    }

    @Test
    void theIssuesSkillsAreAllThere() {
        List<String> names = skills().getCodes().stream().map(Code::getName).toList();
        for (String wanted : List.of("Contracting", "Turning a question back to the group", "Reaching for links and common ground",
                "Scanning", "Amplifying a quiet voice or toning down a loud one", "Reframing", "Modelling", "Raising a taboo",
                "Demanding work or elaboration", "Naming the process or an obstacle", "Crediting risk-taking",
                "Supporting the group against an outside system")) {
            assertTrue(names.contains(wanted), wanted);
        }
    }

    @Test
    void theObstaclesAreSplitByWhoOrWhatBlocksTheWork() {
        Code obstacles = codebook.getCodes().get(9);
        assertEquals(List.of("Member obstacles", "Worker obstacles", "Obstacles in the task"),
                obstacles.getChildren().stream().map(Code::getName).toList());
        assertEquals(List.of("Monopolising", "Scapegoating", "Flight from a taboo", "Silence"),
                obstacles.getChildren().get(0).getChildren().stream().map(Code::getName).toList());
        assertEquals(List.of("Lecturing", "Casework in the group"),
                obstacles.getChildren().get(1).getChildren().stream().map(Code::getName).toList());
        assertEquals(3, obstacles.getChildren().get(2).getChildren().size());
        assertEquals(List.of("Universal perspective"), codebook.getCodes().get(3).getChildren().stream().map(Code::getName).toList());
    }

    private Codebook skills() {
        return project.getCodebooks().get(1);
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
