package org.sameboat.model.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SegmentSet;
import org.sameboat.model.SameboatFactory;

/** Changes to codebooks that keep the codings consistent: add, rename, recolour, move and merge codes. */
public final class CodebookEdits {

    private CodebookEdits() {
    }

    /** A new code at the top of a codebook, or under a parent code when one is given. */
    public static Code add(Codebook codebook, Code parent, String name, String colour) {
        requireName(name);
        Code code = Ids.assign(SameboatFactory.eINSTANCE.createCode());
        code.setName(name.strip());
        code.setColour(colour);
        code.setApplicable(true);
        if (parent != null) {
            parent.getChildren().add(code);
        } else {
            codebook.getCodes().add(code);
        }
        return code;
    }

    /** A new codebook of the user's own, empty. */
    public static Codebook newCodebook(Project project, String name) {
        requireName(name);
        Codebook codebook = Ids.assign(SameboatFactory.eINSTANCE.createCodebook());
        codebook.setName(name.strip());
        project.getCodebooks().add(codebook);
        return codebook;
    }

    public static void rename(Code code, String name) {
        requireName(name);
        code.setName(name.strip());
    }

    public static void recolour(Code code, String colour) {
        if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("a colour is written #RRGGBB, not '" + colour + "'");
        }
        code.setColour(colour.toUpperCase(java.util.Locale.ROOT));
    }

    /** Moves a code under a new parent, or to the top of a codebook when newParent is null. */
    public static void move(Code code, Codebook codebook, Code newParent) {
        for (Code c = newParent; c != null; c = c.getParent()) {
            if (c == code) {
                throw new IllegalArgumentException("a code cannot move under itself or its own sub-codes");
            }
        }
        if (newParent != null) {
            newParent.getChildren().add(code);
        } else {
            Objects.requireNonNull(codebook, "codebook").getCodes().add(code);
        }
    }

    /**
     * Merges a code into another: its codings take the target code (a coding that would then duplicate one the
     * same coder already has is removed, since it says nothing new), its sub-codes move under the target, and
     * the merged code goes. Returns how many codings changed code.
     */
    public static int merge(Project project, Code merged, Code into) {
        if (merged == into) {
            throw new IllegalArgumentException("a code cannot be merged into itself");
        }
        for (Code c = into; c != null; c = c.getParent()) {
            if (c == merged) {
                throw new IllegalArgumentException("a code cannot be merged into one of its own sub-codes");
            }
        }
        int moved = 0;
        for (Document document : project.getDocuments()) {
            Set<String> existing = new HashSet<>();
            for (Coding coding : document.getCodings()) {
                if (coding.getCode() == into) {
                    existing.add(key(coding));
                }
            }
            List<Coding> duplicates = new ArrayList<>();
            for (Coding coding : document.getCodings()) {
                if (coding.getCode() == merged) {
                    coding.setCode(into);
                    if (!existing.add(key(coding))) {
                        duplicates.add(coding);
                    } else {
                        moved++;
                    }
                }
            }
            document.getCodings().removeAll(duplicates);
        }
        into.getChildren().addAll(new ArrayList<>(merged.getChildren()));
        // a saved retrieval that named the merged code now names the code it went into
        for (SegmentSet set : project.getSegmentSets()) {
            int at = set.getCodes().indexOf(merged);
            if (at >= 0) {
                set.getCodes().remove(at);
                if (!set.getCodes().contains(into)) {
                    set.getCodes().add(at, into);
                }
            }
        }
        EcoreUtil.remove(merged);
        return moved;
    }

    private static String key(Coding coding) {
        return coding.getStart() + ":" + coding.getEnd() + ":" + (coding.getCoder() == null ? "" : coding.getCoder().getId());
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a code needs a name");
        }
        if (name.contains("/")) {
            throw new IllegalArgumentException("a code name cannot contain '/', which separates code paths");
        }
    }
}
