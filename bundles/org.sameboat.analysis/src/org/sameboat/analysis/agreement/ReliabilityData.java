package org.sameboat.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable reliability data matrix: units (rows) × coders (columns), each cell holding the
 * category one coder assigned to one unit, or nothing (a missing value).
 *
 * <h2>Categories and their order</h2>
 * Categories are either nominal labels (strings) or numbers (for interval and ratio levels). The
 * order of the categories matters for the ordinal level of Krippendorff's alpha and for weighted
 * coefficients (Cohen's weighted kappa, Gwet's AC2, weighted percent agreement). It is decided as
 * follows:
 * <ul>
 * <li>If {@link Builder#categories(String...)} was called, that list fixes the order and also the
 * set of admissible categories: a value outside it is rejected. Categories listed but never used
 * still count towards {@link #categoryCount()} (which matters for Brennan–Prediger and Gwet's AC1,
 * whose chance agreement depends on the number of categories available).</li>
 * <li>Otherwise, for data built from numbers ({@link Builder#addNumericUnit(double...)}) the order is
 * the natural numeric order of the values seen.</li>
 * <li>Otherwise (labels) the order is first-seen order: unit by unit, coder by coder, in the order
 * the units were added.</li>
 * </ul>
 * A category has a numeric value if the data was built from numbers or if its label parses as a
 * finite decimal number; interval and ratio metrics and numeric weights use these values, and
 * otherwise fall back to or require them as documented by each coefficient.
 *
 * <h2>Missing values</h2>
 * Missing values are allowed anywhere. A unit without any value is kept (so unit indices stay as
 * the caller gave them) but no coefficient uses it. Numeric data marks a missing value with
 * {@link Double#NaN}; label data with the marker chosen by {@link Builder#missingMarker(String)}
 * (there is no default marker, so every label is a category unless a marker is set). {@code null}
 * is never accepted.
 *
 * <h2>Weighted units</h2>
 * A unit pattern that occurs many times (the characters of a long uncoded stretch, a cell of a
 * contingency table) can be added once with its count ({@link Builder#addUnits(int, String...)},
 * {@link Builder#addNumericUnits(int, double...)}) and is stored as one row with that weight. The
 * matrix still behaves as the expanded one: {@link #unitCount()} counts every copy, unit indices run
 * over the copies, every coefficient weighs a row by its count and the {@link Bootstrap} draws
 * from the copies, so results equal those of the expanded matrix up to rounding (tested within
 * 1e-12). The total number of units must fit an {@code int}.
 *
 * <h2>Coder names</h2>
 * Coders are columns, indexed from 0 in the API. Messages meant for people name a coder by the
 * name given to {@link Builder#coderNames(String...)} (a CSV column, a project coder) or else by its
 * number counted from 1, as users count: see {@link #describeCoder(int)}.
 */
public final class ReliabilityData {

    /** Sentinel for a missing cell in the internal code matrix. */
    static final int MISSING = -1;

    private final int coderCount;
    /** One per coder, or empty when the caller gave none. */
    private final List<String> coderNames;
    private final int unitCount;
    private final List<String> categories;
    private final double[] numericValues;
    private final boolean numeric;
    /** Row-major row × coder matrix of category indices, {@link #MISSING} where absent. */
    private final int[] codes;
    /** How many units each row stands for, every one at least 1. */
    private final int[] weights;
    /**
     * Per row, the number of units before its end (running sum of the weights), so that a unit
     * index finds its row by binary search.
     */
    private final int[] rowEnds;

    private ReliabilityData(int coderCount, List<String> coderNames, List<String> categories,
            double[] numericValues, boolean numeric, int[] codes, int[] weights) {
        this.coderCount = coderCount;
        this.coderNames = List.copyOf(coderNames);
        this.categories = List.copyOf(categories);
        this.numericValues = numericValues;
        this.numeric = numeric;
        this.codes = codes;
        this.weights = weights;
        this.rowEnds = new int[weights.length];
        long total = 0;
        for (int r = 0; r < weights.length; r++) {
            total += weights[r];
            if (total > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("A reliability matrix holds at most "
                        + Integer.MAX_VALUE + " units; split the data.");
            }
            rowEnds[r] = (int) total;
        }
        this.unitCount = (int) total;
    }

    /**
     * Starts a matrix for the given number of coders.
     *
     * @param coders number of coders (columns), at least 1
     * @return a new builder
     * @throws IllegalArgumentException if {@code coders < 1}
     */
    public static Builder builder(int coders) {
        if (coders < 1) {
            throw new IllegalArgumentException(
                    "A reliability matrix needs at least one coder, got " + coders + ".");
        }
        return new Builder(coders);
    }

    /** @return the number of coders (columns) */
    public int coderCount() {
        return coderCount;
    }

    /**
     * Names a coder for a message a user reads: {@code coder 'alex'} when names were given,
     * otherwise {@code coder 2} for index 1 (users count from 1).
     *
     * @param coder coder index, from 0
     * @return the coder's name or 1-based number, with the word "coder"
     */
    public String describeCoder(int coder) {
        Objects.checkIndex(coder, coderCount);
        return describe(coderNames, coder);
    }

    private static String describe(List<String> names, int coder) {
        return names.isEmpty() ? "coder " + (coder + 1) : "coder '" + names.get(coder) + "'";
    }

    /**
     * @return the number of units, including units without any value; a weighted row counts as
     *         many units as its weight
     */
    public int unitCount() {
        return unitCount;
    }

    /** @return the number of categories, in the order described in the class comment */
    public int categoryCount() {
        return categories.size();
    }

    /** @return the categories' labels in category order (unmodifiable) */
    public List<String> categories() {
        return categories;
    }

    /** @return whether the matrix was built from numbers */
    public boolean isNumeric() {
        return numeric;
    }

    /**
     * @return whether every category has a numeric value (built from numbers, or every label parses
     *         as a number)
     */
    public boolean hasNumericCategories() {
        for (double v : numericValues) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param unit unit index
     * @param coder coder index
     * @return whether that coder gave that unit a value
     */
    public boolean hasValue(int unit, int coder) {
        return code(unit, coder) != MISSING;
    }

    /**
     * @param unit unit index
     * @param coder coder index
     * @return the label of the category the coder assigned
     * @throws IllegalArgumentException if the cell is missing (check {@link #hasValue} first)
     */
    public String category(int unit, int coder) {
        int c = code(unit, coder);
        if (c == MISSING) {
            throw new IllegalArgumentException("The unit at index " + unit + " has no value from "
                    + describeCoder(coder) + "; check hasValue(unit, coder) first.");
        }
        return categories.get(c);
    }

    /** Category index of a cell, or {@link #MISSING}. */
    int code(int unit, int coder) {
        Objects.checkIndex(unit, unitCount);
        Objects.checkIndex(coder, coderCount);
        return codes[row(unit) * coderCount + coder];
    }

    /** The row holding a unit index (which runs over the expanded units). */
    int row(int unit) {
        if (weights.length == unitCount) {
            return unit; // every weight is 1
        }
        int i = Arrays.binarySearch(rowEnds, unit);
        // rowEnds[r] is the first unit after row r: an exact hit belongs to the next row
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * @return the number of stored rows: each distinct run added with
     *         {@link Builder#addUnits(int, String...)} is one row, however many units it stands for
     */
    public int rowCount() {
        return weights.length;
    }

    /** How many units a row stands for. */
    int weight(int row) {
        return weights[row];
    }

    /** Direct access to the row-major rows for the coefficient classes; must not be modified. */
    int[] codes() {
        return codes;
    }

    /** Numeric value of a category index (NaN if it has none). */
    double numericValue(int category) {
        return numericValues[category];
    }

    /**
     * Positions used for weights: the numeric values when every category has one, else the ranks
     * 1..q in category order (as Gwet's irrCAC does for non-numeric labels).
     */
    double[] positions() {
        double[] p = new double[categories.size()];
        boolean allNumeric = hasNumericCategories();
        for (int i = 0; i < p.length; i++) {
            p[i] = allNumeric ? numericValues[i] : i + 1;
        }
        return p;
    }

    /**
     * Builds a matrix holding each row of this one as often as {@code rowCounts} says (rows with
     * count 0 are left out). Categories and their order are kept, which is what a bootstrap
     * replicate needs: the counts are how often the replicate drew one of the row's units.
     */
    ReliabilityData reweight(int[] rowCounts) {
        if (rowCounts.length != weights.length) {
            throw new IllegalArgumentException("Expected a count per row (" + weights.length
                    + "), got " + rowCounts.length + ".");
        }
        int kept = 0;
        for (int count : rowCounts) {
            if (count > 0) {
                kept++;
            }
        }
        int[] out = new int[kept * coderCount];
        int[] outWeights = new int[kept];
        for (int r = 0, k = 0; r < rowCounts.length; r++) {
            if (rowCounts[r] > 0) {
                System.arraycopy(codes, r * coderCount, out, k * coderCount, coderCount);
                outWeights[k++] = rowCounts[r];
            }
        }
        return new ReliabilityData(coderCount, coderNames, categories, numericValues, numeric, out,
                outWeights);
    }

    /**
     * Builds a matrix that keeps only the given coders (in the given order).
     *
     * @param coders coder indices to keep
     * @return the reduced matrix, with the same categories
     */
    public ReliabilityData coders(int... coders) {
        for (int c : coders) {
            Objects.checkIndex(c, coderCount);
        }
        int rows = weights.length;
        List<String> names = new ArrayList<>();
        int[] out = new int[rows * coders.length];
        for (int u = 0; u < rows; u++) {
            for (int j = 0; j < coders.length; j++) {
                out[u * coders.length + j] = codes[u * coderCount + coders[j]];
            }
        }
        if (!coderNames.isEmpty()) {
            for (int c : coders) {
                names.add(coderNames.get(c));
            }
        }
        return new ReliabilityData(coders.length, names, categories, numericValues, numeric, out,
                weights.clone());
    }

    /**
     * Collects units row by row. Not thread-safe; build once, then share the immutable result.
     */
    public static final class Builder {

        private final int coders;
        private final List<int[]> rows = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final List<double[]> numericRows = new ArrayList<>();
        /** Weight of each row of {@code rows} or {@code numericRows}, whichever is in use. */
        private final List<Integer> rowWeights = new ArrayList<>();
        private List<String> coderNames = List.of();
        private long totalUnits;
        private boolean fixedCategories;
        private String missingMarker = "";
        private boolean hasMissingMarker;
        private Boolean numericMode;

        private Builder(int coders) {
            this.coders = coders;
        }

        /**
         * Fixes the categories and their order. Must be called before any unit is added. Values
         * outside this list are then rejected.
         *
         * @param categoriesInOrder distinct, non-empty labels
         * @return this builder
         */
        public Builder categories(String... categoriesInOrder) {
            if (!rows.isEmpty() || !numericRows.isEmpty()) {
                throw new IllegalArgumentException(
                        "Call categories(...) before adding units, so every value can be checked.");
            }
            if (categoriesInOrder.length == 0) {
                throw new IllegalArgumentException("categories(...) needs at least one category.");
            }
            labels.clear();
            index.clear();
            for (String c : categoriesInOrder) {
                Objects.requireNonNull(c, "category labels must not be null");
                if (index.putIfAbsent(c, labels.size()) != null) {
                    throw new IllegalArgumentException("Category '" + c + "' is listed twice.");
                }
                labels.add(c);
            }
            fixedCategories = true;
            return this;
        }

        /**
         * Names the coders, in column order, so that messages say {@code coder 'alex'} rather than
         * a number.
         *
         * @param names one distinct, non-blank name per coder
         * @return this builder
         */
        public Builder coderNames(String... names) {
            checkWidth(names.length);
            List<String> list = List.of(names); // rejects null
            for (String name : list) {
                if (name.isBlank()) {
                    throw new IllegalArgumentException("A coder name must not be blank.");
                }
            }
            if (new HashSet<>(list).size() != list.size()) {
                throw new IllegalArgumentException("Coder names must differ, got " + list + ".");
            }
            coderNames = list;
            return this;
        }

        /**
         * Sets the label that marks a missing value in {@link #addUnit(String...)}, e.g. "*" or
         * "". Without it every label is a category.
         *
         * @param marker the marker, never null
         * @return this builder
         */
        public Builder missingMarker(String marker) {
            this.missingMarker = Objects.requireNonNull(marker, "missing marker must not be null");
            this.hasMissingMarker = true;
            return this;
        }

        /**
         * Adds one unit coded with labels, one per coder (use the missing marker for a missing
         * value).
         *
         * @param values exactly {@code coders} labels
         * @return this builder
         */
        public Builder addUnit(String... values) {
            return addUnits(1, values);
        }

        /**
         * Adds one unit coded with numbers, one per coder; {@link Double#NaN} marks a missing
         * value.
         *
         * @param values exactly {@code coders} numbers
         * @return this builder
         */
        public Builder addNumericUnit(double... values) {
            return addNumericUnits(1, values);
        }

        /**
         * Adds {@code times} identical units, stored once as a row of that weight (see the class
         * comment): handy for contingency tables from the literature and for data in which long
         * runs of units repeat one pattern.
         *
         * @param times how many copies, at least 0 (0 adds nothing)
         * @param values exactly {@code coders} labels
         * @return this builder
         * @throws IllegalArgumentException if the total number of units would exceed
         *         {@link Integer#MAX_VALUE}
         */
        public Builder addUnits(int times, String... values) {
            requireMode(false);
            checkWidth(values.length);
            checkTimes(times);
            for (int j = 0; j < coders; j++) {
                if (values[j] == null) {
                    throw new IllegalArgumentException("Unit " + (totalUnits + 1) + ", "
                            + describe(coderNames, j) + ": null is not a value; set "
                            + "missingMarker(...) and use it instead.");
                }
            }
            if (times == 0) {
                return this; // no unit, so no category is seen either
            }
            int[] row = new int[coders];
            for (int j = 0; j < coders; j++) {
                String v = values[j];
                row[j] = hasMissingMarker && v.equals(missingMarker) ? MISSING : labelIndex(v);
            }
            rows.add(row);
            addWeight(times);
            return this;
        }

        /**
         * Adds {@code times} identical numeric units, stored once as a row of that weight;
         * {@link Double#NaN} marks a missing value.
         *
         * @param times how many copies, at least 0 (0 adds nothing)
         * @param values exactly {@code coders} numbers
         * @return this builder
         * @throws IllegalArgumentException if the total number of units would exceed
         *         {@link Integer#MAX_VALUE}
         */
        public Builder addNumericUnits(int times, double... values) {
            requireMode(true);
            checkWidth(values.length);
            checkTimes(times);
            for (int j = 0; j < coders; j++) {
                if (Double.isInfinite(values[j])) {
                    throw new IllegalArgumentException("Unit " + (totalUnits + 1) + ", "
                            + describe(coderNames, j)
                            + ": infinite values cannot be coded; use NaN for missing.");
                }
            }
            if (times > 0) {
                numericRows.add(values.clone());
                addWeight(times);
            }
            return this;
        }

        private void checkTimes(int times) {
            if (times < 0) {
                throw new IllegalArgumentException("times must be >= 0, got " + times);
            }
            if (totalUnits + times > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("A reliability matrix holds at most "
                        + Integer.MAX_VALUE + " units; split the data.");
            }
        }

        private void addWeight(int times) {
            rowWeights.add(times);
            totalUnits += times;
        }

        private int[] weights() {
            int[] w = new int[rowWeights.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = rowWeights.get(i);
            }
            return w;
        }

        /** @return the immutable matrix */
        public ReliabilityData build() {
            if (Boolean.TRUE.equals(numericMode)) {
                return buildNumeric();
            }
            int[] codes = new int[rows.size() * coders];
            for (int u = 0; u < rows.size(); u++) {
                System.arraycopy(rows.get(u), 0, codes, u * coders, coders);
            }
            double[] values = new double[labels.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = parseNumber(labels.get(i));
            }
            return new ReliabilityData(coders, coderNames, labels, values, false, codes,
                    weights());
        }

        private ReliabilityData buildNumeric() {
            double[] distinct = numericRows.stream().flatMapToDouble(Arrays::stream)
                    .filter(v -> !Double.isNaN(v)).map(v -> v == 0.0 ? 0.0 : v) // fold -0.0
                    .distinct().sorted().toArray();
            List<String> names = new ArrayList<>(distinct.length);
            for (double v : distinct) {
                names.add(label(v));
            }
            int[] codes = new int[numericRows.size() * coders];
            for (int u = 0; u < numericRows.size(); u++) {
                double[] row = numericRows.get(u);
                for (int j = 0; j < coders; j++) {
                    double v = row[j] == 0.0 ? 0.0 : row[j];
                    codes[u * coders + j] =
                            Double.isNaN(v) ? MISSING : Arrays.binarySearch(distinct, v);
                }
            }
            return new ReliabilityData(coders, coderNames, names, distinct, true, codes,
                    weights());
        }

        private int labelIndex(String v) {
            Integer i = index.get(v);
            if (i != null) {
                return i;
            }
            if (fixedCategories) {
                throw new IllegalArgumentException("Value '" + v
                        + "' is not one of the categories given to categories(...): " + labels);
            }
            index.put(v, labels.size());
            labels.add(v);
            return labels.size() - 1;
        }

        private void requireMode(boolean wantNumeric) {
            if (numericMode == null) {
                if (wantNumeric && fixedCategories) {
                    throw new IllegalArgumentException("Numeric units are ordered by value; "
                            + "categories(...) applies to label units only.");
                }
                numericMode = wantNumeric;
            } else if (numericMode != wantNumeric) {
                throw new IllegalArgumentException("Do not mix addUnit (labels) and "
                        + "addNumericUnit (numbers) in one matrix.");
            }
        }

        private void checkWidth(int n) {
            if (n != coders) {
                throw new IllegalArgumentException(
                        "Expected one value per coder (" + coders + "), got " + n + ".");
            }
        }

        private static double parseNumber(String s) {
            try {
                double d = Double.parseDouble(s.strip());
                return Double.isFinite(d) ? d : Double.NaN;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        private static String label(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                    : Double.toString(v);
        }
    }
}
