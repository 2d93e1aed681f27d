package org.sameboat.benchmarks.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;
import org.sameboat.model.edit.Ids;

/**
 * Projects for the analysis benchmarks: documents of 200 turns of 100 characters, 1,000 codings
 * each, by two coders over 50 codes; the documents' stages are beginning, middle, ending in turn.
 * The coders code the same passages (coder two's boundaries shifted by up to 10 characters, and a
 * different code one time in four), so agreement figures are neither 0 nor 1 and every code path of
 * the analysis is exercised. Codings are made with the
 * factory rather than Codings.add, whose duplicate check would make building a large project
 * quadratic; the random layout cannot produce duplicates that matter here.
 */
final class SyntheticProject {

    static final int CODES = 50;
    static final int TURNS_PER_DOCUMENT = 200;
    static final int TURN_LENGTH = 100;
    static final int CODINGS_PER_DOCUMENT = 1_000;
    /** Documents take these stages in turn, so that profiles by stage have columns. */
    static final List<Stage> STAGES = List.of(Stage.BEGINNING, Stage.MIDDLE, Stage.ENDING);

    private SyntheticProject() {
    }

    static Project create(int codings, long seed) {
        SameboatFactory factory = SameboatFactory.eINSTANCE;
        Project project = Ids.assign(factory.createProject());
        project.setName("analysis benchmark " + codings);
        Codebook codebook = Ids.assign(factory.createCodebook());
        codebook.setName("Synthetic");
        List<Code> codes = new ArrayList<>();
        for (int c = 0; c < CODES; c++) {
            Code code = Ids.assign(factory.createCode());
            code.setName("code " + (c + 1));
            codebook.getCodes().add(code);
            codes.add(code);
        }
        project.getCodebooks().add(codebook);
        Coder[] coders = new Coder[2];
        for (int i = 0; i < coders.length; i++) {
            coders[i] = Ids.assign(factory.createCoder());
            coders[i].setName(i == 0 ? "alex" : "sam");
            project.getCoders().add(coders[i]);
        }
        Participant[] speakers = new Participant[6];
        for (int i = 0; i < speakers.length; i++) {
            speakers[i] = Ids.assign(factory.createParticipant());
            speakers[i].setPseudonym("Speaker " + (i + 1));
            speakers[i].setRole(i == 0 ? SpeakerRole.WORKER : SpeakerRole.MEMBER);
            project.getParticipants().add(speakers[i]);
        }
        String text = ("x".repeat(TURN_LENGTH - 1) + "\n").repeat(TURNS_PER_DOCUMENT);
        int length = text.length();
        SplittableRandom random = new SplittableRandom(seed);
        int documents = Math.max(1, codings / CODINGS_PER_DOCUMENT);
        for (int d = 0; d < documents; d++) {
            Document document = Ids.assign(factory.createDocument());
            document.setName("document " + (d + 1));
            document.setText(text);
            document.setSession(d + 1);
            document.setStage(STAGES.get(d % STAGES.size()));
            for (int t = 0; t < TURNS_PER_DOCUMENT; t++) {
                Turn turn = Ids.assign(factory.createTurn());
                turn.setStart(t * TURN_LENGTH);
                turn.setEnd(t * TURN_LENGTH + TURN_LENGTH - 1);
                turn.setSpeaker(speakers[t % speakers.length]);
                document.getTurns().add(turn);
            }
            for (int p = 0; p < CODINGS_PER_DOCUMENT / 2; p++) {
                int start = random.nextInt(length - 1);
                int end = Math.min(length, start + 1 + random.nextInt(300));
                int code = random.nextInt(CODES);
                document.getCodings().add(coding(factory, codes.get(code), coders[0], start, end));
                int otherCode = random.nextInt(4) == 0 ? random.nextInt(CODES) : code;
                int otherStart = Math.max(0, start + random.nextInt(21) - 10);
                int otherEnd = Math.min(length, Math.max(otherStart + 1, end + random.nextInt(21) - 10));
                document.getCodings().add(coding(factory, codes.get(otherCode), coders[1], otherStart, otherEnd));
            }
            project.getDocuments().add(document);
        }
        return project;
    }

    private static Coding coding(SameboatFactory factory, Code code, Coder coder, int start, int end) {
        Coding coding = Ids.assign(factory.createCoding());
        coding.setCode(code);
        coding.setCoder(coder);
        coding.setStart(start);
        coding.setEnd(end);
        return coding;
    }
}
