package org.sameboat.benchmarks.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.network.InteractionNetwork;
import org.sameboat.analysis.network.Network;
import org.sameboat.analysis.network.NetworkXml;
import org.sameboat.benchmarks.Benchmark;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Turn;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.edit.Ids;

/**
 * {@code sameboat network} at 1e5 turns and more: documents of 200 turns of about twelve words each, spoken by
 * one worker and eleven members chosen at random, a participant's name in one turn in five and a group word in one
 * in ten (so all three branches of the addressee rule run), one coding per two turns from ten codes. Times the
 * addressee inference alone, the whole network (addressees, counts, degrees, betweenness, shares) and writing
 * GraphML and GEXF to a discarding stream; best of three after one warm-up, project in memory.
 */
public final class NetworkBenchmark implements Benchmark {

    private static final int RUNS = 3;
    private static final int TURNS_PER_DOCUMENT = 200;
    private static final List<String> NAMES = List.of("Dana", "Ruth", "Marcus", "Lee", "Mary Ann", "Tomas", "Aisha", "Greta",
            "Sol", "Ines", "Bill", "Yusuf");
    private static final String[] WORDS = {"I", "you", "we", "it", "was", "hard", "week", "mother", "doctor", "home", "tired",
            "don't", "know", "same", "felt", "alone", "and", "the", "but", "really"};

    @Override
    public String name() {
        return "network";
    }

    @Override
    public String description() {
        return "network (addressees, counts, betweenness, shares; GraphML, GEXF) at 1e5-1e6 turns [TURNS...]";
    }

    @Override
    public void run(List<String> args, PrintStream out) {
        List<Integer> sizes = args.isEmpty() ? List.of(100_000, 300_000, 1_000_000) : args.stream().map(Integer::valueOf).toList();
        out.printf("Java %s, %d cores, max heap %d MB%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.println("Interaction network, 12 participants, one coding per two turns (ms; in brackets ns per turn)");
        out.println();
        out.println("| turns | codings | addressees | network | GraphML | GEXF |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            Project project = create(size, size);
            long codings = project.getDocuments().stream().mapToLong(d -> d.getCodings().size()).sum();
            double addressees = best(() -> project.getDocuments().stream().mapToInt(d -> Addressees.of(d).size()).sum());
            double network = best(() -> InteractionNetwork.compute(project, List.of(), Filter.none()));
            Network result = InteractionNetwork.compute(project, List.of(), Filter.none());
            double graphml = best(() -> write(out2 -> NetworkXml.writeGraphMl(result, out2)));
            double gexf = best(() -> write(out2 -> NetworkXml.writeGexf(result, out2)));
            out.printf("| %,d | %,d | %s | %s | %.1f | %.1f |%n", size, codings, cell(addressees, size), cell(network, size),
                    graphml, gexf);
            out.flush();
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Object write(Writer writer) {
        try {
            writer.write(OutputStream.nullOutputStream());
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Project create(int turns, long seed) {
        SameboatFactory factory = SameboatFactory.eINSTANCE;
        Project project = Ids.assign(factory.createProject());
        project.setName("network benchmark " + turns);
        Codebook codebook = Ids.assign(factory.createCodebook());
        codebook.setName("Dynamics");
        Code[] codes = new Code[10];
        for (int c = 0; c < codes.length; c++) {
            codes[c] = Ids.assign(factory.createCode());
            codes[c].setName("dynamic " + (c + 1));
            codebook.getCodes().add(codes[c]);
        }
        project.getCodebooks().add(codebook);
        Coder coder = Ids.assign(factory.createCoder());
        coder.setName("alex");
        project.getCoders().add(coder);
        Participant[] people = new Participant[NAMES.size()];
        for (int i = 0; i < people.length; i++) {
            people[i] = Ids.assign(factory.createParticipant());
            people[i].setPseudonym(NAMES.get(i));
            people[i].setRole(i == 0 ? SpeakerRole.WORKER : SpeakerRole.MEMBER);
            project.getParticipants().add(people[i]);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int d = 0; d < Math.max(1, turns / TURNS_PER_DOCUMENT); d++) {
            Document document = Ids.assign(factory.createDocument());
            document.setName("session " + (d + 1));
            document.setSession(d + 1);
            StringBuilder text = new StringBuilder();
            for (int t = 0; t < TURNS_PER_DOCUMENT; t++) {
                // the worker takes a third of the turns, as in a worker-led session
                Participant speaker = random.nextInt(3) == 0 ? people[0] : people[1 + random.nextInt(people.length - 1)];
                text.append(speaker.getPseudonym()).append(": ");
                int start = text.length();
                for (int w = 0; w < 12; w++) {
                    text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                int dice = random.nextInt(10);
                if (dice < 2) {
                    text.append(", ").append(NAMES.get(random.nextInt(NAMES.size())));
                } else if (dice == 2) {
                    text.append(", everyone");
                }
                text.append('.');
                Turn turn = Ids.assign(factory.createTurn());
                turn.setStart(start);
                turn.setEnd(text.length());
                turn.setSpeaker(speaker);
                document.getTurns().add(turn);
                if (t % 2 == 0) {
                    Coding coding = Ids.assign(factory.createCoding());
                    coding.setCode(codes[random.nextInt(codes.length)]);
                    coding.setCoder(coder);
                    coding.setStart(start);
                    coding.setEnd(text.length());
                    document.getCodings().add(coding);
                }
                text.append('\n');
            }
            document.setText(text.toString());
            project.getDocuments().add(document);
        }
        return project;
    }

    private static String cell(double millis, int turns) {
        return String.format("%.0f (%.0f)", millis, millis * 1e6 / turns);
    }

    private static double best(Supplier<?> task) {
        task.get(); // JIT compilation, class loading
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            task.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1e6;
    }
}
