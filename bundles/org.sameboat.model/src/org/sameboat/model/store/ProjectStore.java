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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.edit.ProjectTemplate;
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
        if (isProject(folder)) {
            throw new ProjectStoreException(folder + " already holds a project; choose another folder");
        }
        try {
            if (Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new ProjectStoreException(folder + " is not empty; choose a new or empty folder");
                    }
                }
            } else if (Files.exists(folder)) {
                throw new ProjectStoreException(folder + " is a file; choose a new or empty folder");
            }
        } catch (IOException e) {
            throw new ProjectStoreException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        Project project = ProjectTemplate.create(name);
        save(project, folder);
        return project;
    }

    /** Loads a project and validates it; problems are reported with it, not thrown. */
    public LoadedProject load(Path folder) throws ProjectStoreException {
        Path modelFile = folder.resolve(ProjectFormat.MODEL_FILE);
        if (!Files.isRegularFile(modelFile)) {
            throw new ProjectStoreException(folder + " is not a Sameboat project (no " + ProjectFormat.MODEL_FILE
                    + "); create one with: sameboat new " + folder);
        }
        XMLResource resource = ProjectFormat.newResource(URI.createFileURI(modelFile.toAbsolutePath().toString()));
        List<Problem> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(modelFile)) {
            resource.load(in, ProjectFormat.loadOptions());
        } catch (Resource.IOWrappedException e) {
            // EMF reports dangling references this way after it has read everything else
        } catch (IOException | RuntimeException e) {
            throw new ProjectStoreException(modelFile + " cannot be read: " + oneLine(e)
                    + "; the previous version is in " + ProjectFormat.BACKUP_FILE, e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Project project)) {
            String reason = resource.getErrors().isEmpty() ? "it holds no project" : resource.getErrors().get(0).getMessage();
            throw new ProjectStoreException(modelFile + " is not a Sameboat project file: " + reason);
        }
        if (project.getFormatVersion() > ProjectFormat.CURRENT_VERSION) {
            throw new ProjectStoreException(modelFile + " was written by a newer Sameboat (format " + project.getFormatVersion()
                    + "; this one reads up to " + ProjectFormat.CURRENT_VERSION + "); update Sameboat to open it");
        }
        for (Resource.Diagnostic error : resource.getErrors()) {
            problems.add(Problem.error("", "model file line " + error.getLine() + ": " + error.getMessage()));
        }
        for (Resource.Diagnostic warning : resource.getWarnings()) {
            problems.add(Problem.warning("", "model file line " + warning.getLine() + ": " + warning.getMessage()));
        }
        for (Document document : project.getDocuments()) {
            readText(folder, document, problems);
        }
        problems.addAll(ProjectValidator.validate(project));
        return new LoadedProject(project, problems);
    }

    /**
     * Saves a project into a folder: new document texts first (so the model never names a missing text), then
     * the model file atomically, keeping the previous one as {@value ProjectFormat#BACKUP_FILE}.
     */
    public void save(Project project, Path folder) throws ProjectStoreException {
        Path modelFile = folder.resolve(ProjectFormat.MODEL_FILE);
        Optional<String> unsavable = whyUnsavable(project);
        if (unsavable.isPresent()) {
            throw new ProjectStoreException("could not save " + modelFile + ": " + unsavable.get() + "; the project on disk is unchanged");
        }
        List<Path> written = new ArrayList<>();
        try {
            Path sources = folder.resolve(ProjectFormat.SOURCES_FOLDER);
            Files.createDirectories(sources);
            AtomicFile.removeLeftovers(modelFile);
            for (Document document : project.getDocuments()) {
                Path textFile = textFile(folder, document);
                if (document.getText() != null && !Files.exists(textFile)) {
                    byte[] bytes = document.getText().getBytes(StandardCharsets.UTF_8);
                    files.replace(textFile, null, out -> out.write(bytes));
                    written.add(textFile);
                }
            }
            XMLResource resource = resourceFor(project, modelFile);
            files.replace(modelFile, folder.resolve(ProjectFormat.BACKUP_FILE),
                    out -> resource.save(out, ProjectFormat.saveOptions()));
        } catch (IOException | RuntimeException e) {
            // the texts this save added belong to documents the model on disk does not name: left behind, they
            // would be orphans in sources/ (only a killed save can still leave some; they are named by no model)
            for (Path text : written) {
                try {
                    Files.deleteIfExists(text);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw new ProjectStoreException("could not save " + modelFile + ": " + oneLine(e)
                    + "; the project on disk is unchanged", e);
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
        } catch (NoSuchFileException e) {
            document.setText(null);
        } catch (CharacterCodingException e) {
            document.setText(null);
            problems.add(Problem.error(document.getId(), file + " is not valid UTF-8"));
        } catch (IOException e) {
            document.setText(null);
            problems.add(Problem.error(document.getId(), file + " cannot be read: " + oneLine(e)));
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

}
