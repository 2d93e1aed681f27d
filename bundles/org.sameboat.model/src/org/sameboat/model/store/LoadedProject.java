package org.sameboat.model.store;

import java.util.List;

import org.sameboat.model.Project;
import org.sameboat.model.validation.Problem;

/**
 * A project as read from its folder, with every problem found while reading and validating it. A project
 * with problems still loads, so a user can see and mend them.
 */
public record LoadedProject(Project project, List<Problem> problems) {

    public LoadedProject {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }
}
