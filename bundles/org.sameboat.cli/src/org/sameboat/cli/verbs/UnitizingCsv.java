package org.sameboat.cli.verbs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sameboat.analysis.agreement.UnitizingStudy;
import org.sameboat.cli.CliException;
import org.sameboat.model.text.OneLine;

/**
 * Reads a unitizing study from a CSV file with the header {@code rater,category,begin,length}: one
 * row per unit a rater marked. Raters are numbered in the order they first appear.
 */
final class UnitizingCsv {

    private static final List<String> HEADER = List.of("rater", "category", "begin", "length");

    private final Path file;

    UnitizingCsv(Path file) {
        this.file = file;
    }

    private record Row(long line, String rater, String category, long begin, long length) {
    }

    /** The study on the continuum [begin, begin + length), or a one-line error naming the file and line. */
    UnitizingStudy read(long begin, long length) throws CliException {
        List<Row> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(HEADER)) {
                throw CliException.failure(file + " line 1: the header must be rater,category,begin,length (found "
                        + String.join(",", parser.getHeaderNames()) + ")");
            }
            // a record's line is one past the line ends read before it (the parser reads one record ahead
            // only when asked, so inside the loop it has read exactly this record)
            long linesBefore = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (record.size() != HEADER.size()) {
                    throw CliException.failure(file + " line " + line + ": expected 4 fields (rater,category,begin,length), found "
                            + record.size());
                }
                String rater = record.get(0).strip();
                String category = record.get(1).strip();
                if (rater.isEmpty() || category.isEmpty()) {
                    throw CliException.failure(file + " line " + line + ": rater and category must not be empty");
                }
                rows.add(new Row(line, rater, category, number(record.get(2), "begin", line), number(record.get(3), "length", line)));
            }
        } catch (NoSuchFileException e) {
            throw CliException.failure(file + ": no such file");
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw CliException.failure(file + ": " + OneLine.of(ReliabilityCsv.rootCause(e)));
        }
        if (rows.isEmpty()) {
            throw CliException.failure(file + ": no units below the header");
        }
        Map<String, Integer> raters = new LinkedHashMap<>();
        for (Row row : rows) {
            raters.putIfAbsent(row.rater, raters.size());
        }
        UnitizingStudy.Builder builder;
        try {
            // named, so that a message about a rater uses the name in the file
            builder = UnitizingStudy.builder(begin, length, raters.size()).raterNames(raters.keySet().toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--continuum: " + e.getMessage());
        }
        for (Row row : rows) {
            try {
                builder.unit(raters.get(row.rater), row.category, row.begin, row.length);
            } catch (IllegalArgumentException e) {
                throw CliException.failure(file + " line " + row.line + ": " + OneLine.of(e));
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw CliException.failure(file + ": " + OneLine.of(e));
        }
    }

    private long number(String value, String what, long line) throws CliException {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw CliException.failure(file + " line " + line + ": " + what + " must be a whole number, not '" + value + "'");
        }
    }
}
