package org.sameboat.team.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jgit.api.Git;
import org.sameboat.model.Project;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectStore;

/** A bare repository over file:// on this machine, and the project folders of the coders who share it. */
final class SharedProjects {

    private final Path root;
    final Path bare;
    final String remote;
    private final ProjectStore store = new ProjectStore();

    SharedProjects(Path root) throws Exception {
        this.root = root;
        TeamFixtures.hermeticGit(root.resolve("no-git-config").toFile());
        this.bare = root.resolve("shared.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        this.remote = bare.toUri().toString();
    }

    Path folder(String coder) {
        return root.resolve(coder);
    }

    /** A new project folder holding the fixture, not yet shared. */
    Path newProject(String coder) throws Exception {
        Path folder = folder(coder);
        store.createWith(folder, TeamFixtures.smallProject());
        return folder;
    }

    Project load(Path folder) throws Exception {
        LoadedProject loaded = store.load(folder);
        if (loaded.hasErrors()) {
            throw new AssertionError(folder + " has errors: " + loaded.problems());
        }
        return loaded.project();
    }

    void edit(Path folder, Consumer<Project> change) throws Exception {
        Project project = load(folder);
        change.accept(project);
        store.save(project, folder);
    }

    static boolean exists(Path path) {
        return Files.exists(path);
    }
}
