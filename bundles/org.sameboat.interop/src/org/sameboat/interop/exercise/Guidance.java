package org.sameboat.interop.exercise;

import java.util.List;
import java.util.Optional;

import org.sameboat.model.Code;
import org.sameboat.model.codebook.CodePaths;

/**
 * What the codebook says about one code, in its own words: what separates it from its neighbours is its
 * definition, its indicators and its Include/Exclude rules.
 *
 * @param path the code's path
 * @param definition its definition (may be empty)
 * @param indicators what to look for
 * @param inclusion when to code it (may be empty)
 * @param exclusion when not to (may be empty)
 * @param appliesTo whose turns it is for: member, worker or any
 */
public record Guidance(String path, String definition, List<String> indicators, String inclusion, String exclusion, String appliesTo) {

    /** Copies the indicators so the record stays immutable. */
    public Guidance {
        indicators = List.copyOf(indicators);
    }

    /** @return the guidance of a code */
    public static Guidance of(Code code) {
        return new Guidance(CodePaths.path(code), text(code.getDefinition()), List.copyOf(code.getIndicators()),
                text(code.getInclusion()), text(code.getExclusion()), code.getAppliesTo() == null ? "any" : code.getAppliesTo().getLiteral());
    }

    private static String text(String value) {
        return Optional.ofNullable(value).map(String::strip).orElse("");
    }
}
