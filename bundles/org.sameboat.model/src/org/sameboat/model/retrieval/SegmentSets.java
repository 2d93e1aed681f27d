package org.sameboat.model.retrieval;

import java.util.List;
import java.util.Optional;

import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.SegmentSet;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Ids;

/** Named retrievals kept in the project: save a query under a name (replacing a set of that name), find, list. */
public final class SegmentSets {

    private SegmentSets() {
    }

    /** Saves the query as the set of that name, replacing what a set of that name held; returns the set. */
    public static SegmentSet save(Project project, String name, SegmentQuery query) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a set needs a name");
        }
        SegmentSet set = find(project, name.strip()).orElseGet(() -> {
            SegmentSet created = Ids.assign(SameboatFactory.eINSTANCE.createSegmentSet());
            created.setName(name.strip());
            project.getSegmentSets().add(created);
            return created;
        });
        set.getCodes().clear();
        set.getCodes().addAll(CodePaths.allCodes(project).stream().filter(query.codes()::contains).toList());
        set.setSubcodes(query.subcodes());
        set.getDocuments().clear();
        set.getDocuments().addAll(project.getDocuments().stream().filter(query.documents()::contains).toList());
        set.getGroups().clear();
        set.getGroups().addAll(project.getGroups().stream().filter(query.groups()::contains).toList());
        set.getCoders().clear();
        set.getCoders().addAll(project.getCoders().stream().filter(query.coders()::contains).toList());
        return set;
    }

    public static Optional<SegmentSet> find(Project project, String name) {
        return project.getSegmentSets().stream().filter(s -> s.getName() != null && s.getName().equals(name.strip())).findFirst();
    }

    /** The names of the project's sets, in the order they were made. */
    public static List<String> names(Project project) {
        return project.getSegmentSets().stream().map(SegmentSet::getName).toList();
    }
}
