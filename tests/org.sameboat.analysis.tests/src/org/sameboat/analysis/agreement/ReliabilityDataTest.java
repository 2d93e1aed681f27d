package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReliabilityDataTest {

    @Test
    void labelCategoriesDefaultToFirstSeenOrder() {
        ReliabilityData data = ReliabilityData.builder(2).addUnit("mid", "low")
                .addUnit("high", "mid").build();
        assertEquals(List.of("mid", "low", "high"), data.categories());
    }

    @Test
    void explicitCategoriesFixTheOrderAndIncludeUnusedOnes() {
        ReliabilityData data = ReliabilityData.builder(2).categories("low", "mid", "high", "n/a")
                .addUnit("mid", "low").build();
        assertEquals(List.of("low", "mid", "high", "n/a"), data.categories());
        assertEquals(4, data.categoryCount());
    }

    @Test
    void valuesOutsideTheExplicitCategoriesAreRejected() {
        ReliabilityData.Builder b = ReliabilityData.builder(2).categories("a", "b");
        assertThrows(IllegalArgumentException.class, () -> b.addUnit("a", "c"));
    }

    @Test
    void numericCategoriesAreInNaturalOrder() {
        ReliabilityData data = ReliabilityData.builder(2).addNumericUnit(10, 2)
                .addNumericUnit(-1, 2.5).build();
        assertEquals(List.of("-1", "2", "2.5", "10"), data.categories());
    }

    @Test
    void nanMarksAMissingNumericValue() {
        ReliabilityData data = ReliabilityData.builder(2).addNumericUnit(1, Double.NaN).build();
        assertTrue(data.hasValue(0, 0));
        assertFalse(data.hasValue(0, 1));
    }

    @Test
    void theMissingMarkerMarksAMissingLabel() {
        ReliabilityData data = ReliabilityData.builder(2).missingMarker("*").addUnit("*", "a")
                .build();
        assertFalse(data.hasValue(0, 0));
        assertEquals("a", data.category(0, 1));
        assertEquals(List.of("a"), data.categories());
    }

    @Test
    void withoutAMarkerEveryLabelIsACategory() {
        ReliabilityData data = ReliabilityData.builder(1).addUnit("*").build();
        assertTrue(data.hasValue(0, 0));
    }

    @Test
    void nullValuesAreRejected() {
        ReliabilityData.Builder b = ReliabilityData.builder(2);
        assertThrows(IllegalArgumentException.class, () -> b.addUnit("a", null));
    }

    @Test
    void unitsWithTheWrongNumberOfValuesAreRejected() {
        ReliabilityData.Builder b = ReliabilityData.builder(3);
        assertThrows(IllegalArgumentException.class, () -> b.addUnit("a", "b"));
    }

    @Test
    void labelAndNumericUnitsCannotBeMixed() {
        ReliabilityData.Builder b = ReliabilityData.builder(1).addUnit("a");
        assertThrows(IllegalArgumentException.class, () -> b.addNumericUnit(1));
    }

    @Test
    void aMatrixNeedsAtLeastOneCoder() {
        assertThrows(IllegalArgumentException.class, () -> ReliabilityData.builder(0));
    }

    @Test
    void readingAMissingCellAsACategoryFailsFast() {
        ReliabilityData data = ReliabilityData.builder(1).addNumericUnit(Double.NaN).build();
        assertThrows(IllegalArgumentException.class, () -> data.category(0, 0));
    }

    @Test
    void numericLabelsHaveNumericValues() {
        assertTrue(ReliabilityData.builder(1).addUnit("1").addUnit("2.5").build()
                .hasNumericCategories());
        assertFalse(ReliabilityData.builder(1).addUnit("1").addUnit("x").build()
                .hasNumericCategories());
    }

    @Test
    void selectingCodersKeepsTheirValuesAndTheCategories() {
        ReliabilityData data = ReliabilityData.builder(3).addUnit("a", "b", "c").build();
        ReliabilityData two = data.coders(2, 0);
        assertEquals(2, two.coderCount());
        assertEquals("c", two.category(0, 0));
        assertEquals("a", two.category(0, 1));
        assertEquals(data.categories(), two.categories());
    }

    @Test
    void aCoderIsDescribedByNameOrCountingFromOneAndKeepsTheNameInASubset() {
        ReliabilityData unnamed = ReliabilityData.builder(2).addUnit("a", "b").build();
        assertEquals("coder 2", unnamed.describeCoder(1));
        ReliabilityData named = ReliabilityData.builder(3).coderNames("ann", "bob", "cy")
                .addUnit("a", "b", "c").build();
        assertEquals("coder 'cy'", named.coders(2, 0).describeCoder(0));
    }

    @Test
    void coderNamesMustBeOnePerCoderAndDistinct() {
        assertThrows(IllegalArgumentException.class,
                () -> ReliabilityData.builder(2).coderNames("ann"));
        assertThrows(IllegalArgumentException.class,
                () -> ReliabilityData.builder(2).coderNames("ann", "ann"));
    }
}
