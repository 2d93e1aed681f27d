package org.sameboat.analysis.contingency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidualScaleTest {

    @Test
    void zeroIsWhiteAndTheEndsAreRdBusRedAndBlueFromThreeOn() {
        assertArrayEquals(new int[] {255, 255, 255}, ResidualScale.rgb(0));
        assertArrayEquals(new int[] {178, 24, 43}, ResidualScale.rgb(3));
        assertArrayEquals(new int[] {178, 24, 43}, ResidualScale.rgb(7.5));
        assertArrayEquals(new int[] {33, 102, 172}, ResidualScale.rgb(-3));
        assertArrayEquals(new int[] {33, 102, 172}, ResidualScale.rgb(-40));
        // halfway to saturation is the middle stop; a quarter is halfway from white to it: (255 + 244) / 2 = 249.5 → 250
        assertArrayEquals(new int[] {244, 165, 130}, ResidualScale.rgb(1.5));
        assertArrayEquals(new int[] {250, 210, 193}, ResidualScale.rgb(0.75));
        assertEquals("#b2182b", ResidualScale.hex(3));
        assertEquals("#eeeeee", ResidualScale.hex(Double.NaN));
    }

    @Test
    void textIsDarkOnPaleCellsAndLightOnDeepOnes() {
        assertTrue(ResidualScale.darkTextOn(0));
        assertTrue(ResidualScale.darkTextOn(1));
        assertFalse(ResidualScale.darkTextOn(3));
        assertFalse(ResidualScale.darkTextOn(-3));
    }

    @Test
    void onlyResidualsBeyondOnePointNineSixAreFlagged() {
        assertFalse(ResidualScale.flagged(1.96));
        assertTrue(ResidualScale.flagged(1.9601));
        assertTrue(ResidualScale.flagged(-2.5));
        assertFalse(ResidualScale.flagged(Double.NaN));
    }
}
