package org.sameboat.corpus.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sameboat.corpus.imports.ImportException;
import org.sameboat.corpus.imports.ImportFormat;
import org.sameboat.corpus.imports.ImportProgress;
import org.sameboat.corpus.imports.Source;
import org.sameboat.corpus.imports.TranscriptImporter;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.model.text.DocumentText;

/**
 * The bundled sample project: six invented sessions of a caregivers' support group (examples/mutual-aid-group
 * in the repository), coded by two coders. It is built from its transcripts and coding table through the same
 * importer and coding rules a user's project goes through.
 */
public final class SampleProject {

    public static final String NAME = "Caregivers' Circle (sample)";
    private static final String FOLDER = "sample";
    /** Codings carry this time so that every build of the sample is the same. */
    private static final Clock CODING_TIME = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    private SampleProject() {
    }

    /** Creates the sample project in an empty or new folder and returns it as saved. */
    public static Project create(Path folder) throws ProjectStoreException, ImportException {
        ProjectStore store = new ProjectStore();
        Project project = store.create(folder, NAME);
        new TranscriptImporter(project).importSources(transcripts(), ImportFormat.TURNS, ImportProgress.SILENT);
        applyCodings(project, resource("codings.csv"));
        store.save(project, folder);
        return project;
    }

    private static List<Source> transcripts() throws ImportException {
        Bundle bundle = FrameworkUtil.getBundle(SampleProject.class);
        List<URL> entries = bundle == null ? List.of() : Collections.list(bundle.findEntries(FOLDER, "*.txt", false));
        if (entries.isEmpty()) {
            throw new ImportException("the sample transcripts are missing from bundle org.sameboat.corpus; rebuild with ./mvnw verify");
        }
        List<Source> sources = new ArrayList<>();
        for (URL entry : entries.stream().sorted(Comparator.comparing(URL::getPath)).toList()) {
            String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            try (InputStream in = entry.openStream()) {
                sources.add(new Source(name, in.readAllBytes()));
            } catch (IOException e) {
                throw new ImportException(name + ": cannot be read from the bundle (" + e.getMessage() + ")");
            }
        }
        return sources;
    }

    private static byte[] resource(String name) throws ImportException {
        try (InputStream in = SampleProject.class.getResourceAsStream("/" + FOLDER + "/" + name)) {
            if (in == null) {
                throw new ImportException(name + " is missing from bundle org.sameboat.corpus; rebuild with ./mvnw verify");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read from the bundle (" + e.getMessage() + ")");
        }
    }

    /**
     * Applies a coding table with columns document, coder, code, turn, quote (the sample's codings.csv): document is
     * a source file's name without extension, code a code's path or a name only one code of the project has, turn
     * 1-based, quote an exact stretch of that turn's text (empty for the whole turn).
     *
     * @throws ImportException naming the row, for an unknown document, turn, quote or code, or a code name that
     *         several codes share
     */
    public static void applyCodings(Project project, byte[] csv) throws ImportException {
        Map<String, Document> documents = new HashMap<>();
        for (Document document : project.getDocuments()) {
            documents.put(new Source(document.getSourceName(), new byte[0]).baseName(), document);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                String where = "codings.csv row " + row.getRecordNumber();
                Document document = documents.get(row.get("document"));
                if (document == null) {
                    throw new ImportException(where + ": no document '" + row.get("document") + "'");
                }
                Code code = code(project, row.get("code"), where);
                Coder coder = Lookups.coderOrNew(project, row.get("coder"));
                int turnNumber = Integer.parseInt(row.get("turn"));
                if (turnNumber < 1 || turnNumber > document.getTurns().size()) {
                    throw new ImportException(where + ": document '" + row.get("document") + "' has no turn " + turnNumber);
                }
                Turn turn = document.getTurns().get(turnNumber - 1);
                int[] range = quoteRange(document, turn, row.get("quote"));
                if (range.length == 0) {
                    throw new ImportException(where + ": the quote is not in turn " + turnNumber + " of " + row.get("document"));
                }
                Codings.add(document, code, coder, range[0], range[1], CODING_TIME);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportException("codings.csv: " + e.getMessage());
        }
    }

    /**
     * The code a row names: by path or by a name that only one code of the two codebooks has (a skill and a dynamic
     * never share one); a name of several codes or of none stops the build, naming the row.
     */
    private static Code code(Project project, String name, String where) throws ImportException {
        Optional<Code> found = CodePaths.find(project, name);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> same = CodePaths.allCodes(project).stream().filter(c -> c.getName().equalsIgnoreCase(name.trim()))
                .map(CodePaths::path).toList();
        if (same.size() > 1) {
            throw new ImportException(where + ": code '" + name + "' names " + same.size() + " codes (" + String.join(", ", same)
                    + "); write the code's path, or its id where two codebooks share a path");
        }
        throw new ImportException(where + ": no code '" + name + "' in the codebooks "
                + project.getCodebooks().stream().map(b -> "'" + b.getName() + "'").toList());
    }

    private static int[] quoteRange(Document document, Turn turn, String quote) {
        if (quote.isEmpty()) {
            return new int[] {turn.getStart(), turn.getEnd()};
        }
        DocumentText text = DocumentText.of(document.getText());
        int from = text.charIndex(turn.getStart());
        int at = text.string().indexOf(quote, from);
        if (at < 0 || at + quote.length() > text.charIndex(turn.getEnd())) {
            return new int[0];
        }
        return new int[] {text.codePointOffset(at), text.codePointOffset(at + quote.length())};
    }
}
