package org.sameboat.interop.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.sameboat.interop.InteropException;
import org.sameboat.interop.refi.QdcReader;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.RefiImport;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.model.validation.Problem;

/** Reading what a merge takes in: a Sameboat project folder, a REFI-QDA .qdpx project or a .qdc codebook. */
public final class MergeSource {

    /** A project read for merging, with its label for the report and the warnings from reading it. */
    public record Loaded(org.sameboat.model.Project project, String label, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private final QdpxReader reader;

    public MergeSource(QdpxReader reader) {
        this.reader = reader;
    }

    /** Reads a folder or .qdpx; a folder with errors is refused, so that damaged data is not spread. */
    public Loaded read(Path path) throws InteropException {
        String label = String.valueOf(path.getFileName());
        if (Files.isDirectory(path)) {
            try {
                LoadedProject loaded = new ProjectStore().load(path);
                if (loaded.hasErrors()) {
                    throw new InteropException(path + " has " + loaded.errorCount() + " error(s); mend them first (sameboat info "
                            + path + ")");
                }
                return new Loaded(loaded.project(), label, loaded.problems().stream().map(Problem::message).toList());
            } catch (ProjectStoreException e) {
                throw new InteropException(e.getMessage(), e);
            }
        }
        if (path.toString().toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
            RefiImport imported = reader.read(path);
            return new Loaded(imported.project(), label, imported.warnings());
        }
        if (path.toString().toLowerCase(Locale.ROOT).endsWith(".qdc")) {
            RefiImport imported = new QdcReader().read(path);
            return new Loaded(imported.project(), label, imported.warnings());
        }
        throw new InteropException(path + " is neither a Sameboat project folder nor a .qdpx or .qdc file");
    }
}
