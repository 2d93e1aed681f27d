package org.sameboat.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.imports.ImportFormat;
import org.sameboat.corpus.imports.TranscriptImporter;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.corpus.search.AutoCodeCommand;
import org.sameboat.corpus.search.AutoCoder;
import org.sameboat.corpus.search.CodingSpan;
import org.sameboat.corpus.search.CorpusSearch;
import org.sameboat.corpus.search.IndexSync;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.corpus.search.SearchTarget;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;

class IndexSyncTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void modelEditsReachTheIndexWithoutARebuild(@TempDir Path folder) throws Exception {
        Project project = SampleProject.create(folder);
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            IndexSync sync = IndexSync.attach(index);
            Document d = project.getDocuments().get(1);
            Codings.add(d, CodePaths.find(project, "Mutual demand").orElseThrow(), Lookups.coderOrNew(project, "kim"),
                    d.getTurns().get(2).getStart(), d.getTurns().get(2).getEnd(), CLOCK);
            Code rehearsal = CodePaths.find(project, "Rehearsal").orElseThrow();
            rehearsal.setName("Trying it out");
            project.getDocuments().get(0).getCodings().remove(0);
            project.getCoders().get(0).setName("Alexandra");
            project.getParticipants().get(1).setPseudonym("Ruthie");
            AutoCodeCommand command = new AutoCoder(index, CLOCK).plan("tired", SearchTarget.TURNS,
                    CodePaths.find(project, "Sharing data").orElseThrow(), Lookups.coderOrNew(project, "robot"), CodingSpan.MATCH);
            command.execute();
            command.undo();
            command.redo();
            new TranscriptImporter(project).importSources(List.of(Sources.utf8("extra.txt", "Ruthie: Tired again.\nDana: Tell us.\n")),
                    ImportFormat.TURNS, Optional.empty(), (i, n, name) -> { });
            project.getDocuments().remove(2);
            assertEquals(Optional.empty(), sync.failure());

            Map<String, Map<String, List<String>>> maintained = IndexContents.of(index);
            assertEquals(IndexContents.expectedIds(project), maintained.keySet());
            assertTrue(new CorpusSearch(index).search("code:\"Trying it out\"", SearchTarget.AUTO, 0).total() > 0);
            assertEquals(0, new CorpusSearch(index).search("code:Rehearsal", SearchTarget.AUTO, 0).total());
            sync.detach();
            index.rebuild();
            assertEquals(maintained, IndexContents.of(index));
        }
    }
}
