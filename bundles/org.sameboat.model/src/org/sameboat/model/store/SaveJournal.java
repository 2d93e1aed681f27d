package org.sameboat.model.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sameboat.model.Document;
import org.sameboat.model.Project;

/**
 * The texts a save is about to add to {@value ProjectFormat#SOURCES_FOLDER}, written down before it writes them and
 * dropped once the model that names them is in place. Texts go in before the model, so that the model never names
 * a missing text; a save killed in between (e.g. an import stopped by kill -9) therefore leaves texts no model
 * names, and this journal saying that a save of ours made them. The next save, holding the same write lock,
 * removes the listed texts its project does not name: copies of an import's files that never became part of the
 * project. Texts without such a record are never removed by a save ({@link ProjectLeftovers} lists them).
 */
final class SaveJournal {

    /** The journal's name in the project folder. */
    static final String FILE = ".sameboat.saving";

    private SaveJournal() {
    }

    /** Writes down the texts this save is about to add, before it writes any of them. */
    static void begin(AtomicFile files, Path folder, List<Document> adding) throws IOException {
        StringBuilder names = new StringBuilder();
        for (Document document : adding) {
            names.append(document.getId()).append(ProjectFormat.TEXT_SUFFIX).append('\n');
        }
        byte[] bytes = names.toString().getBytes(StandardCharsets.UTF_8);
        files.replace(folder.resolve(FILE), null, out -> out.write(bytes));
    }

    /** The model naming the texts is in place: the record is no longer needed. */
    static void end(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE));
    }

    /**
     * Finishes what a killed save left: removes the texts its journal lists that this project does not name, then
     * the journal. Returns the texts removed.
     */
    static List<Path> recover(Path folder, Project project) throws IOException {
        Path journal = folder.resolve(FILE);
        if (!Files.isRegularFile(journal)) {
            return List.of();
        }
        Set<String> named = new HashSet<>();
        for (Document document : project.getDocuments()) {
            named.add(document.getId() + ProjectFormat.TEXT_SUFFIX);
        }
        Path sources = folder.resolve(ProjectFormat.SOURCES_FOLDER);
        List<Path> removed = new ArrayList<>();
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            String name = line.strip();
            // only plain names of texts in sources/: the journal is ours, but it is a file anyone can edit
            if (name.isEmpty() || named.contains(name) || name.contains("/") || name.contains("\\") || name.startsWith(".")
                    || !name.endsWith(ProjectFormat.TEXT_SUFFIX)) {
                continue;
            }
            Path text = sources.resolve(name);
            if (Files.deleteIfExists(text)) {
                removed.add(text);
            }
        }
        end(folder);
        return removed;
    }
}
