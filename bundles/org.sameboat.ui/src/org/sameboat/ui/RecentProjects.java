package org.sameboat.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.sameboat.model.store.ProjectFormat;

/**
 * File > Open recent: the project folders opened last, newest first, kept in the application's persisted state
 * beside the rest of {@link WorkbenchMemory}, so the list survives a restart and "Reset layout".
 */
public final class RecentProjects {

    static final String KEY = "sameboat.recent";
    /** As many as a menu shows without scrolling. */
    public static final int MAX = 8;

    private final Map<String, String> state;

    public RecentProjects(Map<String, String> state) {
        this.state = state;
    }

    /** The folders, newest first; a folder that no longer holds a project stays listed until forgotten. */
    public List<Path> folders() {
        String kept = state.get(KEY);
        if (kept == null || kept.isBlank()) {
            return List.of();
        }
        return Arrays.stream(kept.split("\n")).filter(line -> !line.isBlank()).map(Path::of).toList();
    }

    /** Puts a folder at the top, once. */
    public void add(Path folder) {
        Path normal = folder.toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>(folders());
        folders.remove(normal);
        folders.add(0, normal);
        store(folders.subList(0, Math.min(MAX, folders.size())));
    }

    public void forget(Path folder) {
        List<Path> folders = new ArrayList<>(folders());
        folders.remove(folder.toAbsolutePath().normalize());
        store(folders);
    }

    /** Whether the folder still holds a project (a recent one may have been moved or deleted since). */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(ProjectFormat.MODEL_FILE));
    }

    private void store(List<Path> folders) {
        state.put(KEY, String.join("\n", folders.stream().map(Path::toString).toList()));
    }
}
