package org.sameboat.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RangesTest {

    @Test
    void overlappingRangesMergeAndTheMergeIsCounted() {
        Ranges r = Ranges.merge(new int[] {10, 0, 3, 20}, new int[] {15, 5, 8, 22}, 4);
        assertEquals(3, r.size());
        assertEquals(0, r.start(0));
        assertEquals(8, r.end(0));
        assertEquals(1, r.mergedCount());
        assertEquals(8 + 5 + 2, r.covered());
    }

    @Test
    void touchingRangesStaySeparateAndEmptyOnesAreDropped() {
        Ranges r = Ranges.merge(new int[] {0, 5, 7}, new int[] {5, 9, 7}, 3);
        assertEquals(2, r.size());
        assertEquals(0, r.mergedCount());
        assertEquals(9, r.covered());
    }

    @Test
    void intersectionCountsCharactersCoveredByBoth() {
        Ranges a = Ranges.merge(new int[] {0, 10, 30}, new int[] {5, 20, 40}, 3);
        Ranges b = Ranges.merge(new int[] {3, 15}, new int[] {12, 35}, 2);
        // [3,5) 2 + [10,12) 2 + [15,20) 5 + [30,35) 5
        assertEquals(14, a.intersection(b));
        assertEquals(14, b.intersection(a));
        assertEquals(0, a.intersection(Ranges.empty()));
    }
}
