package org.sameboat.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FileUtils;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectLockedException;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

/**
 * Starting team work: sharing a project through an empty Git repository ({@link #init}) and taking a copy of a
 * shared project to work on ({@link #cloneInto}). The remote's address is kept as Git keeps it; credentials are
 * never written anywhere by Sameboat (Git's own ways supply them: SSH keys and agent, ~/.netrc for HTTPS tokens).
 */
public final class TeamShare {

    private final ProjectStore store = new ProjectStore();

    /** Shares the project in a folder through an empty remote repository, as the given coder. */
    public void init(Path folder, String remote, String coder) throws TeamException {
        if (TeamFolder.isShared(folder)) {
            throw new TeamException(folder + " is shared already (it holds .git); sync it with: sameboat team sync " + folder);
        }
        try (ProjectLock lock = ProjectLock.acquire(folder, Duration.ofSeconds(10))) {
            share(folder, remote, coder);
        } catch (ProjectLockedException | ProjectStoreException e) {
            throw new TeamException(e.getMessage() + "; nothing was shared", e);
        }
    }

    /** Shares for a caller that holds the project's write lock already and has saved the project (the workbench). */
    public void initHeld(ProjectLock held, String remote, String coder) throws TeamException {
        if (!held.isHeld()) {
            throw new IllegalStateException("the write lock on " + held.folder() + " was released");
        }
        if (TeamFolder.isShared(held.folder())) {
            throw new TeamException(held.folder() + " is shared already (it holds .git); sync it instead");
        }
        try {
            share(held.folder(), remote, coder);
        } catch (ProjectStoreException e) {
            throw new TeamException(e.getMessage() + "; nothing was shared", e);
        }
    }

    private void share(Path folder, String remote, String coder) throws TeamException, ProjectStoreException {
        try {
            LoadedProject loaded = store.load(folder);
            if (loaded.hasErrors()) {
                throw new TeamException(folder + " has " + loaded.errorCount() + " error(s); see them with: sameboat info " + folder + "; nothing was shared");
            }
            if (!sharedBranches(remote).isEmpty()) {
                throw new TeamException(remote + " already holds a shared project; take a copy with: sameboat team clone " + remote + " DIR");
            }
            Project project = loaded.project();
            boolean added = ensureCoder(project, coder);
            if (added) {
                store.save(project, folder);
            }
            try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch(TeamFolder.BRANCH).call();
                    TeamFolder team = TeamFolder.wrap(folder, git)) {
                team.setCoder(coder);
                git.remoteAdd().setName(TeamFolder.REMOTE).setUri(new URIish(remote)).call();
                team.writeSplit(project);
                team.commit("Share the project " + project.getName(), coder, Optional.empty());
                try {
                    git.push().setRemote(TeamFolder.REMOTE).setRefSpecs(new RefSpec(TeamFolder.SHARED_REF + ":" + TeamFolder.SHARED_REF)).call();
                    git.fetch().setRemote(TeamFolder.REMOTE).setRefSpecs(new RefSpec("+" + TeamFolder.SHARED_REF + ":" + TeamFolder.TRACKING_REF)).call();
                } catch (TransportException e) {
                    throw new TeamException("shared here but could not send to " + remote + ": " + e.getMessage()
                            + "; send it with: sameboat team sync " + folder, e);
                }
            }
        } catch (IOException | GitAPIException | java.net.URISyntaxException e) {
            throw new TeamException("could not share " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Takes a copy of a shared project into a new or empty folder, to work on as the given coder. */
    public Project cloneInto(String remote, Path folder, String coder) throws TeamException {
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || !ProjectStore.isEmptyFolder(folder))) {
                throw new TeamException(folder + " is not empty; choose a new or empty folder");
            }
            if (sharedBranches(remote).isEmpty()) {
                throw new TeamException(remote + " holds no shared project; share one with: sameboat team init DIR " + remote);
            }
        } catch (ProjectStoreException e) {
            throw new TeamException(e.getMessage(), e);
        }
        boolean made = !Files.exists(folder);
        try (Git git = Git.cloneRepository().setURI(remote).setDirectory(folder.toFile()).setBranch(TeamFolder.SHARED_REF).call();
                TeamFolder team = TeamFolder.wrap(folder, git)) {
            team.setCoder(coder);
            Project project = SplitCodec.project(team.workingRecords());
            ensureCoder(project, coder);
            try (ProjectLock lock = ProjectLock.acquire(folder, Duration.ofSeconds(10))) {
                store.save(project, folder);
            }
            team.writeSplit(project);
            return store.load(folder).project();
        } catch (TeamException e) {
            removeCopy(folder, made);
            throw e;
        } catch (GitAPIException | IOException | ProjectStoreException | ProjectLockedException e) {
            removeCopy(folder, made);
            throw new TeamException("could not copy " + remote + ": " + e.getMessage(), e);
        }
    }

    /** A failed copy leaves no half-made folder behind (only what this copy made: the folder was new or empty). */
    private static void removeCopy(Path folder, boolean made) {
        try {
            if (made) {
                FileUtils.delete(folder.toFile(), FileUtils.RECURSIVE | FileUtils.IGNORE_ERRORS);
            } else {
                try (var entries = Files.list(folder)) {
                    for (Path entry : entries.toList()) {
                        FileUtils.delete(entry.toFile(), FileUtils.RECURSIVE | FileUtils.IGNORE_ERRORS);
                    }
                }
            }
        } catch (IOException e) {
            // the copy failed already; what could not be removed is reported by the next attempt's emptiness check
        }
    }

    /** Adds the coder to the project if no coder has that name; returns whether it did. */
    static boolean ensureCoder(Project project, String name) {
        if (project.getCoders().stream().anyMatch(c -> name.equals(c.getName()))) {
            return false;
        }
        Coder coder = Ids.assign(SameboatFactory.eINSTANCE.createCoder());
        coder.setName(name);
        project.getCoders().add(coder);
        return true;
    }

    private static Collection<Ref> sharedBranches(String remote) throws TeamException {
        try {
            return Git.lsRemoteRepository().setRemote(remote).setHeads(true).call().stream()
                    .filter(ref -> ref.getName().equals(Constants.R_HEADS + TeamFolder.BRANCH)).toList();
        } catch (GitAPIException e) {
            throw new TeamException("cannot reach " + remote + ": " + e.getMessage(), e);
        }
    }
}
