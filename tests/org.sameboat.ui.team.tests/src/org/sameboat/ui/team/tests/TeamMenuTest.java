package org.sameboat.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.team.TeamShare;
import org.sameboat.ui.parts.DetailsPart;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.ReadOnlyProjectException;
import org.sameboat.ui.team.ConflictsDialog;
import org.sameboat.ui.team.HistoryDialog;
import org.sameboat.ui.team.HistoryHandler;
import org.sameboat.ui.team.ReleaseHandler;
import org.sameboat.ui.team.ResolveHandler;
import org.sameboat.ui.team.ShareHandler;
import org.sameboat.ui.team.StatusHandler;
import org.sameboat.ui.team.SyncHandler;
import org.sameboat.ui.team.TeamJob;

/**
 * The Team menu along two coders' path, each in a workbench session on a copy of the same project, meeting in a
 * bare repository over file://: ann shares her project through the menu, ben takes a copy, and what one codes the
 * other sees after a sync; the history lists who coded it, Details shows a coding's history, a sync cancelled
 * half-way or stopped by a missing server leaves the project as it was, and a conflict is decided in the dialog.
 */
class TeamMenuTest {

    @TempDir
    Path temp;

    private Path bare;
    private String remote;
    private WorkbenchFixture ann;
    private WorkbenchFixture ben;
    private final List<TeamJob.Ending> endings = new ArrayList<>();

    @BeforeEach
    void annSharesHerProjectAndBenTakesACopy() throws Exception {
        hermeticGit(temp.resolve("no-git-config").toFile());
        bare = temp.resolve("study.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        remote = bare.toUri().toString();
        ann = new WorkbenchFixture(temp.resolve("ann"), "ann", true);
        if (ann.session.isDirty()) {
            ann.session.save();
        }
        assertTrue(new ShareHandler().canExecute(ann.session), "an unshared project can be shared");
        assertFalse(new SyncHandler().canExecute(ann.session), "an unshared project cannot be synced");
        assertFalse(new HistoryHandler().canExecute(ann.session));

        TeamJob.Ending shared = run(ann, () -> ShareHandler.share(ann.session, remote, "ann", ann.display, endings::add));

        assertTrue(shared.done(), shared.message());
        assertFalse(new ShareHandler().canExecute(ann.session), "a shared project is not shared again");
        assertTrue(new SyncHandler().canExecute(ann.session));
        assertTrue(new ResolveHandler().canExecute(ann.session));
        assertTrue(StatusHandler.describe(ann.session).contains("Coder: ann"), StatusHandler.describe(ann.session));
        new TeamShare().cloneInto(remote, temp.resolve("ben"), "ben");
        ben = new WorkbenchFixture(temp.resolve("ben"), "ben", false);
    }

    @AfterEach
    void close() {
        Job.getJobManager().setProgressProvider(null);
        if (ben != null) {
            ben.close();
        }
        ann.close();
    }

    @Test
    void whatAnnCodesBenSeesAfterBothSyncThroughTheMenuWithItsHistory() throws Exception {
        Coding coded = code(ann, 0, 12);
        String id = coded.getId();
        ann.session.save();

        TeamJob.Ending annSynced = run(ann, () -> SyncHandler.sync(ann.session, ann.display, endings::add));
        assertTrue(annSynced.done(), annSynced.message());
        assertTrue(annSynced.message().startsWith("Your work was sent"), annSynced.message());
        assertTrue(find(ben.session.project().orElseThrow(), id).isEmpty(), "not at ben's before he syncs");

        TeamJob.Ending benSynced = run(ben, () -> SyncHandler.sync(ben.session, ben.display, endings::add));

        assertTrue(benSynced.done(), benSynced.message());
        assertTrue(benSynced.message().contains("change(s) from the others merged in"), benSynced.message());
        Coding arrived = find(ben.session.project().orElseThrow(), id).orElseThrow(() -> new AssertionError("ann's coding did not arrive"));
        assertEquals("ann", arrived.getCoder().getName());
        assertEquals(List.of(coded.getStart(), coded.getEnd()), List.of(arrived.getStart(), arrived.getEnd()));
        assertFalse(ben.session.isDirty(), "the merged project is the saved one");

        String path = CodePaths.path(arrived.getCode());
        HistoryDialog history = HistoryHandler.dialog(ben.session, ben.shell);
        history.setBlockOnOpen(false);
        history.open();
        try {
            List<List<String>> rows = history.rows();
            List<String> added = rows.stream().filter(row -> row.get(3).startsWith("coding '" + path + "' by ann")).findFirst()
                    .orElseThrow(() -> new AssertionError("ann's coding is not in the history: " + rows));
            assertEquals(List.of("ann", "added"), added.subList(1, 3));
            assertEquals("Coding by ann", added.get(4));
            history.filter("ben", HistoryDialog.ANY, HistoryDialog.ANY);
            assertTrue(history.rows().stream().allMatch(row -> row.get(1).equals("ben")), history.rows().toString());
            assertTrue(history.rows().stream().noneMatch(row -> row.get(3).contains("by ann")), "ben's filter shows none of ann's codings");
            history.filter("ann", path, arrived.getDocument().getName());
            List<List<String>> narrowed = history.rows();
            assertTrue(narrowed.contains(added), narrowed.toString());
            assertTrue(narrowed.stream().allMatch(row -> row.get(1).equals("ann") && row.get(3).startsWith("coding '" + path + "' by ")
                    && row.get(3).contains(" in '" + arrived.getDocument().getName() + "'")), narrowed.toString());
        } finally {
            history.close();
        }

        DetailsPart details = ben.part(DetailsPart.class);
        details.selected(arrived);
        // the history is read in a job; Details says so meanwhile and shows it when it has been read
        ben.waitFor(() -> !details.shown().contains("reading the team's history"));
        String shown = details.shown();
        assertTrue(shown.contains("\n\nHistory\n"), shown);
        assertTrue(shown.contains("ann added coding '" + path + "' by ann"), shown);
        assertTrue(shown.endsWith("\u2014 Coding by ann"), shown);
    }

    @Test
    void aSyncCancelledHalfWayLeavesTheProjectAsItWasAndEditsWaitWhileItRuns() throws Exception {
        Coding coded = code(ann, 20, 30);
        ann.session.save();
        byte[] before = Files.readAllBytes(ann.folder.resolve(ProjectFormat.MODEL_FILE));
        ObjectId shared = remoteMain();
        List<String> refused = new ArrayList<>();
        List<Boolean> menuWhileRunning = new ArrayList<>();
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return new NullProgressMonitor() {
                    @Override
                    public void subTask(String name) {
                        // the Cancel button pressed while the sync commits: it stops before it fetches or sends
                        setCanceled(true);
                        menuWhileRunning.add(new SyncHandler().canExecute(ann.session));
                        Document document = ann.session.document().orElseThrow();
                        Code code = coded.getCode();
                        try {
                            ann.session.code(document, code, 40, 45);
                        } catch (ReadOnlyProjectException e) {
                            refused.add(e.getMessage());
                        }
                    }
                };
            }
        });

        TeamJob.Ending cancelled = run(ann, () -> SyncHandler.sync(ann.session, ann.display, endings::add));

        assertFalse(cancelled.done());
        assertTrue(cancelled.cancelled(), cancelled.message());
        assertTrue(cancelled.message().startsWith("sync cancelled"), cancelled.message());
        assertEquals(1, refused.size(), "an edit while the sync runs is refused");
        assertTrue(refused.get(0).contains("sync is running"), refused.get(0));
        assertEquals(List.of(false), menuWhileRunning, "Sync is greyed out while a sync runs");
        assertTrue(new SyncHandler().canExecute(ann.session), "and available again afterwards");
        assertArrayEquals(before, Files.readAllBytes(ann.folder.resolve(ProjectFormat.MODEL_FILE)), "the project file is as it was");
        assertEquals(shared, remoteMain(), "nothing was sent");
        assertTrue(find(ann.session.project().orElseThrow(), coded.getId()).isPresent(), "the coding is still in the session");
        assertFalse(ann.session.isDirty());

        Job.getJobManager().setProgressProvider(null);
        TeamJob.Ending synced = run(ann, () -> SyncHandler.sync(ann.session, ann.display, endings::add));
        assertTrue(synced.done(), synced.message());
        assertFalse(shared.equals(remoteMain()), "the next sync sends the work");
        code(ann, 46, 50);
        assertTrue(ann.session.isDirty(), "edits are taken again once the sync has finished");
    }

    @Test
    void aMissingServerIsOneLineAndTheProjectIsUntouched() throws Exception {
        code(ann, 0, 8);
        ann.session.save();
        byte[] before = Files.readAllBytes(ann.folder.resolve(ProjectFormat.MODEL_FILE));
        Files.move(bare, temp.resolve("moved.git"));

        TeamJob.Ending failed = run(ann, () -> SyncHandler.sync(ann.session, ann.display, endings::add));

        assertFalse(failed.done());
        assertFalse(failed.cancelled());
        assertTrue(failed.message().startsWith("cannot reach "), failed.message());
        assertFalse(failed.message().contains("\tat "), "no stack trace: " + failed.message());
        assertTrue(failed.message().endsWith("goes to the server at the next sync"), failed.message());
        assertArrayEquals(before, Files.readAllBytes(ann.folder.resolve(ProjectFormat.MODEL_FILE)));
        assertFalse(ann.session.isReadOnly(), "the workbench holds the project again");
    }

    @Test
    void aConflictIsDecidedInTheResolveDialogByTakingTheirs() throws Exception {
        define(ann, "mutual aid, as ann words it");
        TeamJob.Ending annSynced = run(ann, () -> SyncHandler.sync(ann.session, ann.display, endings::add));
        assertTrue(annSynced.done(), annSynced.message());
        define(ben, "peer help, as ben words it");

        TeamJob.Ending benSynced = run(ben, () -> SyncHandler.sync(ben.session, ben.display, endings::add));

        assertTrue(benSynced.message().contains("1 conflict(s): yours was kept"), benSynced.message());
        assertEquals("peer help, as ben words it", code(ben.session).getDefinition());
        ConflictsDialog dialog = new ConflictsDialog(ben.shell, ben.session);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            List<List<String>> rows = dialog.rows();
            assertEquals(1, rows.size(), rows.toString());
            assertEquals(List.of("definition", "\"peer help, as ben words it\"", "\"mutual aid, as ann words it\""), rows.get(0).subList(1, 4));
            assertTrue(rows.get(0).get(0).contains(code(ben.session).getName()), rows.get(0).get(0));

            dialog.select(0);
            assertEquals("Yours (kept): \"peer help, as ben words it\"\n\nTheirs: \"mutual aid, as ann words it\"", dialog.values());
            dialog.decide(true);

            assertEquals("mutual aid, as ann words it", code(ben.session).getDefinition(), "theirs taken into the open project");
            assertTrue(dialog.rows().isEmpty(), dialog.rows().toString());
            assertTrue(dialog.message().startsWith("1 conflict(s) decided: theirs taken"), dialog.message());
        } finally {
            dialog.close();
        }
        assertTrue(StatusHandler.describe(ben.session).contains("Conflicts to decide: 0"));
        TeamJob.Ending sent = run(ben, () -> SyncHandler.sync(ben.session, ben.display, endings::add));
        assertTrue(sent.done(), sent.message());
        TeamJob.Ending back = run(ann, () -> SyncHandler.sync(ann.session, ann.display, endings::add));
        assertTrue(back.done(), back.message());
        assertEquals("mutual aid, as ann words it", code(ann.session).getDefinition(), "both copies agree");
    }

    @Test
    void aBlindCodersWorkReachesTheOthersOnlyWhenTheyReleaseTheirLayer() throws Exception {
        assertFalse(new ReleaseHandler().canExecute(ben.session), "ben does not code blind");
        ben.session.setBlind(true);
        ben.session.save();
        assertTrue(new ReleaseHandler().canExecute(ben.session));
        Coding blind = code(ben, 0, 10);
        ben.session.save();
        TeamJob.Ending kept = run(ben, () -> SyncHandler.sync(ben.session, ben.display, endings::add));
        assertTrue(kept.message().contains("to your own branch"), kept.message());
        run(ann, () -> SyncHandler.sync(ann.session, ann.display, endings::add));
        assertTrue(find(ann.session.project().orElseThrow(), blind.getId()).isEmpty(), "ann does not get ben's blind coding");
        HistoryDialog history = HistoryHandler.dialog(ben.session, ben.shell);
        history.setBlockOnOpen(false);
        history.open();
        try {
            List<List<String>> codings = history.rows().stream().filter(row -> row.get(3).startsWith("coding ")).toList();
            assertFalse(codings.isEmpty());
            assertTrue(codings.stream().allMatch(row -> row.get(3).contains("' by ben in ")), "blind, ben's history shows only his codings: " + codings);
        } finally {
            history.close();
        }

        TeamJob.Ending released = run(ben, () -> ReleaseHandler.release(ben.session, ben.display, endings::add));

        assertTrue(released.done(), released.message());
        assertTrue(released.message().startsWith("Blind coding ended."), released.message());
        assertFalse(ben.session.isBlind(), "the session reads the released project");
        run(ann, () -> SyncHandler.sync(ann.session, ann.display, endings::add));
        assertEquals("ben", find(ann.session.project().orElseThrow(), blind.getId()).orElseThrow().getCoder().getName());
    }

    /** Starts team work and runs the event loop until its ending is told (after the session read the project again). */
    private TeamJob.Ending run(WorkbenchFixture at, Runnable start) {
        int told = endings.size();
        start.run();
        at.waitFor(() -> endings.size() > told);
        return endings.get(told);
    }

    private static Coding code(WorkbenchFixture at, int start, int end) {
        Document document = at.session.document().orElseThrow();
        return at.session.code(document, code(at.session), start, end);
    }

    private static Code code(ProjectSession session) {
        return CodePaths.find(session.project().orElseThrow(), "5").orElseThrow();
    }

    private static void define(WorkbenchFixture at, String definition) throws Exception {
        Code code = code(at.session);
        at.session.edit("Define", List.of(code), () -> {
            code.setDefinition(definition);
            return code;
        });
        at.session.save();
    }

    private static Optional<Coding> find(Project project, String id) {
        return project.getDocuments().stream().flatMap(d -> d.getCodings().stream()).filter(c -> c.getId().equals(id)).findFirst();
    }

    private ObjectId remoteMain() throws Exception {
        try (Git git = Git.open(bare.toFile())) {
            return git.getRepository().resolve("refs/heads/main");
        }
    }

    /** Keeps JGit away from the machine's Git configuration, so that the test reads nothing outside its folder. */
    private static synchronized void hermeticGit(File emptyFolder) {
        SystemReader current = SystemReader.getInstance();
        if (current instanceof Hermetic) {
            return;
        }
        SystemReader.setInstance(new Hermetic(current, emptyFolder));
    }

    private static final class Hermetic extends SystemReader.Delegate {
        private final File folder;

        Hermetic(SystemReader delegate, File folder) {
            super(delegate);
            this.folder = folder;
        }

        @Override
        public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, new File(folder, "no-user-gitconfig"), fs);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, new File(folder, "no-system-gitconfig"), fs);
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, new File(folder, "no-jgit-config"), fs);
        }

        @Override
        public String getenv(String variable) {
            return variable.startsWith("GIT_") ? null : super.getenv(variable);
        }
    }
}
