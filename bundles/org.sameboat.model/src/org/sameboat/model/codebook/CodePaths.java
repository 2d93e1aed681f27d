package org.sameboat.model.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Project;

/**
 * Code paths: a code is named by its ancestors' names and its own, joined by {@value #SEPARATOR}
 * ("Obstacles to mutual aid/Scapegoating").
 */
public final class CodePaths {

    public static final String SEPARATOR = "/";

    private CodePaths() {
    }

    /** The path of a code from the top of its codebook. */
    public static String path(Code code) {
        List<String> names = new ArrayList<>();
        for (Code c = code; c != null; c = c.getParent()) {
            names.add(0, c.getName());
        }
        return String.join(SEPARATOR, names);
    }

    /** A code and all its ancestors, nearest first. */
    public static List<Code> selfAndAncestors(Code code) {
        List<Code> chain = new ArrayList<>();
        for (Code c = code; c != null; c = c.getParent()) {
            chain.add(c);
        }
        return chain;
    }

    /** Every code of every codebook of the project, depth first, parents before children. */
    public static List<Code> allCodes(Project project) {
        List<Code> all = new ArrayList<>();
        for (Codebook codebook : project.getCodebooks()) {
            collect(codebook.getCodes(), all);
        }
        return all;
    }

    /** Every code of one codebook, depth first, parents before children. */
    public static List<Code> allCodes(Codebook codebook) {
        List<Code> all = new ArrayList<>();
        collect(codebook.getCodes(), all);
        return all;
    }

    private static void collect(List<Code> codes, List<Code> into) {
        for (Code code : codes) {
            into.add(code);
            collect(code.getChildren(), into);
        }
    }

    /**
     * Finds a code by full path, by unique name, by shortcut key or by id, ignoring case in names. Empty when
     * nothing or more than one code matches, so a command never acts on a guess.
     */
    public static Optional<Code> find(Project project, String reference) {
        String wanted = reference.trim();
        List<Code> codes = allCodes(project);
        for (Code code : codes) {
            if (wanted.equals(code.getId())) {
                return Optional.of(code);
            }
        }
        Optional<Code> byPath = unique(codes.stream().filter(c -> path(c).equalsIgnoreCase(wanted)).toList());
        if (byPath.isPresent()) {
            return byPath;
        }
        Optional<Code> byName = unique(codes.stream().filter(c -> wanted.equalsIgnoreCase(c.getName())).toList());
        if (byName.isPresent()) {
            return byName;
        }
        return unique(codes.stream().filter(c -> wanted.equals(c.getShortcut())).toList());
    }

    /** Lower-case path, the form in which codes are indexed and matched. */
    public static String key(Code code) {
        return path(code).toLowerCase(Locale.ROOT);
    }

    private static Optional<Code> unique(List<Code> matches) {
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
