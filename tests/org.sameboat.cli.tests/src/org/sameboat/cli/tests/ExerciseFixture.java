package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.codebook.MutualAidDynamics;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.store.ProjectStore;

/** The sample project, an exercise made from its session 4 with alex as the expert, and students coding copies of it. */
final class ExerciseFixture {

    static final String EXPERT = "alex";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final Path temp;
    private final CommandLine cli;
    private final ProjectStore store = new ProjectStore();

    ExerciseFixture(Path temp, CommandLine cli) {
        this.temp = temp;
        this.cli = cli;
    }

    /** The sample project, built by the demo verb. */
    Path sample() {
        Path folder = temp.resolve("sample");
        if (!Files.exists(folder)) {
            assertEquals(0, cli.run("demo", folder.toString()), cli.err());
        }
        return folder;
    }

    /** An exercise of session 4 with alex as the expert; extra arguments go to 'exercise make'. */
    Path make(String name, String... extra) {
        Path out = temp.resolve(name);
        List<String> args = new ArrayList<>(List.of("exercise", "make", sample().toString(), "--gold", EXPERT, "--session", "4", "--out",
                out.toString()));
        args.addAll(List.of(extra));
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
        return out;
    }

    /** A student's copy of an exercise folder, as a student would copy it. */
    Path copy(Path exercise, String name) throws IOException {
        Path target = temp.resolve(name);
        try (Stream<Path> files = Files.walk(exercise)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(exercise.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else if (!file.getFileName().toString().equals(".sameboat.lock")) {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    Project load(Path folder) throws Exception {
        return store.load(folder).project();
    }

    /** The session 4 document of a project. */
    static Document session4(Project project) {
        return project.getDocuments().stream().filter(d -> Integer.valueOf(4).equals(d.getSession())).findFirst().orElseThrow();
    }

    /** A sample coder's codings of the dynamics codebook in session 4. */
    List<Coding> sampleCodings(String coder) throws Exception {
        return sampleCodings(coder, MutualAidDynamics.CODEBOOK_NAME);
    }

    /** A sample coder's codings of one codebook in session 4. */
    List<Coding> sampleCodings(String coder, String codebook) throws Exception {
        Project sample = load(sample());
        Set<Code> dynamics = Set.copyOf(CodePaths.allCodes(sample.getCodebooks().stream()
                .filter(b -> codebook.equals(b.getName())).findFirst().orElseThrow()));
        return session4(sample).getCodings().stream().filter(c -> c.getCoder().getName().equals(coder) && dynamics.contains(c.getCode()))
                .toList();
    }

    /**
     * Codes an exercise as a student: the given codings (of the sample, matched by document and code id), except that
     * each turn in replaced is coded whole with the code given for it and nothing else.
     */
    void code(Path exercise, String student, List<Coding> codings, List<Replacement> replaced) throws Exception {
        Project project = load(exercise);
        Document document = session4(project);
        Coder coder = Lookups.coderOrNew(project, student);
        for (Coding coding : codings) {
            if (replaced.stream().noneMatch(r -> overlaps(coding, r.turn()))) {
                Codings.add(document, CodePaths.find(project, CodePaths.path(coding.getCode())).orElseThrow(), coder, coding.getStart(),
                        coding.getEnd(), CLOCK);
            }
        }
        for (Replacement r : replaced) {
            Turn turn = document.getTurns().get(r.turn().index());
            Codings.add(document, CodePaths.find(project, r.code()).orElseThrow(), coder, turn.getStart(), turn.getEnd(), CLOCK);
        }
        store.save(project, exercise);
    }

    /** A turn by its index and range. */
    record TurnAt(int index, int start, int end) {
    }

    /** A turn coded whole with one code (a path) instead of as the sample's coder coded it. */
    record Replacement(TurnAt turn, String code) {
    }

    private static boolean overlaps(Coding coding, TurnAt turn) {
        return coding.getStart() < turn.end() && coding.getEnd() > turn.start();
    }

    /**
     * Member turns of session 4 on which the expert made exactly one dynamics coding, lying inside the turn, and no
     * coding reaches in from elsewhere: on these the expert's dynamic is that coding's code, whatever else is coded.
     */
    List<TurnAt> cleanExpertTurns(List<Coding> expert) throws Exception {
        Document document = session4(load(sample()));
        List<TurnAt> out = new ArrayList<>();
        for (int i = 0; i < document.getTurns().size(); i++) {
            Turn turn = document.getTurns().get(i);
            TurnAt at = new TurnAt(i, turn.getStart(), turn.getEnd());
            List<Coding> touching = expert.stream().filter(c -> overlaps(c, at)).toList();
            if (turn.getSpeaker().getRole() == SpeakerRole.MEMBER && touching.size() == 1 && touching.get(0).getStart() >= turn.getStart()
                    && touching.get(0).getEnd() <= turn.getEnd()) {
                out.add(at);
            }
        }
        return out;
    }

    /** The path of the expert's code on a clean turn. */
    static String codeOn(List<Coding> expert, TurnAt turn) {
        return CodePaths.path(expert.stream().filter(c -> overlaps(c, turn)).findFirst().orElseThrow().getCode());
    }

    /** A dynamic (one of the nine) other than the given code path. */
    static String otherDynamic(String path) {
        return MutualAidDynamics.all().stream().map(d -> d.name()).filter(n -> !path.endsWith(n)).findFirst().orElseThrow();
    }
}
