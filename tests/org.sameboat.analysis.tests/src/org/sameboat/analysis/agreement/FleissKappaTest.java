package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FleissKappaTest {

    @Test
    void fleiss1971ExampleHasKappa0430() {
        // Fleiss (1971), p. 380: P-bar = .5556, P-bar_e = .2201, kappa = .430. Fleiss computed
        // P-bar_e from p_j rounded to three decimals (.144, .144, .167, .306, .239); the exact
        // value is 0.21994, hence the wider tolerance on it.
        AgreementResult r = FleissKappa.compute(PublishedData.fleiss1971());
        assertEquals(0.5556, r.observed(), 5e-5);
        assertEquals(0.2201, r.expected(), 2e-4);
        assertEquals(0.430, r.value(), 5e-4);
    }

    @Test
    void fleiss1971CategoryKappasMatchThePaper() {
        // Fleiss (1971), p. 381: kappa_j = .248, .248, .517, .470, .565 for categories 1..5.
        // The paper's intermediate figures are rounded; exact arithmetic on its table gives
        // kappa_1 = 1 - 84 / (900 * 0.14444 * 0.85556) = 0.2448, so we allow 0.005, the
        // tolerance DKPro's Fleiss1971Test also uses for these figures.
        Map<String, AgreementResult> per = FleissKappa.perCategory(PublishedData.fleiss1971());
        assertEquals(0.248, per.get("1").value(), 5e-3);
        assertEquals(0.248, per.get("2").value(), 5e-3);
        assertEquals(0.517, per.get("3").value(), 5e-3);
        assertEquals(0.470, per.get("4").value(), 5e-3);
        assertEquals(0.565, per.get("5").value(), 5e-3);
    }

    @Test
    void wikipediaWorkedExampleHasKappa0210() {
        // Wikipedia "Fleiss' kappa", worked example: P-bar = 0.378, P-bar_e = 0.213, kappa = 0.210.
        AgreementResult r = FleissKappa.compute(PublishedData.wikipediaFleiss());
        assertEquals(0.378, r.observed(), 5e-4);
        assertEquals(0.213, r.expected(), 5e-4);
        assertEquals(0.210, r.value(), 5e-4);
    }

    @Test
    void missingValuesFollowGwetsGeneralisation() {
        // irrCAC README: fleiss.kappa.raw(cac.raw4raters): pa 0.8181818, pe 0.2387153,
        // kappa 0.76117.
        AgreementResult r = FleissKappa.compute(PublishedData.krippendorff2011());
        assertEquals(0.8181818, r.observed(), 5e-8);
        assertEquals(0.2387153, r.expected(), 5e-8);
        assertEquals(0.76117, r.value(), 5e-6);
    }

    @Test
    void quadraticWeightsMatchIrrCac() {
        // irrCAC weighting vignette: fleiss.kappa.raw(cac.raw4raters, "quadratic"):
        // pa 0.9753788, pe 0.8177083, kappa 0.86494.
        ReliabilityData data = PublishedData.krippendorff2011();
        AgreementResult r = FleissKappa.compute(data, Weights.of(Weights.Kind.QUADRATIC, data));
        assertEquals(0.9753788, r.observed(), 5e-8);
        assertEquals(0.8177083, r.expected(), 5e-8);
        assertEquals(0.86494, r.value(), 5e-6);
    }

    @Test
    void distrib6RatersMatchesIrrCac() {
        // irrCAC README: fleiss.kappa.dist(distrib.6raters) = 0.4139265 (pa 0.5511111,
        // pe 0.2340741).
        AgreementResult r = FleissKappa.compute(PublishedData.distrib6raters());
        assertEquals(0.4139265, r.value(), 5e-8);
        assertEquals(0.2340741, r.expected(), 5e-8);
    }

    @Test
    void categoryKappaIsUndefinedForACategoryEveryoneAlwaysUses() {
        ReliabilityData data = ReliabilityData.builder(2).categories("a", "b")
                .addUnits(3, "a", "a").build();
        assertFalse(FleissKappa.perCategory(data).get("a").defined());
    }
}
