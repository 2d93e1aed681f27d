package org.sameboat.corpus.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.text.OneLine;

/**
 * Utterance tables: CSV (RFC 4180, first row the header) with one utterance per row, mapped to documents,
 * speakers, times and roles by {@link CsvColumns}.
 * <p>
 * Rows with the same value in the document column form one document, named after the file and that value
 * ({@code AnnoMI-simple-0}); its rows must be consecutive, and in that order they become its turns (one row,
 * one turn, even when a speaker talks twice in a row, so that row-level labels keep a turn to attach to). The
 * document text is built from the utterances, one paragraph per row, as described in {@link UtteranceText}: for
 * example {@code [0:00:13] therapist: Thanks for filling it out.} A time cell may be empty; one that is not a
 * clock time (AnnoMI has {@code 00:09:025}) leaves its turn without a time and is reported as a warning naming
 * the line, because refusing a whole corpus over one typo helps nobody. A role cell must be worker, member or
 * other.
 */
public final class CsvUtteranceParser implements TranscriptParser {

    private final CsvColumns columns;

    public CsvUtteranceParser(CsvColumns columns) {
        this.columns = columns;
    }

    @Override
    public List<Transcript> parse(Source source) throws ImportException {
        String text = SourceDecoder.decode(source);
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        Map<String, Document> documents = new LinkedHashMap<>();
        Document current = null;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            checkHeader(source, parser.getHeaderNames());
            int width = parser.getHeaderNames().size();
            for (CSVRecord row : parser) {
                int line = lineOf(lineStarts, row.getCharacterPosition());
                if (row.size() != width) {
                    throw ImportException.at(source.name(), line, "row has " + row.size() + " fields but the header has " + width);
                }
                String key = row.get(columns.doc()).strip();
                if (key.isEmpty()) {
                    throw ImportException.at(source.name(), line, "the document column '" + columns.doc() + "' is empty");
                }
                if (current == null || !current.key.equals(key)) {
                    Document earlier = documents.get(key);
                    if (earlier != null) {
                        throw ImportException.at(source.name(), line, "rows of document '" + key + "' are not together (it started at line "
                                + earlier.firstLine + "); sort the table by column '" + columns.doc() + "'");
                    }
                    current = new Document(key, line);
                    documents.put(key, current);
                }
                current.add(source, line, row);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Commons CSV reports broken quoting (its message names the line) and duplicate header names this way
            throw new ImportException(source.name() + ": not a readable CSV table (" + OneLine.of(e) + ")");
        }
        if (documents.isEmpty()) {
            throw ImportException.at(source.name(), 2, "the table has no rows");
        }
        List<Transcript> transcripts = new ArrayList<>();
        for (Document document : documents.values()) {
            transcripts.add(document.utterances.toTranscript(source.name(), source.baseName() + "-" + document.key, document.roles,
                    document.warnings));
        }
        return transcripts;
    }

    private void checkHeader(Source source, List<String> header) throws ImportException {
        List<String> wanted = new ArrayList<>(List.of(columns.doc(), columns.speaker(), columns.text()));
        columns.time().ifPresent(wanted::add);
        columns.role().ifPresent(wanted::add);
        for (String column : wanted) {
            if (!header.contains(column)) {
                throw ImportException.at(source.name(), 1, "no column '" + column + "'; the header has " + String.join(", ", header));
            }
        }
    }

    private final class Document {
        private final String key;
        private final int firstLine;
        private final UtteranceText utterances = new UtteranceText();
        private final Map<String, SpeakerRole> roles = new HashMap<>();
        private final List<String> warnings = new ArrayList<>();

        Document(String key, int firstLine) {
            this.key = key;
            this.firstLine = firstLine;
        }

        void add(Source source, int line, CSVRecord row) throws ImportException {
            String speaker = row.get(columns.speaker()).strip();
            if (speaker.isEmpty()) {
                throw ImportException.at(source.name(), line, "the speaker column '" + columns.speaker() + "' is empty");
            }
            Optional<Long> time = Optional.empty();
            if (columns.time().isPresent() && !row.get(columns.time().get()).isBlank()) {
                String clock = row.get(columns.time().get());
                long millis = Timestamps.parseMillis(clock);
                if (millis < 0) {
                    warnings.add(source.name() + " line " + line + ": '" + clock + "' in column '" + columns.time().get()
                            + "' is not a time (h:mm:ss or mm:ss); the turn is kept without a time");
                } else {
                    time = Optional.of(millis);
                }
            }
            if (columns.role().isPresent()) {
                String role = row.get(columns.role().get()).strip().toLowerCase(Locale.ROOT);
                SpeakerRole parsed = SpeakerRole.get(role);
                if (parsed == null) {
                    throw ImportException.at(source.name(), line, "role '" + role + "' is not one of "
                            + Arrays.toString(SpeakerRole.values()).replace("[", "").replace("]", ""));
                }
                SpeakerRole before = roles.putIfAbsent(speaker, parsed);
                if (before != null && before != parsed) {
                    throw ImportException.at(source.name(), line, "speaker '" + speaker + "' was " + before + " earlier in this document");
                }
            }
            utterances.add(speaker, time, row.get(columns.text()));
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line of a character position. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

}
