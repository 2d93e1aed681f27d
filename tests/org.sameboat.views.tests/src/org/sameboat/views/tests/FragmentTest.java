package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** Each view bundle contributes its view as a third party would: a model fragment, and the view API only. */
class FragmentTest {

    private static Bundle bundle(String name) {
        for (Bundle bundle : FrameworkUtil.getBundle(FragmentTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().equals(name)) {
                return bundle;
            }
        }
        throw new AssertionError("bundle " + name + " is not installed");
    }

    private static MPartDescriptor descriptor(Bundle bundle) throws Exception {
        Resource resource = new E4XMIResourceFactory().createResource(URI.createURI("platform:/plugin/" + bundle.getSymbolicName()
                + "/fragment.e4xmi"));
        try (var in = bundle.getEntry("fragment.e4xmi").openStream()) {
            resource.load(in, null);
        }
        MModelFragments fragments = (MModelFragments) resource.getContents().get(0);
        assertEquals(1, fragments.getFragments().size());
        MStringModelFragment fragment = (MStringModelFragment) fragments.getFragments().get(0);
        assertEquals("descriptors", fragment.getFeaturename());
        assertEquals("org.sameboat.ui.application", fragment.getParentElementId());
        return (MPartDescriptor) fragment.getElements().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cooccurrence", "profile", "sequence", "ena", "agreement", "timeline", "network"})
    void theFragmentAddsAViewDescriptorWhosePartClassLoads(String view) throws Exception {
        Bundle bundle = bundle("org.sameboat.views." + view);
        MPartDescriptor descriptor = descriptor(bundle);

        assertEquals("org.sameboat.views." + view, descriptor.getElementId());
        assertTrue(descriptor.getTags().contains("View"));
        assertEquals("Sameboat", descriptor.getCategory());
        assertTrue(descriptor.isCloseable());
        assertFalse(descriptor.getLabel().isBlank());
        assertFalse(descriptor.getTooltip().isBlank());
        String uri = descriptor.getContributionURI();
        assertTrue(uri.startsWith("bundleclass://" + bundle.getSymbolicName() + "/"), uri);
        Class<?> part = bundle.loadClass(uri.substring(uri.lastIndexOf('/') + 1));
        assertTrue(part.getSimpleName().endsWith("Part"));
        assertTrue(bundle.getHeaders().get("Model-Fragment").startsWith("fragment.e4xmi"));
        assertTrue(bundle.getHeaders().get("Bundle-SymbolicName").contains("singleton:=true"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cooccurrence", "profile", "sequence", "ena", "agreement", "timeline", "network"})
    void theViewDependsOnTheViewApiAndNotOnTheWorkbench(String view) {
        Bundle bundle = bundle("org.sameboat.views." + view);
        var required = bundle.adapt(BundleWiring.class).getRequiredWires(BundleRevision.BUNDLE_NAMESPACE).stream()
                .map(BundleWire::getProvider).map(r -> r.getSymbolicName()).toList();

        assertTrue(required.contains("org.sameboat.ui.api"), required.toString());
        // besides the API, only the widgets Sameboat's own views share, which sit beside the views, not in the workbench
        assertTrue(required.stream().filter(name -> name.startsWith("org.sameboat"))
                .allMatch(name -> name.equals("org.sameboat.ui.api") || name.equals("org.sameboat.views.widgets")), required.toString());
    }
}
