package org.sameboat.interop.exercise;

import java.time.Clock;
import java.util.List;

import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Memo;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Ids;

/**
 * The "write your own example" exercise (2.1): each example is a memo by the student about one dynamic, so it
 * stays with the project, shows in the Memos part and travels with merges like any memo.
 */
public final class Examples {

    /** Starts the title of every example memo, so an instructor can tell examples from other memos. */
    public static final String TITLE_PREFIX = "Example of ";

    private Examples() {
    }

    /** Adds an example; the caller saves. */
    public static Memo add(Project project, Coder student, Code dynamic, String text, Clock clock) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("an example needs some text");
        }
        Memo memo = Ids.assign(SameboatFactory.eINSTANCE.createMemo());
        memo.setTitle(TITLE_PREFIX + CodePaths.path(dynamic));
        memo.setText(text.strip());
        memo.setAuthor(student);
        memo.setCreated(clock.millis());
        memo.setModified(clock.millis());
        memo.getAbout().add(dynamic);
        project.getMemos().add(memo);
        return memo;
    }

    /** @return the examples in the project, in the order they were written */
    public static List<Memo> all(Project project) {
        return project.getMemos().stream().filter(m -> m.getTitle() != null && m.getTitle().startsWith(TITLE_PREFIX)
                && m.getAbout().stream().anyMatch(Code.class::isInstance)).toList();
    }

    /** @return the dynamic an example is about */
    public static Code dynamic(Memo example) {
        return example.getAbout().stream().filter(Code.class::isInstance).map(Code.class::cast).findFirst().orElseThrow();
    }
}
