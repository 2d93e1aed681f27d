package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Indexes;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.corpus.imports.CsvColumns;
import org.sameboat.corpus.imports.ImportException;
import org.sameboat.corpus.imports.ImportFormat;
import org.sameboat.corpus.imports.ImportReport;
import org.sameboat.corpus.imports.Source;
import org.sameboat.corpus.imports.TranscriptImporter;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.model.store.LoadedProject;

/** sameboat import DIR FILE...: add transcripts; all files or none. */
public final class ImportVerb implements Verb {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String synopsis() {
        return "DIR FILE... [--format " + ImportFormat.names().replace(", ", "|") + "] [--csv-columns doc=C,speaker=C,text=C[,time=C][,role=C]]";
    }

    @Override
    public String summary() {
        return "import transcripts (plain text, 'Name: utterance' turns, WebVTT, SRT, CSV utterance tables); if one file fails, none is added";
    }

    @Override
    public Set<String> options() {
        return Set.of("format", "csv-columns");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.positional(0, "the project folder DIR");
        arguments.positional(1, "at least one FILE to import");
        ImportFormat format;
        Optional<CsvColumns> columns;
        try {
            format = ImportFormat.named(arguments.option("format").orElse("auto"));
            columns = arguments.option("csv-columns").map(CsvColumns::parse);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        try (Projects projects = new Projects()) {
            LoadedProject loaded = projects.edit(folder);
            Optional<ProjectIndex> index = Optional.empty();
            try {
                List<Source> sources = new ArrayList<>();
                for (String file : arguments.positional().subList(1, arguments.positional().size())) {
                    sources.add(Source.read(Path.of(file)));
                }
                index = Indexes.openForChange(folder, loaded.project(), console);
                ImportReport report = new TranscriptImporter(loaded.project()).importSources(sources, format, columns,
                        (number, total, name) -> console.err().println("[" + (number + 1) + "/" + total + "] " + name));
                projects.save(loaded.project(), folder);
                Indexes.update(index, i -> i.documentsAdded(report.documents()), console);
                index = Optional.empty();
                report.warnings().forEach(w -> console.err().println("warning: " + w));
                console.out().println("imported " + report.documents().size() + " document(s), " + report.turns() + " turn(s), "
                        + report.newParticipants() + " new participant(s)");
                return 0;
            } catch (ImportException e) {
                throw CliException.failure(e.getMessage() + "; nothing was imported");
            } finally {
                if (index.isPresent()) {
                    Indexes.close(index.get());
                }
            }
        }
    }
}
