package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Document;
import org.sameboat.model.edit.Lookups;
import org.sameboat.ui.WorkbenchMemory;
import org.sameboat.ui.session.CoderLayer;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.model.store.ProjectStore;

/** What the workbench remembers between sessions, kept in the persisted application model's state map. */
class WorkbenchMemoryTest {

    @TempDir
    Path temp;

    private final Map<String, String> persisted = new HashMap<>();
    private WorkbenchFixture fixture;

    @BeforeEach
    void openSample() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theNextSessionReopensTheLastProjectAsTheSameCoderOnTheSameDocumentAndLayer() throws Exception {
        new WorkbenchMemory(persisted).follow(fixture.session);
        Document third = fixture.session.project().orElseThrow().getDocuments().get(2);
        fixture.session.workAs("sam");
        fixture.session.show(third);
        fixture.session.showLayer(CoderLayer.OTHER, Lookups.coder(fixture.session.project().orElseThrow(), "alex").orElseThrow());

        WorkbenchMemory next = new WorkbenchMemory(persisted);
        ProjectSession later = new ProjectSession(new ProjectStore(), WorkbenchFixture.CLOCK);
        Path folder = next.lastProject().orElseThrow();
        later.open(folder, next.coder(folder).orElseThrow());
        next.follow(later);

        assertEquals(fixture.folder.toAbsolutePath().normalize(), folder.toAbsolutePath().normalize());
        assertEquals("sam", later.coder().getName());
        assertEquals(third.getId(), later.document().orElseThrow().getId());
        assertEquals(CoderLayer.OTHER, later.layer());
        assertEquals("alex", later.otherCoder().orElseThrow().getName());
    }

    @Test
    void aRememberedProjectThatIsGoneIsForgotten() {
        persisted.put("sameboat.project", temp.resolve("gone").toString());
        assertEquals(java.util.Optional.empty(), new WorkbenchMemory(persisted).lastProject());
    }
}
