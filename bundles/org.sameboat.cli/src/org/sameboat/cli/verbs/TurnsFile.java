package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sameboat.cli.CliException;
import org.sameboat.interop.exercise.Excerpt;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.edit.Lookups;

/**
 * The excerpts of 'exercise make --turns FILE': one a line, a document (name, source file or id) and a run of its
 * turns counted from 1, e.g. {@code session-04 12-30}; blank lines and lines starting with # are skipped.
 */
final class TurnsFile {

    private static final Pattern LINE = Pattern.compile("(.+?)\\s+(\\d+)\\s*-\\s*(\\d+)");

    private TurnsFile() {
    }

    static List<Excerpt> read(Path file, Project project, String folder) throws CliException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.failure("cannot read " + file + ": " + e.getMessage());
        }
        List<Excerpt> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + " line " + (i + 1);
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw CliException.usage(where + ": expected a document and a run of turns, e.g. 'session-04 12-30'");
            }
            Document document = Lookups.document(project, m.group(1).strip()).orElseThrow(() -> CliException.usage(where
                    + ": no single document '" + m.group(1).strip() + "' in " + folder));
            try {
                out.add(new Excerpt(document, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (NumberFormatException e) {
                throw CliException.usage(where + ": turn numbers too large");
            } catch (IllegalArgumentException e) {
                throw CliException.usage(where + ": " + e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw CliException.usage(file + " names no excerpt; write one a line, e.g. 'session-04 12-30'");
        }
        return out;
    }
}
