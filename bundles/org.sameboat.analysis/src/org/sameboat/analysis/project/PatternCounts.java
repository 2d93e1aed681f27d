package org.sameboat.analysis.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sameboat.analysis.agreement.ReliabilityData;

/**
 * Counts units by their coder pattern (one value per coder). Units with the same pattern are
 * interchangeable for every coefficient, so each pattern becomes one weighted unit: a handful of
 * rows per code instead of one per turn or character.
 */
final class PatternCounts {

    /** Insertion order keeps the rows, and so the rounding of the sums, reproducible. */
    private final Map<List<String>, Integer> counts = new LinkedHashMap<>();
    private final String[] categories;

    /** @param categories the categories in their order, as {@link ReliabilityData.Builder#categories} takes them */
    PatternCounts(String... categories) {
        this.categories = categories.clone();
    }

    /** Counts {@code times} units with this pattern; the array may be reused by the caller. */
    void add(String[] pattern, int times) {
        counts.merge(List.of(pattern), times, Math::addExact);
    }

    /** @return the counted units as weighted rows over the given categories */
    ReliabilityData build(int coders) {
        ReliabilityData.Builder data = ReliabilityData.builder(coders).categories(categories);
        counts.forEach((values, count) -> data.addUnits(count, values.toArray(String[]::new)));
        return data.build();
    }
}
