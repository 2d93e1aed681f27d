package org.sameboat.model.codebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.model.Code;
import org.sameboat.model.Project;

/**
 * The "starts" cross-reference between codes ({@link Code#getStarts()}), read both ways: what a worker skill
 * helps set in motion, and which skills help start a dynamic. Ids that name no code of the project are skipped.
 */
public final class CodeLinks {

    private CodeLinks() {
    }

    /** The codes {@code code} helps start, in the order it lists them. */
    public static List<Code> starts(Code code) {
        Map<String, Code> byId = byId(code);
        List<Code> started = new ArrayList<>();
        for (String id : code.getStarts()) {
            Code target = byId.get(id);
            if (target != null) {
                started.add(target);
            }
        }
        return started;
    }

    /** The codes that list {@code code} among those they help start, in codebook order. */
    public static List<Code> startedBy(Code code) {
        EObject root = EcoreUtil.getRootContainer(code);
        if (!(root instanceof Project project)) {
            return List.of();
        }
        return CodePaths.allCodes(project).stream().filter(other -> other.getStarts().contains(code.getId())).toList();
    }

    private static Map<String, Code> byId(Code code) {
        Map<String, Code> byId = new HashMap<>();
        if (EcoreUtil.getRootContainer(code) instanceof Project project) {
            CodePaths.allCodes(project).forEach(c -> byId.put(c.getId(), c));
        }
        return byId;
    }
}
