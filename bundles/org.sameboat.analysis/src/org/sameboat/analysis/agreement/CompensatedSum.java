package org.sameboat.analysis.agreement;

/**
 * Neumaier-compensated summation: unitizing sums add up to hundreds of thousands of terms of very
 * different magnitude, and plain double summation would lose digits we want for cross-checks.
 */
final class CompensatedSum {

    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    double value() {
        return sum + compensation;
    }
}
