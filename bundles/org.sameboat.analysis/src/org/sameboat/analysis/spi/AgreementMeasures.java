package org.sameboat.analysis.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The agreement measures plugins have registered as services right now (plugins come and go). */
public final class AgreementMeasures {

    private AgreementMeasures() {
    }

    /** All registered measures, by name. */
    public static List<AgreementMeasure> registered() {
        var bundle = FrameworkUtil.getBundle(AgreementMeasures.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return List.of();
        }
        List<AgreementMeasure> measures = new ArrayList<>();
        try {
            for (ServiceReference<AgreementMeasure> reference : context.getServiceReferences(AgreementMeasure.class, null)) {
                AgreementMeasure measure = context.getService(reference);
                if (measure != null) {
                    measures.add(measure);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter is always valid", e);
        }
        measures.sort(Comparator.comparing(AgreementMeasure::name));
        return measures;
    }

    public static Optional<AgreementMeasure> named(String name) {
        return registered().stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
