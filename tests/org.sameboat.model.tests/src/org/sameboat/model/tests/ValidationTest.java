package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.AttributeValue;
import org.sameboat.model.Code;
import org.sameboat.model.CodeRole;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.model.validation.Problem;
import org.sameboat.model.validation.ProjectValidator;

class ValidationTest {

    @TempDir
    Path folder;

    private final Project project = Fixtures.smallProject();
    private final Document document = project.getDocuments().get(0);

    @Test
    void aSoundProjectHasNoProblems() {
        assertEquals(List.of(), ProjectValidator.validate(project));
    }

    @Test
    void aMemberCodeOnTheWorkersTurnIsAWarningNamingCodeTurnAndSpeaker() {
        Coding onAnasTurn = document.getCodings().get(0);
        onAnasTurn.getCode().setAppliesTo(CodeRole.MEMBER);
        List<Problem> problems = ProjectValidator.validate(project);
        assertEquals(1, problems.size(), problems.toString());
        assertFalse(problems.get(0).isError());
        assertEquals(onAnasTurn.getId(), problems.get(0).elementId());
        assertEquals("coding by alex at 5-26: 'All in the same boat' applies to member turns, but turn 1 of 'session 1' is"
                + " spoken by Ana (worker); re-code it, or change whom the code applies to", problems.get(0).message());
    }

    @Test
    void aWorkerSkillOnAMembersTurnIsAWarning() {
        Code reframing = CodePaths.find(project, "Reframing").orElseThrow();
        reframing.setAppliesTo(CodeRole.WORKER);
        Coding coding = Codings.add(document, reframing, project.getCoders().get(0), 32, 40, Fixtures.CLOCK);
        List<Problem> problems = ProjectValidator.validate(project);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(coding.getId(), problems.get(0).elementId());
        assertTrue(problems.get(0).message().contains("applies to worker turns"), problems.get(0).message());
        assertTrue(problems.get(0).message().contains("Ben (member)"), problems.get(0).message());
    }

    @Test
    void aCodeForAnyTurnAndATurnWithoutASpeakerAreNeverFlagged() {
        assertEquals(List.of(), ProjectValidator.validate(project), "the fixture's codes apply to any turn");
        document.getCodings().get(0).getCode().setAppliesTo(CodeRole.WORKER);
        document.getTurns().forEach(turn -> turn.setSpeaker(null));
        assertEquals(List.of(), ProjectValidator.validate(project));
    }

    @Test
    void aCodingPastTheEndOfItsDocumentIsAnError() {
        document.getCodings().get(0).setEnd(54);
        assertOneError("lies outside the text");
    }

    @Test
    void anEmptyCodingIsAnError() {
        document.getCodings().get(0).setEnd(document.getCodings().get(0).getStart());
        assertOneError("lies outside the text");
    }

    @Test
    void twoIdenticalCodingsOfOneCoderAreAnError() {
        Coding original = document.getCodings().get(0);
        Coding twin = Ids.assign(Fixtures.F.createCoding());
        twin.setCode(original.getCode());
        twin.setCoder(original.getCoder());
        twin.setStart(original.getStart());
        twin.setEnd(original.getEnd());
        document.getCodings().add(twin);
        assertOneError("duplicates another coding");
    }

    @Test
    void aReusedIdIsAnError() {
        document.getTurns().get(1).setId(document.getTurns().get(0).getId());
        assertOneError("reuses id");
    }

    @Test
    void overlappingTurnsAreAnError() {
        document.getTurns().get(1).setStart(20);
        assertOneError("overlaps the turn before");
    }

    @Test
    void anAttributeValueThatDoesNotFitItsTypeIsAnError() {
        AttributeValue age = project.getParticipants().get(0).getAttributes().get(0);
        age.setValue("forty-seven");
        assertOneError("'forty-seven' for number attribute 'age'");
    }

    @Test
    void aDanglingCoderReferenceInTheFileIsDamageNamingTheMissingId() throws Exception {
        // a reference to nothing means the file lost part of itself: reading on would pass for a smaller project
        new ProjectStore().save(project, folder);
        Path model = folder.resolve(ProjectFormat.MODEL_FILE);
        String coderId = project.getCoders().get(0).getId();
        Files.writeString(model, Files.readString(model).replace("coder=\"" + coderId + "\"", "coder=\"no-such-coder\""));

        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> new ProjectStore().load(folder));

        assertTrue(e.isDamage());
        assertTrue(e.getMessage().contains("a reference names 'no-such-coder', but no element in the file has that id"), e.getMessage());
    }

    @Test
    void aMissingTextFileLoadsWithAClearReportAndIsNotOverwrittenBySaving() throws Exception {
        new ProjectStore().save(project, folder);
        Path text = ProjectStore.textFile(folder, document);
        Files.delete(text);

        LoadedProject loaded = new ProjectStore().load(folder);

        assertTrue(loaded.problems().stream().anyMatch(p -> p.isError() && p.message().contains("is missing")), loaded.problems().toString());
        new ProjectStore().save(loaded.project(), folder);
        assertTrue(Files.notExists(text), "an empty text must not replace the missing one");
    }

    private void assertOneError(String fragment) {
        List<Problem> problems = ProjectValidator.validate(project);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).isError());
        assertTrue(problems.get(0).message().contains(fragment), problems.get(0).message());
    }
}
