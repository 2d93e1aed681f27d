package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.CodeRole;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Stage;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.address.Addressing;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.validation.Problem;

/** A user's path through a format change: open an old project, find it migrated with every coding intact, save, reopen. */
class ProjectMigrationTest {

    private static final Pattern CODING = Pattern.compile(
            "<codings id=\"([^\"]+)\" code=\"([^\"]+)\" coder=\"([^\"]+)\" start=\"(\\d+)\" end=\"(\\d+)\"");

    @TempDir
    Path folder;

    private final ProjectStore store = new ProjectStore();

    private record Key(String coding, String code, String coder, int start, int end) {
        static Key of(Coding c) {
            return new Key(c.getId(), c.getCode().getId(), c.getCoder().getId(), c.getStart(), c.getEnd());
        }
    }

    @Test
    void aFormatOneProjectOpensInTheCurrentFormat() throws Exception {
        Project project = openSample().project();
        assertEquals(ProjectFormat.CURRENT_VERSION, project.getFormatVersion());
    }

    @Test
    void everyCodingKeepsItsCodeIdRangeAndCoderAfterMigrationSaveAndReopen() throws Exception {
        List<Key> before = codingsInFixture();
        assertEquals(8, before.size());

        LoadedProject migrated = openSample();
        assertEquals(before, codings(migrated.project()));

        store.save(migrated.project(), folder);
        assertEquals(before, codings(store.load(folder).project()));
    }

    @Test
    void theDynamicsGetBorderRulesButAUsersOwnRuleIsKept() throws Exception {
        Project project = openSample().project();
        for (Code dynamic : project.getCodebooks().get(0).getCodes()) {
            assertFalse(dynamic.getInclusion().isBlank(), dynamic.getName());
            assertFalse(dynamic.getExclusion().isBlank(), dynamic.getName());
        }
        assertEquals("Our own rule: keep this.", code(project, "Mutual demand").getExclusion());
        assertTrue(code(project, "Mutual demand").getInclusion().contains("caring"));
    }

    @Test
    void theDynamicsApplyToMemberTurnsAndTheObstaclesToAny() throws Exception {
        Project project = openSample().project();
        assertEquals(CodeRole.MEMBER, code(project, "Sharing data").getAppliesTo());
        assertEquals(CodeRole.ANY, code(project, "Obstacles to mutual aid").getAppliesTo());
    }

    @Test
    void subCodesAreAddedUnderTheCodesTheyRefineWithoutMovingThem() throws Exception {
        Project project = openSample().project();
        Code obstacles = code(project, "Obstacles to mutual aid");
        assertEquals("code-10", obstacles.getId());
        assertEquals(List.of("Member obstacles", "Worker obstacles", "Obstacles in the task"),
                obstacles.getChildren().stream().map(Code::getName).toList());
        assertEquals(CodeRole.WORKER, code(project, "Obstacles to mutual aid/Worker obstacles/Casework in the group").getAppliesTo());
        assertEquals(CodeRole.MEMBER, code(project, "Obstacles to mutual aid/Member obstacles/Scapegoating").getAppliesTo());
        assertEquals(List.of("Universal perspective"), code(project, "All in the same boat").getChildren().stream().map(Code::getName).toList());
        assertEquals(1, project.getMemos().get(0).getAbout().size());
        assertEquals(obstacles, project.getMemos().get(0).getAbout().get(0));
    }

    @Test
    void theWorkerSkillsCodebookIsAddedAndPointsAtTheProjectsOwnDynamics() throws Exception {
        Project project = openSample().project();
        assertEquals(2, project.getCodebooks().size());
        Codebook skills = project.getCodebooks().get(1);
        assertEquals("Worker skills", skills.getName());
        assertTrue(skills.getCodes().size() >= 12);
        assertEquals(List.of("code-3", "code-4"), code(project, "Raising a taboo").getStarts());
        assertEquals(List.of("code-9"), code(project, "Supporting the group against an outside system").getStarts());
    }

    @Test
    void aDynamicOnTheWorkersTurnIsReportedAsOneWarningNamingTheCoding() throws Exception {
        List<Problem> problems = openSample().problems();
        assertEquals(1, problems.size(), problems.toString());
        Problem problem = problems.get(0);
        assertFalse(problem.isError());
        assertEquals("coding-6", problem.elementId());
        assertTrue(problem.message().contains("applies to member turns"), problem.message());
        assertTrue(problem.message().contains("Dana (worker)"), problem.message());
    }

    @Test
    void aSavedMigratedProjectIsWrittenInTheCurrentFormatAndNotMigratedTwice() throws Exception {
        store.save(openSample().project(), folder);
        assertTrue(Files.readString(folder.resolve(ProjectFormat.MODEL_FILE)).contains("formatVersion=\"" + ProjectFormat.CURRENT_VERSION + "\""));

        Project reopened = store.load(folder).project();
        assertEquals(2, reopened.getCodebooks().size());
        assertEquals(3, code(reopened, "Obstacles to mutual aid").getChildren().size());
        assertEquals(1, code(reopened, "All in the same boat").getChildren().size());
    }

    @Test
    void theVersionTwoFixtureStillLoads() throws Exception {
        Path fixture = folder.resolve("v2");
        Files.createDirectories(fixture.resolve(ProjectFormat.SOURCES_FOLDER));
        copyResource("fixtures/v2/project.sameboat", fixture.resolve(ProjectFormat.MODEL_FILE));
        copyResource("fixtures/v2/sources/doc-1.txt", fixture.resolve("sources/doc-1.txt"));

        LoadedProject loaded = store.load(fixture);

        assertEquals(List.of(), loaded.problems());
        Project project = loaded.project();
        assertEquals(2, project.getCodebooks().size(), "a format-2 project is not migrated again");
        Document document = project.getDocuments().get(0);
        assertEquals(Stage.PRE_GROUP, document.getStage());
        assertEquals(CodeRole.WORKER, code(project, "Reaching for links and common ground").getAppliesTo());
        assertEquals(List.of("code-4"), code(project, "Reaching for links and common ground").getStarts());
        assertEquals(CodeRole.MEMBER, code(project, "All in the same boat/Universal perspective").getAppliesTo());
    }

    @Test
    void theVersionThreeFixtureKeepsTheAddresseesItsCoderSet() throws Exception {
        Path fixture = folder.resolve("v3");
        Files.createDirectories(fixture.resolve(ProjectFormat.SOURCES_FOLDER));
        copyResource("fixtures/v3/project.sameboat", fixture.resolve(ProjectFormat.MODEL_FILE));
        copyResource("fixtures/v3/sources/doc-1.txt", fixture.resolve("sources/doc-1.txt"));

        LoadedProject loaded = store.load(fixture);

        assertEquals(List.of(), loaded.problems());
        Document document = loaded.project().getDocuments().get(0);
        List<Addressing> turns = Addressees.of(document);
        assertEquals(List.of("group", "group", "Ana"), turns.stream().map(a -> a.to().label()).toList());
        assertEquals(List.of(false, true, true), turns.stream().map(Addressing::set).toList());
        Coding coding = document.getCodings().get(0);
        assertEquals("Ben", Addressees.of(coding, document, turns).orElseThrow().to().label());

        store.save(loaded.project(), folder.resolve("saved"));
        Document reopened = store.load(folder.resolve("saved")).project().getDocuments().get(0);
        assertEquals(List.of("group", "group", "Ana"), Addressees.of(reopened).stream().map(a -> a.to().label()).toList());
        assertTrue(reopened.getTurns().get(1).isAddressedToGroup());
        assertEquals("part-2", reopened.getCodings().get(0).getAddressee().getId());
    }

    @Test
    void aVersionTwoProjectOpensWithEveryAddresseeInferred() throws Exception {
        Path fixture = folder.resolve("v2");
        Files.createDirectories(fixture.resolve(ProjectFormat.SOURCES_FOLDER));
        copyResource("fixtures/v2/project.sameboat", fixture.resolve(ProjectFormat.MODEL_FILE));
        copyResource("fixtures/v2/sources/doc-1.txt", fixture.resolve("sources/doc-1.txt"));

        Project project = store.load(fixture).project();

        assertEquals(ProjectFormat.CURRENT_VERSION, project.getFormatVersion());
        List<Addressing> turns = Addressees.of(project.getDocuments().get(0));
        assertEquals(List.of("group", "Ana"), turns.stream().map(a -> a.to().label()).toList());
        assertFalse(turns.stream().anyMatch(Addressing::set));
    }

    private LoadedProject openSample() throws IOException, org.sameboat.model.store.ProjectStoreException {
        Path sample = folder.resolve("v1-sample");
        if (!Files.exists(sample)) {
            Files.createDirectories(sample.resolve(ProjectFormat.SOURCES_FOLDER));
            copyResource("fixtures/v1-sample/project.sameboat", sample.resolve(ProjectFormat.MODEL_FILE));
            copyResource("fixtures/v1-sample/sources/doc-1.txt", sample.resolve("sources/doc-1.txt"));
        }
        return store.load(sample);
    }

    private List<Key> codingsInFixture() throws IOException {
        String xml;
        try (var in = getClass().getClassLoader().getResourceAsStream("resources/fixtures/v1-sample/project.sameboat")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<Key> keys = new ArrayList<>();
        Matcher m = CODING.matcher(xml);
        while (m.find()) {
            keys.add(new Key(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
        }
        return keys;
    }

    private static List<Key> codings(Project project) {
        return project.getDocuments().stream().flatMap(d -> d.getCodings().stream()).map(Key::of).toList();
    }

    private static Code code(Project project, String path) {
        return CodePaths.find(project, path).orElseThrow(() -> new AssertionError("no code " + path));
    }

    private void copyResource(String name, Path target) throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("resources/" + name)) {
            Files.copy(in, target);
        }
    }
}
