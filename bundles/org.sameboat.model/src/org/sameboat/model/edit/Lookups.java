package org.sameboat.model.edit;

import java.util.List;
import java.util.Optional;

import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;

/** Finding documents and coders by what a user types: id, name, or source file name. */
public final class Lookups {

    private Lookups() {
    }

    /** The document with this id, name or source file name (with or without extension); empty if none or several. */
    public static Optional<Document> document(Project project, String reference) {
        List<Document> matches = project.getDocuments().stream().filter(d -> reference.equals(d.getId())).toList();
        if (matches.isEmpty()) {
            matches = project.getDocuments().stream().filter(d -> reference.equals(d.getName())
                    || reference.equals(d.getSourceName()) || reference.equals(stripExtension(d.getSourceName()))).toList();
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** The coder with this id or name (names ignore case). */
    public static Optional<Coder> coder(Project project, String reference) {
        return project.getCoders().stream()
                .filter(c -> reference.equals(c.getId()) || reference.equalsIgnoreCase(c.getName())).findFirst();
    }

    /** The coder with this name, added to the project if it is new. */
    public static Coder coderOrNew(Project project, String name) {
        if (name.isBlank()) {
            // a nameless coder cannot be told apart or chosen, and the validator refuses every write after it
            throw new IllegalArgumentException("a coder needs a name that is not blank");
        }
        return coder(project, name).orElseGet(() -> {
            Coder coder = Ids.assign(SameboatFactory.eINSTANCE.createCoder());
            coder.setName(name);
            project.getCoders().add(coder);
            return coder;
        });
    }

    private static String stripExtension(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
