package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sameboat.corpus.sample.SampleProject;

/**
 * The codings of the sample project read from its codings.csv (examples/mutual-aid-group, shipped in the corpus bundle under
 * sample/), so that tests follow the sample when its codings change instead of pinning numbers.
 */
final class SampleFiles {

    private SampleFiles() {
    }

    /** The rows of codings.csv (document, coder, code, turn, quote). */
    static List<CSVRecord> codings() {
        try (Reader reader = new InputStreamReader(SampleProject.class.getResourceAsStream("/sample/codings.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
            assertFalse(rows.isEmpty(), "codings.csv has rows");
            return rows;
        } catch (IOException e) {
            throw new AssertionError("codings.csv", e);
        }
    }

    /**
     * Codings on which two coders agree in the sense of adjudication (same document, code and range): rows of both
     * with the same document, code, turn and quote. (A quote spelling out a whole turn and an empty quote name the
     * same range; the sample has no such pair between its coders, and adjudication's own test would show one.)
     */
    static int agreed(String first, String second) {
        Set<List<String>> a = keys(first);
        a.retainAll(keys(second));
        return a.size();
    }

    /** Codings of either coder that the other did not make: the rows of an adjudication sheet. */
    static int disagreements(String first, String second) {
        Set<List<String>> a = keys(first);
        Set<List<String>> b = keys(second);
        return a.size() + b.size() - 2 * agreed(first, second);
    }

    private static Set<List<String>> keys(String coder) {
        Set<List<String>> keys = new HashSet<>();
        for (CSVRecord row : codings()) {
            if (row.get("coder").equals(coder)) {
                keys.add(List.of(row.get("document"), row.get("code"), row.get("turn"), row.get("quote")));
            }
        }
        assertFalse(keys.isEmpty(), coder + " has codings in codings.csv");
        return keys;
    }
}
