package org.sameboat.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.team.Conflict;
import org.sameboat.team.SplitCodec;
import org.sameboat.team.SyncMonitor;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamLog;
import org.sameboat.team.TeamShare;
import org.sameboat.team.TeamStatus;
import org.sameboat.team.TeamSync;

/** Coders sharing one project through a bare repository over file://, syncing in every order. */
class SyncTest {

    @TempDir
    Path tmp;

    private static final List<String> CODES = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");

    /** What a coding is, as the coder made it: the merge must bring back exactly this for every coding. */
    private static String describe(Coding coding) {
        return coding.getCode().getId() + " " + coding.getCoder().getName() + " " + coding.getStart() + ".." + coding.getEnd()
                + " " + coding.getDocument().getId();
    }

    private static Map<String, String> codings(Project project) {
        Map<String, String> all = new TreeMap<>();
        project.getDocuments().forEach(d -> d.getCodings().forEach(c -> all.put(c.getId(), describe(c))));
        return all;
    }

    private static Coding codeRandomly(Project project, String coder, Random random) {
        Document document = project.getDocuments().get(0);
        Turn turn = document.getTurns().get(random.nextInt(document.getTurns().size()));
        int start = turn.getStart() + random.nextInt(turn.getEnd() - turn.getStart() - 1);
        int end = start + 1 + random.nextInt(turn.getEnd() - start);
        Code code = CodePaths.find(project, CODES.get(random.nextInt(CODES.size()))).orElseThrow();
        return Codings.add(document, code, Lookups.coder(project, coder).orElseThrow(), start, end, TeamFixtures.CLOCK);
    }

    @Test
    void threeCodersSyncingInRandomOrderEndWithEveryonesWorkAsMergedByHand() throws Exception {
        SharedProjects shared = new SharedProjects(tmp);
        List<String> coders = List.of("ann", "ben", "cat");
        new TeamShare().init(shared.newProject("ann"), shared.remote, "ann");
        new TeamShare().cloneInto(shared.remote, shared.folder("ben"), "ben");
        new TeamShare().cloneInto(shared.remote, shared.folder("cat"), "cat");
        Random random = new Random(19);
        // the project as merging everyone's work by hand would give it, kept alongside
        Map<String, String> byHand = new TreeMap<>(codings(shared.load(shared.folder("ann"))));
        String definitionByHand = CodePaths.find(shared.load(shared.folder("ann")), "5").orElseThrow().getDefinition();
        TeamSync sync = new TeamSync();
        for (int round = 0; round < 4; round++) {
            List<String> editedDefinition = new ArrayList<>();
            for (String coder : coders) {
                int r = round;
                shared.edit(shared.folder(coder), project -> {
                    for (int i = 0; i < 1 + random.nextInt(3); i++) {
                        Coding made = codeRandomly(project, coder, random);
                        byHand.put(made.getId(), describe(made));
                    }
                    if (r == 1 && coder.equals("ben")) {
                        // ben removes a coding everyone has had since the start
                        Coding removed = project.getDocuments().get(0).getCodings().get(0);
                        byHand.remove(removed.getId());
                        org.eclipse.emf.ecore.util.EcoreUtil.remove(removed);
                    }
                    if (r % 2 == 0 && !coder.equals("ben")) {
                        // ann and cat reword the same code in the same round: a real conflict
                        CodePaths.find(project, "5").orElseThrow().setDefinition(coder + "'s wording in round " + r);
                        editedDefinition.add(coder);
                    }
                });
            }
            List<String> order = new ArrayList<>(coders);
            Collections.shuffle(order, random);
            for (String coder : order) {
                sync.run(shared.folder(coder), SyncMonitor.SILENT);
            }
            // the rule: of two rewordings since the same version, the one synced later is kept
            String last = order.stream().filter(editedDefinition::contains).reduce((a, b) -> b).orElse(null);
            if (last != null) {
                definitionByHand = last + "'s wording in round " + round;
            }
        }
        for (String coder : List.of("ann", "ben", "cat", "ann", "ben")) {
            sync.run(shared.folder(coder), SyncMonitor.SILENT);
        }
        Project first = shared.load(shared.folder("ann"));
        assertEquals(byHand, codings(first), "every coding made is there, the removed one is not, and nothing else");
        assertEquals(definitionByHand, CodePaths.find(first, "5").orElseThrow().getDefinition());
        for (String coder : coders) {
            Project project = shared.load(shared.folder(coder));
            assertEquals(SplitCodec.records(first), SplitCodec.records(project), coder + " ends with the same project as ann");
            assertEquals(0, TeamStatus.of(shared.folder(coder)).unsentCommits());
        }
        boolean someoneHadAConflict = false;
        for (String coder : coders) {
            someoneHadAConflict |= TeamStatus.of(shared.folder(coder)).conflicts().stream().anyMatch(c -> c.field().equals("definition"));
        }
        assertTrue(someoneHadAConflict, "the later of two rewordings was told of the conflict");
    }

    @Test
    void aPushRejectedBecauseSomeoneSentFirstIsMergedAndSentAgain() throws Exception {
        SharedProjects shared = new SharedProjects(tmp);
        new TeamShare().init(shared.newProject("ann"), shared.remote, "ann");
        new TeamShare().cloneInto(shared.remote, shared.folder("ben"), "ben");
        Random random = new Random(7);
        String[] made = new String[2];
        shared.edit(shared.folder("ann"), p -> made[0] = codeRandomly(p, "ann", random).getId());
        shared.edit(shared.folder("ben"), p -> made[1] = codeRandomly(p, "ben", random).getId());
        TeamSync sync = new TeamSync();
        TeamSync.Outcome outcome = sync.run(shared.folder("ann"), new SyncMonitor() {
            @Override
            public void beforePush(int attempt) {
                if (attempt == 1) {
                    try {
                        sync.run(shared.folder("ben"), SyncMonitor.SILENT); // ben sends between ann's fetch and ann's push
                    } catch (TeamException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        });
        assertEquals(2, outcome.pushAttempts(), "the first push was refused and the second went through");
        sync.run(shared.folder("ben"), SyncMonitor.SILENT);
        for (String coder : List.of("ann", "ben")) {
            Map<String, String> codings = codings(shared.load(shared.folder(coder)));
            assertTrue(codings.containsKey(made[0]) && codings.containsKey(made[1]), coder + " has both codings");
        }
    }

    @Test
    void aConnectionLostWhileSendingLeavesTheProjectAndItsHistoryAndTheNextSyncSendsIt() throws Exception {
        SharedProjects shared = new SharedProjects(tmp);
        Path ann = shared.newProject("ann");
        new TeamShare().init(ann, shared.remote, "ann");
        new TeamShare().cloneInto(shared.remote, shared.folder("ben"), "ben");
        String[] made = new String[1];
        shared.edit(ann, p -> made[0] = codeRandomly(p, "ann", new Random(3)).getId());
        Path away = tmp.resolve("server-gone");
        TeamSync sync = new TeamSync();
        TeamException lost = assertThrows(TeamException.class, () -> sync.run(ann, new SyncMonitor() {
            @Override
            public void beforePush(int attempt) {
                try {
                    Files.move(shared.bare, away); // the server disappears between fetch and push
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
        }));
        assertTrue(lost.getMessage().contains("committed here"), lost.getMessage());
        assertTrue(codings(shared.load(ann)).containsKey(made[0]), "the project still holds the coding");
        try (Git git = Git.open(ann.toFile())) {
            ObjectId head = git.getRepository().resolve(Constants.HEAD);
            assertEquals("ann", git.log().add(head).setMaxCount(1).call().iterator().next().getAuthorIdent().getName());
        }
        assertEquals(1, TeamStatus.of(ann).unsentCommits(), "the work waits, committed, to be sent");
        Files.move(away, shared.bare);
        sync.run(ann, SyncMonitor.SILENT);
        sync.run(shared.folder("ben"), SyncMonitor.SILENT);
        assertTrue(codings(shared.load(shared.folder("ben"))).containsKey(made[0]), "ben got it at the next sync");
    }

    @Test
    void theLogSaysWhoAddedAndRemovedWhichCoding() throws Exception {
        SharedProjects shared = new SharedProjects(tmp);
        new TeamShare().init(shared.newProject("ann"), shared.remote, "ann");
        new TeamShare().cloneInto(shared.remote, shared.folder("sam"), "sam");
        String[] ids = new String[2];
        shared.edit(shared.folder("sam"), p -> {
            ids[0] = codeRandomly(p, "sam", new Random(5)).getId();
            Coding gone = p.getDocuments().get(0).getCodings().get(0);
            ids[1] = gone.getId();
            org.eclipse.emf.ecore.util.EcoreUtil.remove(gone);
        });
        new TeamSync().run(shared.folder("sam"), SyncMonitor.SILENT);
        new TeamSync().run(shared.folder("ann"), SyncMonitor.SILENT);
        List<TeamLog.Change> bySam = new TeamLog().changes(shared.folder("ann"), c -> c.coder().equals("sam") && c.kind().equals("Coding"));
        Map<String, TeamLog.Action> actions = new HashMap<>();
        bySam.forEach(c -> actions.put(c.id(), c.action()));
        assertEquals(Map.of(ids[0], TeamLog.Action.ADDED, ids[1], TeamLog.Action.REMOVED), actions);
        assertFalse(bySam.get(0).message().isBlank());
    }

    @Test
    void takingTheirsInAConflictPutsTheirValueInTheProjectAndSendsIt() throws Exception {
        SharedProjects shared = new SharedProjects(tmp);
        new TeamShare().init(shared.newProject("ann"), shared.remote, "ann");
        new TeamShare().cloneInto(shared.remote, shared.folder("ben"), "ben");
        shared.edit(shared.folder("ann"), p -> CodePaths.find(p, "5").orElseThrow().setColour("#AA0000"));
        shared.edit(shared.folder("ben"), p -> CodePaths.find(p, "5").orElseThrow().setColour("#0000BB"));
        TeamSync sync = new TeamSync();
        sync.run(shared.folder("ann"), SyncMonitor.SILENT);
        TeamSync.Outcome outcome = sync.run(shared.folder("ben"), SyncMonitor.SILENT);
        assertEquals(List.of("colour"), outcome.conflicts().stream().map(Conflict::field).toList());
        assertEquals("#0000BB", CodePaths.find(shared.load(shared.folder("ben")), "5").orElseThrow().getColour(), "ours kept");
        new org.sameboat.team.TeamResolve().resolve(shared.folder("ben"), c -> true, true);
        assertEquals("#AA0000", CodePaths.find(shared.load(shared.folder("ben")), "5").orElseThrow().getColour(), "theirs taken");
        assertEquals(List.of(), TeamStatus.of(shared.folder("ben")).conflicts());
        sync.run(shared.folder("ben"), SyncMonitor.SILENT);
        sync.run(shared.folder("ann"), SyncMonitor.SILENT);
        assertEquals("#AA0000", CodePaths.find(shared.load(shared.folder("ann")), "5").orElseThrow().getColour());
    }
}
