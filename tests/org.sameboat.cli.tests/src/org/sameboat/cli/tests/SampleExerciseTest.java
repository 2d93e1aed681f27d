package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.ExerciseInfo;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;

/**
 * The sample exercise committed in examples/exercise-session-4 is what 'sameboat exercise make' makes from the sample
 * today (session 4, alex as the expert): the same excerpts, codebooks, key and description. Ids and the time of
 * making differ between builds of the sample, so they are compared through names and paths.
 */
class SampleExerciseTest {

    private static final String FOLDER = "sample-exercise";

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();

    @Test
    void theCommittedSampleExerciseIsWhatMakeMakesToday() throws Exception {
        Path committed = unpack();
        Path fresh = new ExerciseFixture(temp, cli).make("fresh");
        assertEquals(describe(fresh), describe(committed));
    }

    /** The committed exercise, copied out of the test bundle's class path (where the build put it). */
    private Path unpack() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        Collection<String> entries = bundle.adapt(BundleWiring.class).listResources("/" + FOLDER, "*", BundleWiring.LISTRESOURCES_RECURSE);
        assertFalse(entries.isEmpty(), "the sample exercise is in the test bundle");
        Path out = temp.resolve("committed");
        for (String entry : entries) {
            if (entry.endsWith("/")) {
                continue;
            }
            Path file = out.resolve(entry.substring(entry.indexOf(FOLDER) + FOLDER.length() + 1));
            Files.createDirectories(file.getParent());
            try (InputStream in = bundle.adapt(BundleWiring.class).getClassLoader().getResourceAsStream(entry)) {
                assertNotNull(in, entry);
                Files.copy(in, file);
            }
        }
        assertTrue(Files.exists(out.resolve(ExerciseFolder.KEY_FILE)) && Files.isDirectory(out.resolve("sources")), out.toString());
        return out;
    }

    /** Everything an exercise holds, by names and paths rather than ids. */
    private static List<String> describe(Path exercise) throws Exception {
        Project project = new ExerciseFixture(exercise.getParent(), new CommandLine()).load(exercise);
        ExerciseFolder folder = new ExerciseFolder(exercise);
        ExerciseInfo info = folder.info();
        Map<String, Document> documents = new HashMap<>();
        project.getDocuments().forEach(d -> documents.put(d.getId(), d));
        Map<String, Code> codes = new HashMap<>();
        CodePaths.allCodes(project).forEach(c -> codes.put(c.getId(), c));
        List<String> out = new java.util.ArrayList<>();
        out.add("variant " + info.variant() + ", expert " + info.goldCoder() + ", from " + info.source() + ", submitted " + info.submitted());
        out.add("instructions " + info.instructions());
        out.add("coders " + project.getCoders().size() + ", memos " + project.getMemos().size());
        for (Document d : project.getDocuments()) {
            out.add("document " + d.getName() + " session " + d.getSession() + " turns " + d.getTurns().size() + " codings "
                    + d.getCodings().size() + ": " + d.getText());
        }
        out.add("participants " + project.getParticipants().stream().map(p -> p.getPseudonym() + "/" + p.getRole()).sorted()
                .collect(Collectors.joining(", ")));
        out.add("codes " + CodePaths.allCodes(project).stream().map(CodePaths::path).collect(Collectors.joining(", ")));
        Set<String> key = folder.key().codings().stream().map(c -> {
            assertNotNull(documents.get(c.document()), "the key's document is in the exercise");
            return documents.get(c.document()).getName() + " " + CodePaths.path(codes.get(c.code())) + " " + c.start() + "-" + c.end()
                    + " " + c.memo();
        }).collect(Collectors.toSet());
        key.stream().sorted(Comparator.naturalOrder()).forEach(k -> out.add("key " + k));
        out.add("expert " + folder.key().coderName());
        return out;
    }
}
