package org.sameboat.model.edit;

import org.sameboat.model.Codebook;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.codebook.BuiltInCodebook;
import org.sameboat.model.store.ProjectFormat;

/** New projects: named, current format version, starting from the built-in codebooks (mutual-aid dynamics, worker skills). */
public final class ProjectTemplate {

    private ProjectTemplate() {
    }

    public static Project create(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a project needs a name");
        }
        Project project = Ids.assign(SameboatFactory.eINSTANCE.createProject());
        project.setName(name.strip());
        project.setFormatVersion(ProjectFormat.CURRENT_VERSION);
        Codebook dynamics = BuiltInCodebook.create();
        project.getCodebooks().add(dynamics);
        project.getCodebooks().add(BuiltInCodebook.createSkills(dynamics));
        return project;
    }
}
