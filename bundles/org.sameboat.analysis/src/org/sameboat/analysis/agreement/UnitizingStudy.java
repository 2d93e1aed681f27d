package org.sameboat.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable unitizing study: a continuum {@code [begin, begin + length)} (e.g. character
 * offsets of a document) and the units each rater marked on it, each with a category.
 *
 * <p>Units of the same rater and category must not overlap (Krippendorff's u-alpha, and DKPro's
 * implementation of it, assume it); units of different categories, or of different raters, may.
 * A unit must have length at least 1 and lie inside the continuum. Categories keep first-seen
 * order. Violations are rejected by {@link Builder#build()} with a message naming the units.
 * Messages name a rater by the name given to {@link Builder#raterNames(String...)}, or else by its
 * number counted from 1 (the API's indices count from 0).
 */
public final class UnitizingStudy {

    /**
     * One marked stretch of the continuum.
     *
     * @param rater rater index, 0-based
     * @param category the category the rater assigned
     * @param begin first position covered
     * @param length number of positions covered, at least 1
     */
    public record Unit(int rater, String category, long begin, long length) {

        /** Validates the fields that do not depend on the study. */
        public Unit {
            Objects.requireNonNull(category, "category");
            if (rater < 0) {
                throw new IllegalArgumentException("Rater index must be >= 0, got " + rater);
            }
            if (length < 1) {
                throw new IllegalArgumentException("Unit at " + begin + " of rater index " + rater
                        + " has length " + length + "; units must cover at least one position.");
            }
        }

        /** @return the first position after the unit */
        public long end() {
            return begin + length;
        }
    }

    private final long begin;
    private final long length;
    private final int raterCount;
    private final List<String> categories;
    private final List<Unit> units;
    /** Per category, per rater: begins sorted ascending, and matching lengths. */
    private final long[][][] begins;
    private final long[][][] lengths;

    private UnitizingStudy(long begin, long length, int raterCount, List<String> categories,
            List<Unit> units, long[][][] begins, long[][][] lengths) {
        this.begin = begin;
        this.length = length;
        this.raterCount = raterCount;
        this.categories = List.copyOf(categories);
        this.units = List.copyOf(units);
        this.begins = begins;
        this.lengths = lengths;
    }

    /**
     * @param begin first position of the continuum
     * @param length length of the continuum, at least 1
     * @param raters number of raters, at least 1
     * @return a new builder
     */
    public static Builder builder(long begin, long length, int raters) {
        if (length < 1) {
            throw new IllegalArgumentException("The continuum needs length >= 1, got " + length);
        }
        if (raters < 1) {
            throw new IllegalArgumentException("A study needs at least one rater, got " + raters);
        }
        return new Builder(begin, length, raters);
    }

    /** @return first position of the continuum */
    public long begin() {
        return begin;
    }

    /** @return length of the continuum */
    public long length() {
        return length;
    }

    /** @return number of raters */
    public int raterCount() {
        return raterCount;
    }

    /** @return categories in first-seen order */
    public List<String> categories() {
        return categories;
    }

    /** @return all units in insertion order */
    public List<Unit> units() {
        return units;
    }

    long[] begins(int category, int rater) {
        return begins[category][rater];
    }

    long[] lengths(int category, int rater) {
        return lengths[category][rater];
    }

    /** Collects units; not thread-safe. */
    public static final class Builder {

        private final long begin;
        private final long length;
        private final int raters;
        private final List<Unit> units = new ArrayList<>();
        private List<String> raterNames = List.of();

        private Builder(long begin, long length, int raters) {
            this.begin = begin;
            this.length = length;
            this.raters = raters;
        }

        /**
         * Names the raters, in index order, so that messages say {@code rater 'ann'}.
         *
         * @param names one name per rater
         * @return this builder
         */
        public Builder raterNames(String... names) {
            if (names.length != raters) {
                throw new IllegalArgumentException("Expected one name per rater (" + raters
                        + "), got " + names.length + ".");
            }
            raterNames = List.of(names);
            return this;
        }

        /** A rater as a user reads it: their name, or their number counted from 1. */
        private String describe(int rater) {
            return raterNames.isEmpty() ? "rater " + (rater + 1)
                    : "rater '" + raterNames.get(rater) + "'";
        }

        /**
         * Adds a unit.
         *
         * @param rater rater index in [0, raters)
         * @param category category label
         * @param unitBegin first position
         * @param unitLength number of positions, at least 1
         * @return this builder
         */
        public Builder unit(int rater, String category, long unitBegin, long unitLength) {
            if (rater < 0 || rater >= raters) {
                throw new IllegalArgumentException("Rater index " + rater + " does not exist; the "
                        + "study has " + raters + " raters (indices 0.." + (raters - 1) + ").");
            }
            if (unitLength < 1) {
                throw new IllegalArgumentException("Unit at " + unitBegin + " of " + describe(rater)
                        + " has length " + unitLength + "; units must cover at least one "
                        + "position.");
            }
            Unit u = new Unit(rater, category, unitBegin, unitLength);
            if (unitBegin < begin || u.end() > begin + length) {
                throw new IllegalArgumentException("Unit [" + unitBegin + ", " + u.end()
                        + ") of " + describe(rater) + " lies outside the continuum [" + begin
                        + ", " + (begin + length) + ").");
            }
            units.add(u);
            return this;
        }

        /**
         * @return the study
         * @throws IllegalArgumentException if two units of one rater and category overlap
         */
        public UnitizingStudy build() {
            List<String> categories = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            int n = units.size();
            int[] cat = new int[n];
            for (int i = 0; i < n; i++) {
                cat[i] = index.computeIfAbsent(units.get(i).category(), c -> {
                    categories.add(c);
                    return categories.size() - 1;
                });
            }
            int q = categories.size();
            // Bucket by (category, rater), then sort each bucket by begin: O(n log n) overall.
            int[][] counts = new int[q][raters];
            for (int i = 0; i < n; i++) {
                counts[cat[i]][units.get(i).rater()]++;
            }
            int[][][] idx = new int[q][raters][];
            for (int c = 0; c < q; c++) {
                for (int r = 0; r < raters; r++) {
                    idx[c][r] = new int[counts[c][r]];
                    counts[c][r] = 0;
                }
            }
            for (int i = 0; i < n; i++) {
                Unit u = units.get(i);
                int c = cat[i];
                int r = u.rater();
                idx[c][r][counts[c][r]++] = i;
            }
            long[][][] begins = new long[q][raters][];
            long[][][] lengths = new long[q][raters][];
            for (int c = 0; c < q; c++) {
                for (int r = 0; r < raters; r++) {
                    int[] ids = idx[c][r];
                    Integer[] boxed = new Integer[ids.length];
                    for (int k = 0; k < ids.length; k++) {
                        boxed[k] = ids[k];
                    }
                    Arrays.sort(boxed, (a, b) -> Long.compare(units.get(a).begin(),
                            units.get(b).begin()));
                    long[] bs = new long[ids.length];
                    long[] ls = new long[ids.length];
                    for (int k = 0; k < ids.length; k++) {
                        Unit u = units.get(boxed[k]);
                        bs[k] = u.begin();
                        ls[k] = u.length();
                        if (k > 0 && bs[k - 1] + ls[k - 1] > bs[k]) {
                            Unit prev = units.get(boxed[k - 1]);
                            throw new IllegalArgumentException("Two units of " + describe(r)
                                    + " in category '" + categories.get(c) + "' overlap: ["
                                    + prev.begin() + ", " + prev.end() + ") and [" + u.begin()
                                    + ", " + u.end() + "). Merge or split them; u-alpha assumes "
                                    + "a rater's units of one category do not overlap.");
                        }
                    }
                    begins[c][r] = bs;
                    lengths[c][r] = ls;
                }
            }
            return new UnitizingStudy(begin, length, raters, categories, units, begins, lengths);
        }
    }
}
