package org.sameboat.model.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.sameboat.model.Document;
import org.sameboat.model.Project;

/**
 * Files in a project folder that no save refers to: temporary files of saves that were killed, and texts in
 * {@value ProjectFormat#SOURCES_FOLDER} that no document names (an import killed before its model was saved,
 * until the next save removes the texts its {@link SaveJournal} lists, or a file put there by hand). They are
 * listed, and removed only when the user asks ('sameboat clean'): a text no document names may still be the only
 * copy of a transcript.
 */
public final class ProjectLeftovers {

    private ProjectLeftovers() {
    }

    /** The leftovers of a folder whose project is loaded, in name order. */
    public static List<Path> find(Path folder, Project project) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().contains(AtomicFile.TEMP_MARKER)).forEach(found::add);
        }
        Path sources = folder.resolve(ProjectFormat.SOURCES_FOLDER);
        if (Files.isDirectory(sources)) {
            Set<String> named = new HashSet<>();
            for (Document document : project.getDocuments()) {
                named.add(document.getId() + ProjectFormat.TEXT_SUFFIX);
            }
            try (Stream<Path> files = Files.list(sources)) {
                files.filter(f -> !named.contains(f.getFileName().toString())).forEach(found::add);
            }
        }
        found.sort(null);
        return found;
    }

    /** Removes the leftovers; the caller holds the folder's {@link ProjectLock}, so no save is under way. */
    public static List<Path> remove(Path folder, Project project) throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path file : find(folder, project)) {
            if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                removed.add(file);
            }
        }
        return removed;
    }
}
