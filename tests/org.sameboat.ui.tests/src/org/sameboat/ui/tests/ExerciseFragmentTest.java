package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sameboat.ui.exercise.ExampleReviewPart;
import org.sameboat.ui.parts.ExerciseFeedbackPart;
import org.sameboat.ui.parts.ExerciseInstructionsPart;

/**
 * The Exercise menu, its parts and add-on come from the ui bundle's own model fragment (not Application.e4xmi):
 * the fragment is named by the bundle's Model-Fragment header, loads, attaches to elements the application has, and
 * names classes that load.
 */
class ExerciseFragmentTest {

    private static final String FILE = "fragment-exercise.e4xmi";

    private static Resource load(Bundle bundle, String file) throws Exception {
        Resource resource = new E4XMIResourceFactory().createResource(URI.createURI("platform:/plugin/org.sameboat.ui/" + file));
        try (var in = bundle.getEntry(file).openStream()) {
            resource.load(in, null);
        }
        return resource;
    }

    @Test
    void theFragmentLoadsAttachesToTheApplicationAndNamesClassesThatLoad() throws Exception {
        Bundle ui = FrameworkUtil.getBundle(org.sameboat.ui.LifeCycle.class);
        assertTrue(ui.getHeaders().get("Model-Fragment").startsWith(FILE), "the header names the fragment");
        MModelFragments fragments = (MModelFragments) load(ui, FILE).getContents().get(0);
        Set<String> ids = new HashSet<>();
        for (var it = load(ui, "Application.e4xmi").getAllContents(); it.hasNext();) {
            if (it.next() instanceof org.eclipse.e4.ui.model.application.MApplicationElement element && element.getElementId() != null) {
                ids.add(element.getElementId());
            }
        }
        List<String> features = new ArrayList<>();
        List<MCommand> commands = new ArrayList<>();
        List<MHandler> handlers = new ArrayList<>();
        List<MHandledMenuItem> items = new ArrayList<>();
        Set<String> descriptors = new HashSet<>();
        for (MModelFragment fragment : fragments.getFragments()) {
            MStringModelFragment f = (MStringModelFragment) fragment;
            assertTrue(ids.contains(f.getParentElementId()), "the application has " + f.getParentElementId());
            if (f.getPositionInList() != null && f.getPositionInList().startsWith("after:")) {
                assertTrue(ids.contains(f.getPositionInList().substring(6)), f.getPositionInList());
            }
            features.add(f.getFeaturename());
            for (var element : f.getElements()) {
                if (element instanceof MCommand c) {
                    commands.add(c);
                } else if (element instanceof MHandler h) {
                    handlers.add(h);
                } else if (element instanceof org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor d) {
                    descriptors.add(d.getElementId());
                }
                for (var it = ((EObject) element).eAllContents(); it.hasNext();) {
                    if (it.next() instanceof MHandledMenuItem item) {
                        items.add(item);
                    }
                }
                for (EObject o : allOf((EObject) element)) {
                    if (o instanceof MContribution contribution && contribution.getContributionURI() != null) {
                        String[] parts = contribution.getContributionURI().substring("bundleclass://".length()).split("/");
                        assertEquals("org.sameboat.ui", parts[0]);
                        ui.loadClass(parts[1]);
                    }
                }
            }
        }
        assertEquals(Set.of("commands", "handlers", "children", "descriptors", "addons"), Set.copyOf(features));
        assertEquals(Set.of(ExerciseInstructionsPart.ID, ExerciseFeedbackPart.ID, ExampleReviewPart.ID), descriptors);
        assertEquals(Set.copyOf(commands), Set.copyOf(handlers.stream().map(MHandler::getCommand).toList()), "every command has a handler");
        assertEquals(5, items.size());
        items.forEach(item -> assertTrue(commands.contains(item.getCommand()), ((MUIElement) item).getElementId()));
    }

    private static List<EObject> allOf(EObject root) {
        List<EObject> all = new ArrayList<>(List.of(root));
        root.eAllContents().forEachRemaining(all::add);
        return all;
    }
}
