package org.sameboat.analysis.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The agreement measures plugins have registered as services right now (plugins come and go). One service
 * tracker, opened at the first question, follows them: it gets a measure's service once when it appears and
 * ungets it when it goes, instead of getting every service again at each question and never letting go. When
 * this bundle stops, the framework releases what the tracker still holds.
 */
public final class AgreementMeasures {

    private AgreementMeasures() {
    }

    /** Made on first use; empty outside OSGi (plain unit tests). */
    private static final class Registered {
        static final Optional<ServiceTracker<AgreementMeasure, AgreementMeasure>> TRACKER = open();

        private static Optional<ServiceTracker<AgreementMeasure, AgreementMeasure>> open() {
            Bundle bundle = FrameworkUtil.getBundle(AgreementMeasures.class);
            BundleContext context = bundle == null ? null : bundle.getBundleContext();
            if (context == null) {
                return Optional.empty();
            }
            ServiceTracker<AgreementMeasure, AgreementMeasure> tracker = new ServiceTracker<>(context, AgreementMeasure.class, null);
            tracker.open();
            return Optional.of(tracker);
        }
    }

    /** All registered measures, by name. */
    public static List<AgreementMeasure> registered() {
        List<AgreementMeasure> measures = new ArrayList<>();
        Registered.TRACKER.ifPresent(tracker -> measures.addAll(tracker.getTracked().values()));
        measures.sort(Comparator.comparing(AgreementMeasure::name));
        return measures;
    }

    public static Optional<AgreementMeasure> named(String name) {
        return registered().stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
