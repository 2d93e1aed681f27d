package org.sameboat.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.text.OneLine;
import org.sameboat.model.text.TextHash;
import org.sameboat.model.validation.Problem;
import org.sameboat.model.validation.ProjectValidator;

/**
 * Reads and writes project folders: {@value ProjectFormat#MODEL_FILE} (the model), its backup, and
 * {@value ProjectFormat#SOURCES_FOLDER}/&lt;document id&gt;.txt (the imported texts, immutable once written).
 * Every write is atomic; see {@link AtomicFile}.
 */
public final class ProjectStore {

    private final AtomicFile files;

    public ProjectStore() {
        this(SaveObserver.NONE);
    }

    public ProjectStore(SaveObserver observer) {
        this.files = new AtomicFile(observer);
    }

    /** Whether a folder holds a project. */
    public static boolean isProject(Path folder) {
        return Files.isRegularFile(folder.resolve(ProjectFormat.MODEL_FILE));
    }

    /** Makes a new project with the built-in codebook in an empty or missing folder, and saves it. */
    public Project create(Path folder, String name) throws ProjectStoreException {
        Project project = ProjectTemplate.create(name);
        createWith(folder, project);
        return project;
    }

    /**
     * Saves a project made elsewhere (e.g. read from a QDPX file) as a new project in a new or empty folder. The
     * folder's write lock is held from the check that the folder is empty to the save, so that two commands
     * making a project in one folder at once cannot overwrite one another: the second is refused.
     */
    public void createWith(Path folder, Project project) throws ProjectStoreException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ProjectStoreException(folder + " is a file; choose a new or empty folder");
        }
        // checked before the lock as well, so that a refusal leaves no lock file in a folder of the user's
        refuseUnlessNewOrEmpty(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ProjectStoreException("cannot make the folder " + folder + ": " + e.getMessage(), e);
        }
        try (ProjectLock lock = ProjectLock.tryAcquire(folder)) {
            refuseUnlessNewOrEmpty(folder);
            save(project, folder);
        } catch (ProjectLockedException e) {
            throw new ProjectStoreException(e.getMessage() + "; nothing was made", e);
        }
    }

    private static void refuseUnlessNewOrEmpty(Path folder) throws ProjectStoreException {
        if (isProject(folder)) {
            throw new ProjectStoreException(folder + " already holds a project; choose another folder");
        }
        if (Files.isDirectory(folder) && !isEmptyFolder(folder)) {
            throw new ProjectStoreException(folder + " is not empty; choose a new or empty folder");
        }
    }

    /** Whether a folder holds nothing but, perhaps, the lock file a writer left (it holds no data). */
    public static boolean isEmptyFolder(Path folder) throws ProjectStoreException {
        try (var entries = Files.list(folder)) {
            return entries.allMatch(entry -> entry.getFileName().toString().equals(ProjectLock.FILE));
        } catch (IOException e) {
            throw new ProjectStoreException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a project and validates it; validation problems are reported with it, not thrown. A model file that
     * is not well-formed XML or whose references do not hold together is damaged: loading it stops with a
     * message saying where, because a half-read project would pass for a smaller one.
     */
    public LoadedProject load(Path folder) throws ProjectStoreException {
        Path modelFile = folder.resolve(ProjectFormat.MODEL_FILE);
        if (!Files.isRegularFile(modelFile)) {
            throw new ProjectStoreException(folder + " is not a Sameboat project (no " + ProjectFormat.MODEL_FILE
                    + "); create one with: sameboat new " + folder);
        }
        return loadFrom(folder, modelFile);
    }

    private LoadedProject loadFrom(Path folder, Path modelFile) throws ProjectStoreException {
        XMLResource resource = ProjectFormat.newResource(URI.createFileURI(modelFile.toAbsolutePath().toString()));
        List<Problem> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(modelFile)) {
            resource.load(in, ProjectFormat.loadOptions());
        } catch (Resource.IOWrappedException e) {
            // EMF reports dangling references this way after it has read everything else (they are in getErrors,
            // checked below); a parse error means it stopped reading part-way
            if (!(e.getCause() instanceof Resource.Diagnostic)) {
                throw ModelFileDamage.unreadable(modelFile, e);
            }
        } catch (IOException e) {
            throw new ProjectStoreException(modelFile + " cannot be read: " + OneLine.of(e), e);
        } catch (RuntimeException e) {
            throw ModelFileDamage.unreadable(modelFile, e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Project project)) {
            if (!resource.getErrors().isEmpty()) {
                throw ModelFileDamage.inconsistent(modelFile, resource.getErrors().get(0), resource.getErrors().size());
            }
            throw ModelFileDamage.damaged(modelFile, -1, -1, "it holds no Sameboat project", null);
        }
        if (project.getFormatVersion() > ProjectFormat.CURRENT_VERSION) {
            throw new ProjectStoreException(modelFile + " was written by a newer Sameboat (format " + project.getFormatVersion()
                    + "; this one reads up to " + ProjectFormat.CURRENT_VERSION + "); update Sameboat to open it");
        }
        if (!resource.getErrors().isEmpty()) {
            throw ModelFileDamage.inconsistent(modelFile, resource.getErrors().get(0), resource.getErrors().size());
        }
        for (Resource.Diagnostic warning : resource.getWarnings()) {
            problems.add(Problem.warning("", "model file line " + warning.getLine() + ": " + ModelFileDamage.plain(warning.getMessage())));
        }
        ProjectMigration.migrate(project);
        for (Document document : project.getDocuments()) {
            readText(folder, document, problems);
        }
        problems.addAll(ProjectValidator.validate(project));
        return new LoadedProject(project, problems);
    }

    /**
     * Saves a project into a folder: new document texts first (so the model never names a missing text), then
     * the model file atomically, keeping the previous one as {@value ProjectFormat#BACKUP_FILE}. When the save
     * fails, the texts it wrote are removed again unless the model on disk names them. A caller that read the
     * project to change it holds the folder's {@link ProjectLock} from the read until here.
     */
    public void save(Project project, Path folder) throws ProjectStoreException {
        Path modelFile = folder.resolve(ProjectFormat.MODEL_FILE);
        Optional<String> unsavable = whyUnsavable(project);
        if (unsavable.isPresent()) {
            throw new ProjectStoreException("could not save " + modelFile + ": " + unsavable.get() + "; the project on disk is unchanged");
        }
        List<Document> written = new ArrayList<>();
        try {
            SaveJournal.recover(folder, project);
            Path sources = folder.resolve(ProjectFormat.SOURCES_FOLDER);
            Files.createDirectories(sources);
            List<Document> adding = new ArrayList<>();
            for (Document document : project.getDocuments()) {
                if (document.getText() != null && !Files.exists(textFile(folder, document))) {
                    adding.add(document);
                }
            }
            if (!adding.isEmpty()) {
                SaveJournal.begin(files, folder, adding);
            }
            for (Document document : adding) {
                byte[] bytes = document.getText().getBytes(StandardCharsets.UTF_8);
                written.add(document);
                files.replace(textFile(folder, document), null, out -> out.write(bytes));
            }
            XMLResource resource = resourceFor(project, modelFile);
            files.replace(modelFile, folder.resolve(ProjectFormat.BACKUP_FILE),
                    out -> resource.save(out, ProjectFormat.saveOptions()));
            SaveJournal.end(folder);
        } catch (IOException | RuntimeException e) {
            removeUnnamedTexts(folder, modelFile, written);
            throw new ProjectStoreException(saveFailure(folder, modelFile, e), e);
        }
    }

    /** What a project restored from its backup looks like, and where the file it replaced was kept. */
    public record Restored(LoadedProject loaded, Optional<Path> keptDamaged) {
    }

    /**
     * Puts the previous save ({@value ProjectFormat#BACKUP_FILE}) back in place of the model file, after checking
     * that it loads. The model file it replaces is kept beside it as project.sameboat.damaged-&lt;time&gt;, since
     * it may hold work the backup lacks. The caller holds the folder's {@link ProjectLock}.
     */
    public Restored restoreBackup(Path folder) throws ProjectStoreException {
        Path modelFile = folder.resolve(ProjectFormat.MODEL_FILE);
        Path backup = folder.resolve(ProjectFormat.BACKUP_FILE);
        if (!Files.isRegularFile(backup)) {
            throw new ProjectStoreException(folder + " has no previous save (" + ProjectFormat.BACKUP_FILE + ") to restore");
        }
        try {
            loadFrom(folder, backup);
        } catch (ProjectStoreException e) {
            throw new ProjectStoreException("the previous save cannot be restored either: " + e.getMessage(), e);
        }
        try {
            Optional<Path> kept = Optional.empty();
            if (Files.exists(modelFile)) {
                String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
                Path damaged = folder.resolve(ProjectFormat.MODEL_FILE + ".damaged-" + stamp);
                Files.copy(modelFile, damaged, StandardCopyOption.COPY_ATTRIBUTES);
                kept = Optional.of(damaged);
            }
            files.replace(modelFile, null, out -> Files.copy(backup, out));
            return new Restored(load(folder), kept);
        } catch (IOException e) {
            throw new ProjectStoreException(saveFailure(folder, modelFile, e), e);
        }
    }

    /**
     * Why a project could not be saved and read back as it is (a text XML cannot hold, a code tree deeper than
     * loading reads), if it could not; importers call this to refuse such a project before anything is written.
     */
    public static Optional<String> whyUnsavable(Project project) {
        return Storable.problem(project);
    }

    /** The file holding a document's text. */
    public static Path textFile(Path folder, Document document) {
        return folder.resolve(ProjectFormat.SOURCES_FOLDER).resolve(document.getId() + ProjectFormat.TEXT_SUFFIX);
    }

    private static XMLResource resourceFor(Project project, Path modelFile) {
        URI uri = URI.createFileURI(modelFile.toAbsolutePath().toString());
        Resource current = project.eResource();
        if (current instanceof XMLResource xml) {
            xml.setURI(uri);
            return xml;
        }
        XMLResource resource = ProjectFormat.newResource(uri);
        resource.getContents().add(project);
        return resource;
    }

    private static void readText(Path folder, Document document, List<Problem> problems) {
        Path file = textFile(folder, document);
        try {
            byte[] bytes = Files.readAllBytes(file);
            document.setText(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
            // a word replaced by one of the same length keeps every offset valid and every coding wrong
            String hash = document.getContentHash();
            if (hash != null && !hash.isEmpty() && !hash.equalsIgnoreCase(TextHash.of(document.getText()))) {
                problems.add(Problem.error(document.getId(), "the text of document '" + document.getName() + "' (" + file
                        + ") has changed since it was imported (its content hash differs), so codings may point at other words;"
                        + " put the imported text back"));
            }
        } catch (NoSuchFileException e) {
            document.setText(null);
        } catch (CharacterCodingException e) {
            document.setText(null);
            problems.add(Problem.error(document.getId(), file + " is not valid UTF-8"));
        } catch (IOException e) {
            document.setText(null);
            problems.add(Problem.error(document.getId(), file + " cannot be read: " + OneLine.of(e)));
        }
    }

    private static void removeUnnamedTexts(Path folder, Path modelFile, List<Document> written) {
        if (written.isEmpty()) {
            return;
        }
        String saved;
        try {
            saved = Files.exists(modelFile) ? Files.readString(modelFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            // cannot tell whether the model names them: keep them; 'sameboat info' lists texts no save names
            return;
        }
        for (Document document : written) {
            if (!saved.contains("\"" + document.getId() + "\"")) {
                try {
                    Files.deleteIfExists(textFile(folder, document));
                } catch (IOException e) {
                    // left for 'sameboat info' to list as a leftover; the save error is the one to report
                }
            }
        }
    }

    private static String saveFailure(Path folder, Path modelFile, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (t instanceof IOException && message != null && (message.contains("No space left on device")
                    || message.contains("not enough space on the disk") || message.contains("Disk quota exceeded"))) {
                return "no space left on the disk holding " + folder.toAbsolutePath() + " while saving " + modelFile
                        + "; the project on disk is unchanged; free some space and try again";
            }
        }
        return "could not save " + modelFile + ": " + OneLine.of(e) + "; the project on disk is unchanged";
    }


}
