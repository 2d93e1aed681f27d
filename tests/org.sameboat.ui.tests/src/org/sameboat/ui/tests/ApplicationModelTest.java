package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The application model loads and every class it names exists, so the workbench can start. */
class ApplicationModelTest {

    private MApplication load() throws Exception {
        Bundle ui = FrameworkUtil.getBundle(org.sameboat.ui.LifeCycle.class);
        Resource resource = new E4XMIResourceFactory().createResource(URI.createURI("platform:/plugin/org.sameboat.ui/Application.e4xmi"));
        try (var in = ui.getEntry("Application.e4xmi").openStream()) {
            resource.load(in, null);
        }
        return (MApplication) resource.getContents().get(0);
    }

    @Test
    void everyContributionNamesAClassThatLoads() throws Exception {
        MApplication application = load();
        List<MContribution> contributions = new ArrayList<>();
        for (var it = ((EObject) application).eAllContents(); it.hasNext();) {
            if (it.next() instanceof MContribution contribution && contribution.getContributionURI() != null) {
                contributions.add(contribution);
            }
        }
        assertTrue(contributions.size() > 10);
        for (MContribution contribution : contributions) {
            String uri = contribution.getContributionURI();
            String[] parts = uri.substring("bundleclass://".length()).split("/");
            Bundle bundle = findBundle(parts[0]);
            assertTrue(bundle != null, "no bundle " + parts[0]);
            bundle.loadClass(parts[1]);
        }
    }

    @Test
    void theWorkbenchHasTheTranscriptCodebookAndExplorerAndEveryCommandAHandler() throws Exception {
        MApplication application = load();
        List<String> parts = new ArrayList<>();
        for (var it = ((EObject) application).eAllContents(); it.hasNext();) {
            if (it.next() instanceof MPart part) {
                parts.add(part.getElementId());
            }
        }
        assertTrue(parts.containsAll(List.of("org.sameboat.ui.part.transcript", "org.sameboat.ui.part.codebook",
                "org.sameboat.ui.part.explorer", "org.sameboat.ui.part.details", "org.sameboat.ui.part.memos")), parts.toString());
        assertEquals(application.getCommands().size(), application.getHandlers().stream().map(MHandler::getCommand).distinct().count());
        assertFalse(application.getBindingTables().get(0).getBindings().isEmpty());
        assertTrue(EModelService.class.isInterface());
    }

    private static Bundle findBundle(String name) {
        for (Bundle bundle : FrameworkUtil.getBundle(ApplicationModelTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().equals(name)) {
                return bundle;
            }
        }
        return null;
    }
}
