package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sameboat.model.Code;
import org.sameboat.model.Project;
import org.sameboat.model.edit.IdPool;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.ProjectTemplate;

class IdPoolTest {

    @Test
    void aPoolOfAProjectHoldsTheProjectsIdAndEveryContainedId() {
        Project project = ProjectTemplate.create("p");
        Code code = project.getCodebooks().get(0).getCodes().get(0);
        IdPool pool = IdPool.of(project);

        assertTrue(pool.isTaken(project.getId()));
        assertTrue(pool.isTaken(code.getId()));
        assertNotEquals(code.getId(), pool.claim(code.getId()), "a taken id is replaced");
        assertFalse(pool.take(project.getId()));
    }

    @Test
    void aFreeUsableIdIsKeptOnceAndUnusableOrMissingIdsAreReplaced() {
        IdPool pool = IdPool.empty();

        assertEquals("kept-1", pool.claim("kept-1"));
        String second = pool.claim("kept-1");
        assertNotEquals("kept-1", second);
        assertTrue(pool.isTaken(second), "a replacement is taken too, so it is never handed out twice");
        String unusable = pool.claim("//@codebooks.0");
        assertTrue(Ids.isUsable(unusable));
        assertNotEquals("//@codebooks.0", unusable);
        assertTrue(Ids.isUsable(pool.fresh()));
    }
}
