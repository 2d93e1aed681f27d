package org.sameboat.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.cli.Cli;
import org.sameboat.cli.Console;

/** The team verbs on the command line, along a coder's whole path: share, copy, code, sync, ask the history. */
class TeamVerbsTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run sameboat(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.standard(new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCoderSharesAnotherCopiesCodesAndSyncsAndTheLogSaysWhatSamDid() throws Exception {
        SharedProjects shared = new SharedProjects(tmp);
        String ann = shared.newProject("ann").toString();
        String sam = shared.folder("sam").toString();
        Run init = sameboat("team", "init", ann, shared.remote, "--coder", "ann");
        assertEquals(0, init.exit(), init.err());
        Run copy = sameboat("team", "clone", shared.remote, sam, "--coder", "sam");
        assertEquals(0, copy.exit(), copy.err());
        Run coded = sameboat("code", sam, "--doc", "session 1", "--from", "5", "--to", "10", "--code", "5", "--coder", "sam");
        assertEquals(0, coded.exit(), coded.err());
        Run status = sameboat("team", "status", sam);
        assertTrue(status.out().contains("coder: sam") && status.out().contains("changed since the last sync: 1 element(s)"), status.out());
        assertEquals(0, sameboat("team", "sync", sam).exit());
        Run sync = sameboat("team", "sync", ann);
        assertEquals(0, sync.exit(), sync.err());
        assertTrue(sync.out().contains("1 commit(s) of others brought in"), sync.out());
        Run log = sameboat("team", "log", ann, "--coder", "sam", "--since", LocalDate.now().minusDays(1).toString());
        assertEquals(0, log.exit(), log.err());
        assertTrue(log.out().contains("sam  added coding 'Mutual support' by sam in 'session 1' at 5..10"), log.out());
        assertTrue(log.out().endsWith("1 change(s)\n"), log.out());
        Run byCode = sameboat("team", "log", ann, "--code", "All in the same boat");
        assertTrue(byCode.out().contains("ann  added coding 'All in the same boat'"), byCode.out());
        assertTrue(!byCode.out().contains("Mutual support'"), byCode.out());
    }

    @Test
    void badInputIsOneLineAndChangesNothing() throws Exception {
        SharedProjects shared = new SharedProjects(tmp);
        String plain = shared.newProject("plain").toString();
        Run notShared = sameboat("team", "sync", plain);
        assertEquals(1, notShared.exit());
        assertEquals(1, notShared.err().lines().count(), notShared.err());
        assertTrue(notShared.err().contains("is not shared through Git"), notShared.err());
        Run unknown = sameboat("team", "frobnicate", plain);
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("choose one of init, clone, sync, status, log, resolve, release"), unknown.err());
        Run wrongOption = sameboat("team", "sync", plain, "--coder", "x");
        assertEquals(2, wrongOption.exit());
        assertTrue(wrongOption.err().contains("'team sync' has no option --coder"), wrongOption.err());
        Run emptyRemote = sameboat("team", "clone", shared.remote, shared.folder("nobody").toString());
        assertEquals(1, emptyRemote.exit());
        assertTrue(emptyRemote.err().contains("holds no shared project"), emptyRemote.err());
        assertTrue(!SharedProjects.exists(shared.folder("nobody")), "a failed copy leaves no folder behind");
    }
}
