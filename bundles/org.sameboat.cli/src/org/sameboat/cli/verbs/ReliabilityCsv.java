package org.sameboat.cli.verbs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.cli.CliException;
import org.sameboat.model.text.OneLine;

/**
 * Reads reliability data from a CSV file with the header {@code unit,<coder1>,<coder2>,...}: one row
 * per unit, one column per coder, an empty cell for a value the coder did not give. When every
 * value is a number (and no category list is given) the data is numeric, so ordinal, interval and
 * ratio levels and weights use the numbers' order and distances; otherwise the values are labels
 * in first-seen order, or in the order of {@code --categories}.
 */
final class ReliabilityCsv {

    private final Path file;

    ReliabilityCsv(Path file) {
        this.file = file;
    }

    /** The data, or a one-line error naming the file and the line. */
    ReliabilityData read(Optional<List<String>> categories) throws CliException {
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        int coders;
        List<String> coderNames = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames();
            if (header.size() < 2 || !header.get(0).strip().toLowerCase(Locale.ROOT).equals("unit")) {
                throw CliException.failure(file + " line 1: the header must be unit,<coder1>,<coder2>,... (found "
                        + String.join(",", header) + ")");
            }
            coders = header.size() - 1;
            Set<String> names = new HashSet<>();
            // commons-csv has already refused a blank header name
            for (String column : header.subList(1, header.size())) {
                String name = column.strip();
                if (!names.add(name)) {
                    throw CliException.failure(file + " line 1: coder '" + name + "' has two columns; give each coder one");
                }
                coderNames.add(name);
            }
            // a record's line is one past the line ends read before it (the parser reads one record ahead
            // only when asked, so inside the loop it has read exactly this record)
            long linesBefore = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw CliException.failure(file + " line " + line + ": expected " + header.size()
                            + " fields (unit and " + coders + " coder(s)), found " + record.size());
                }
                String[] values = new String[coders];
                for (int j = 0; j < coders; j++) {
                    values[j] = record.get(j + 1).strip();
                }
                rows.add(values);
                lines.add(line);
            }
        } catch (NoSuchFileException e) {
            throw CliException.failure(file + ": no such file");
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports malformed quoting and duplicate headers this way; its message names the line
            throw CliException.failure(file + ": " + OneLine.of(rootCause(e)));
        }
        if (rows.isEmpty()) {
            throw CliException.failure(file + ": no units below the header");
        }
        // named, so that a message about a coder uses the column's name
        ReliabilityData.Builder builder = ReliabilityData.builder(coders).coderNames(coderNames.toArray(String[]::new));
        boolean numeric = categories.isEmpty() && allNumbers(rows);
        if (categories.isPresent()) {
            builder.categories(categories.get().toArray(String[]::new));
        }
        if (!numeric) {
            builder.missingMarker("");
        }
        for (int u = 0; u < rows.size(); u++) {
            try {
                if (numeric) {
                    builder.addNumericUnit(numbers(rows.get(u)));
                } else {
                    builder.addUnit(rows.get(u));
                }
            } catch (IllegalArgumentException e) {
                throw CliException.failure(file + " line " + lines.get(u) + ": " + OneLine.of(e));
            }
        }
        return builder.build();
    }

    private static boolean allNumbers(List<String[]> rows) {
        for (String[] row : rows) {
            for (String value : row) {
                if (!value.isEmpty() && !Double.isFinite(parse(value))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] numbers(String[] row) {
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = row[j].isEmpty() ? Double.NaN : parse(row[j]);
        }
        return out;
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The innermost cause: commons-csv wraps its parse errors, whose own message names the line. */
    static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
