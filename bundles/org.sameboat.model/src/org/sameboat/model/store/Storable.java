package org.sameboat.model.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Identified;
import org.sameboat.model.Project;
import org.sameboat.model.text.XmlChars;

/**
 * What a save checks before writing, so that whatever is saved can be loaded again: every text can be written
 * as XML 1.0, and the code tree is no deeper than loading reads. The ways in (importers, verbs) refuse such input
 * with the file and line; this is the last line of defence and names the element instead.
 */
final class Storable {

    private Storable() {
    }

    /** Why the project cannot be saved as it is, if it cannot. */
    static Optional<String> problem(Project project) {
        int depth = codeDepth(project);
        if (depth > ProjectFormat.MAX_CODE_DEPTH) {
            return Optional.of("its code tree is " + depth + " levels deep; at most " + ProjectFormat.MAX_CODE_DEPTH
                    + " can be saved and read back, so move some codes up");
        }
        for (Iterator<EObject> all = project.eAllContents(); all.hasNext();) {
            Optional<String> bad = badText(all.next());
            if (bad.isPresent()) {
                return bad;
            }
        }
        return badText(project);
    }

    /** How many levels the deepest code sits below its codebook (a top code is level 1). */
    static int codeDepth(Project project) {
        // iterative: the tree is input from outside, and a recursion would fail on the deep trees this guards against
        Deque<Level> open = new ArrayDeque<>();
        for (Codebook codebook : project.getCodebooks()) {
            codebook.getCodes().forEach(code -> open.push(new Level(code, 1)));
        }
        int deepest = 0;
        while (!open.isEmpty()) {
            Level level = open.pop();
            deepest = Math.max(deepest, level.depth());
            level.code().getChildren().forEach(child -> open.push(new Level(child, level.depth() + 1)));
        }
        return deepest;
    }

    private record Level(Code code, int depth) {
    }

    private static Optional<String> badText(EObject element) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.isTransient() || attribute.getEAttributeType().getInstanceClass() != String.class) {
                continue;
            }
            Object value = element.eGet(attribute);
            for (Object text : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
                OptionalInt at = XmlChars.firstIllegal((String) text);
                if (at.isPresent()) {
                    String id = element instanceof Identified identified ? " " + identified.getId() : "";
                    return Optional.of("the " + attribute.getName() + " of " + element.eClass().getName().toLowerCase(java.util.Locale.ROOT)
                            + id + " holds the character " + XmlChars.describeAt((String) text, at.getAsInt())
                            + ", which a project file cannot hold");
                }
            }
        }
        return Optional.empty();
    }
}
