package org.sameboat.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Team menu comes from the ui bundle's own model fragment (Application.e4xmi is not touched): plugin.xml
 * registers it, it loads, attaches to elements the application has, and every item's handler is a class that loads.
 */
class TeamFragmentTest {

    private static final String FILE = "fragment-team.e4xmi";

    @Test
    void theTeamMenuFragmentIsRegisteredAttachesAndNamesHandlersThatLoad() throws Exception {
        Bundle ui = FrameworkUtil.getBundle(org.sameboat.ui.LifeCycle.class);
        List<String> registered = new ArrayList<>();
        for (IConfigurationElement element : RegistryFactory.getRegistry().getConfigurationElementsFor("org.eclipse.e4.workbench.model")) {
            if (element.getContributor().getName().equals("org.sameboat.ui") && "fragment".equals(element.getName())) {
                registered.add(element.getAttribute("uri"));
            }
        }
        assertTrue(registered.contains(FILE), registered.toString());
        Set<String> ids = new HashSet<>();
        for (var it = load(ui, "Application.e4xmi").getAllContents(); it.hasNext();) {
            if (it.next() instanceof MApplicationElement element && element.getElementId() != null) {
                ids.add(element.getElementId());
            }
        }
        MModelFragments fragments = (MModelFragments) load(ui, FILE).getContents().get(0);
        List<MHandler> handlers = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (MModelFragment fragment : fragments.getFragments()) {
            MStringModelFragment f = (MStringModelFragment) fragment;
            assertTrue(ids.contains(f.getParentElementId()), "the application has " + f.getParentElementId());
            if (f.getPositionInList() != null) {
                assertTrue(ids.contains(f.getPositionInList().replaceFirst("^(before|after):", "")), f.getPositionInList());
            }
            for (var element : f.getElements()) {
                if (element instanceof MHandler handler) {
                    handlers.add(handler);
                    ui.loadClass(handler.getContributionURI().substring("bundleclass://org.sameboat.ui/".length()));
                } else if (element instanceof MMenu menu) {
                    assertEquals("Team", menu.getLabel());
                    menu.getChildren().stream().filter(MHandledMenuItem.class::isInstance).map(MHandledMenuItem.class::cast)
                            .forEach(item -> {
                                labels.add(item.getLabel());
                                assertTrue(handlers.stream().anyMatch(h -> h.getCommand() == item.getCommand()), item.getLabel() + " has a handler");
                            });
                }
            }
        }
        assertEquals(List.of("Share project\u2026", "Sync", "Status", "History", "Resolve conflicts\u2026", "Release my layer"), labels);
    }

    private static Resource load(Bundle bundle, String file) throws Exception {
        Resource resource = new E4XMIResourceFactory().createResource(URI.createURI("platform:/plugin/org.sameboat.ui/" + file));
        try (var in = bundle.getEntry(file).openStream()) {
            resource.load(in, null);
        }
        return resource;
    }
}
