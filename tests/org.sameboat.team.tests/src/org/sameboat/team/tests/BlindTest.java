package org.sameboat.team.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Coding;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.team.SyncMonitor;
import org.sameboat.team.TeamRelease;
import org.sameboat.team.TeamShare;
import org.sameboat.team.TeamSync;

/** A blind coder's layer stays out of what the others fetch until they release it; they still get the others' work. */
class BlindTest {

    @TempDir
    Path tmp;

    private static String codeSomething(Project project, String coder, long seed) {
        int start = 5 + new Random(seed).nextInt(10);
        Coding coding = Codings.add(project.getDocuments().get(0), CodePaths.find(project, "5").orElseThrow(),
                Lookups.coder(project, coder).orElseThrow(), start, start + 5, TeamFixtures.CLOCK);
        return coding.getId();
    }

    private static boolean has(Project project, String codingId) {
        return project.getDocuments().get(0).getCodings().stream().anyMatch(c -> c.getId().equals(codingId));
    }

    @Test
    void aBlindCodersWorkWaitsOnTheirOwnBranchUntilReleased() throws Exception {
        SharedProjects shared = new SharedProjects(tmp);
        Path ann = shared.newProject("ann");
        new TeamShare().init(ann, shared.remote, "ann");
        Path ben = shared.folder("ben");
        new TeamShare().cloneInto(shared.remote, ben, "ben");
        String[] made = new String[2];
        shared.edit(ben, p -> {
            Lookups.coder(p, "ben").orElseThrow().setBlind(true);
            made[0] = codeSomething(p, "ben", 1);
        });
        shared.edit(ann, p -> made[1] = codeSomething(p, "ann", 2));
        TeamSync sync = new TeamSync();
        sync.run(ann, SyncMonitor.SILENT);
        assertTrue(sync.run(ben, SyncMonitor.SILENT).blind());
        sync.run(ann, SyncMonitor.SILENT);
        assertFalse(has(shared.load(ann), made[0]), "ann does not get ben's blind coding");
        assertTrue(has(shared.load(ben), made[1]), "ben still gets ann's work");
        try (Git bare = Git.open(shared.bare.toFile()); Repository repository = bare.getRepository()) {
            assertNotNull(repository.exactRef("refs/heads/coder/ben"), "ben's work is on the server, on ben's branch");
        }
        new TeamRelease().release(ben, SyncMonitor.SILENT);
        sync.run(ann, SyncMonitor.SILENT);
        Project annNow = shared.load(ann);
        assertTrue(has(annNow, made[0]), "released, ben's coding reaches ann");
        assertFalse(Lookups.coder(annNow, "ben").orElseThrow().isBlind(), "and ben no longer codes blind");
    }
}
