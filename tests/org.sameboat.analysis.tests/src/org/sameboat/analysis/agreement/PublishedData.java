package org.sameboat.analysis.agreement;

/**
 * Data sets from the published worked examples used by the tests. Each method names its source;
 * the expected coefficients are stated, with their sources, in the tests that use them.
 */
final class PublishedData {

    private static final double NA = Double.NaN;

    private PublishedData() {
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the reliability data
     * matrix of 4 observers (A-D) × 12 units with missing values; also shipped as
     * {@code cac.raw4raters} in Gwet's irrCAC R package (README, rows = units).
     */
    static ReliabilityData krippendorff2011() {
        return ReliabilityData.builder(4)
                .addNumericUnit(1, 1, NA, 1)
                .addNumericUnit(2, 2, 3, 2)
                .addNumericUnit(3, 3, 3, 3)
                .addNumericUnit(3, 3, 3, 3)
                .addNumericUnit(2, 2, 2, 2)
                .addNumericUnit(1, 2, 3, 4)
                .addNumericUnit(4, 4, 4, 4)
                .addNumericUnit(1, 1, 2, 1)
                .addNumericUnit(2, 2, 2, 2)
                .addNumericUnit(NA, 5, 5, 5)
                .addNumericUnit(NA, NA, 1, 1)
                .addNumericUnit(NA, NA, 3, NA)
                .build();
    }

    /**
     * Wikipedia, "Krippendorff's alpha", section "A computational example": 3 coders × 15 units
     * (as in the test suite of the Python {@code krippendorff} package, coders transposed to
     * columns here).
     */
    static ReliabilityData wikipediaKrippendorff() {
        double[][] coders = {
            {NA, NA, NA, NA, NA, 3, 4, 1, 2, 1, 1, 3, 3, NA, 3},
            {1, NA, 2, 1, 3, 3, 4, 3, NA, NA, NA, NA, NA, NA, NA},
            {NA, NA, 2, 1, 3, 4, 4, NA, 2, 1, 1, 3, 3, NA, 4},
        };
        ReliabilityData.Builder b = ReliabilityData.builder(3);
        for (int u = 0; u < 15; u++) {
            b.addNumericUnit(coders[0][u], coders[1][u], coders[2][u]);
        }
        return b.build();
    }

    /**
     * Hayes and Krippendorff (2007), "Answering the call for a standard reliability measure for
     * coding data", Communication Methods and Measures 1(1), p. 84: 5 observers × 40 units,
     * ordinal scale 0-3 (as transcribed in DKPro Statistics' HayesKrippendorff2007Test).
     */
    static ReliabilityData hayesKrippendorff2007() {
        double[][] rows = {
            {1, 1, 2, NA, 2}, {1, 1, 0, 1, NA}, {2, 3, 3, 3, NA}, {NA, 0, 0, NA, 0},
            {0, 0, 0, NA, 0}, {0, 0, 0, NA, 0}, {1, 0, 2, NA, 1}, {1, NA, 2, 0, NA},
            {2, 2, 2, NA, 2}, {2, 1, 1, 1, NA}, {NA, 1, 0, 0, NA}, {0, 0, 0, 0, NA},
            {1, 2, 2, 2, NA}, {3, 3, 2, 2, 3}, {1, 1, 1, NA, 1}, {1, 1, 1, NA, 1},
            {2, 1, 2, NA, 2}, {1, 2, 3, 3, NA}, {1, 1, 0, 1, NA}, {0, 0, 0, NA, 0},
            {0, 0, 1, 1, NA}, {0, 0, NA, 0, 0}, {2, 3, 3, 3, NA}, {0, 0, 0, 0, NA},
            {1, 2, NA, 2, 2}, {0, 1, 1, 1, NA}, {0, 0, 0, 1, 0}, {1, 2, 1, 2, NA},
            {1, 1, 2, 2, NA}, {1, 1, 2, NA, 2}, {1, 1, 0, NA, 0}, {2, 1, 2, 1, NA},
            {2, 2, NA, 2, 2}, {3, 2, 2, 2, NA}, {2, 2, 2, NA, 2}, {2, 2, 3, NA, 2},
            {2, 2, 2, NA, 2}, {2, 2, NA, 1, 2}, {2, 2, 2, 2, NA}, {1, 1, 1, NA, 1},
        };
        ReliabilityData.Builder b = ReliabilityData.builder(5);
        for (double[] r : rows) {
            b.addNumericUnit(r);
        }
        return b.build();
    }

    /**
     * Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological
     * Bulletin 76(5), p. 379: 30 patients, 6 psychiatrists, 5 diagnoses (1 depression, 2
     * personality disorder, 3 schizophrenia, 4 neurosis, 5 other).
     */
    static ReliabilityData fleiss1971() {
        int[][] rows = {
            {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5},
            {2, 2, 2, 4, 4, 4}, {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4},
            {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5}, {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4},
            {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5}, {3, 3, 3, 3, 3, 5},
            {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
            {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4},
            {1, 4, 4, 4, 4, 5}, {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4},
            {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5},
        };
        ReliabilityData.Builder b = ReliabilityData.builder(6).categories("1", "2", "3", "4",
                "5");
        for (int[] r : rows) {
            String[] s = new String[r.length];
            for (int i = 0; i < r.length; i++) {
                s[i] = Integer.toString(r[i]);
            }
            b.addUnit(s);
        }
        return b.build();
    }

    /**
     * Builds label data from a subjects × categories table of rater counts (each row must sum to
     * the number of raters). Which rater gave which value does not matter to the coefficients it
     * is used for (Fleiss, Gwet, Brennan-Prediger, Krippendorff).
     */
    static ReliabilityData fromCounts(String[] categories, int[][] counts) {
        int raters = 0;
        for (int c : counts[0]) {
            raters += c;
        }
        ReliabilityData.Builder b = ReliabilityData.builder(raters).categories(categories);
        for (int[] row : counts) {
            String[] unit = new String[raters];
            int j = 0;
            for (int k = 0; k < row.length; k++) {
                for (int i = 0; i < row[k]; i++) {
                    unit[j++] = categories[k];
                }
            }
            b.addUnit(unit);
        }
        return b.build();
    }

    /**
     * Wikipedia, "Fleiss' kappa", section "Worked example": 10 subjects, 14 raters, 5 categories.
     */
    static ReliabilityData wikipediaFleiss() {
        return fromCounts(new String[] {"1", "2", "3", "4", "5"}, new int[][] {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
        });
    }

    /**
     * Gwet's irrCAC R package (README / vignettes), dataset {@code distrib.6raters}: 15
     * psychiatric patients, 6 raters, 5 diagnoses, given as the distribution of raters.
     */
    static ReliabilityData distrib6raters() {
        return fromCounts(new String[] {"Depression", "Personality Disorder", "Schizophrenia",
            "Neurosis", "Other"}, new int[][] {
                {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6},
                {0, 3, 0, 3, 0}, {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0},
                {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6}, {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0},
                {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
            });
    }

    /** Builds two-coder label data from a q × q contingency table (rows: coder 1). */
    static ReliabilityData fromTable(String[] categories, int[][] table) {
        ReliabilityData.Builder b = ReliabilityData.builder(2).categories(categories);
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
                b.addUnits(table[i][j], categories[i], categories[j]);
            }
        }
        return b.build();
    }

    /**
     * Gwet's irrCAC R package (README and weighting vignette), contingency table
     * {@code cont3x3abstractors}: 100 pregnant women, 2 abstractors, 3 categories.
     */
    static ReliabilityData cont3x3abstractors() {
        return fromTable(new String[] {"Ectopic", "AIU", "NIU"},
                new int[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
    }

    /**
     * Cohen (1960), "A coefficient of agreement for nominal scales", Educational and
     * Psychological Measurement 20(1), p. 45: 200 units, 2 judges, 3 categories (as transcribed in
     * DKPro Statistics' Cohen1960Test).
     */
    static ReliabilityData cohen1960() {
        return fromTable(new String[] {"1", "2", "3"},
                new int[][] {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}});
    }
}
