package org.sameboat.analysis.tests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

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
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.Lookups;

/**
 * Small projects made in code, with answers one can work out by hand: a codebook of flat codes
 * named as given, documents of equal-length turns ("xxxx\n" per turn), coders made on first use.
 */
public final class TestProject {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T12:00:00Z"), ZoneOffset.UTC);
    private static final SameboatFactory F = SameboatFactory.eINSTANCE;

    private final Project project;
    private final Participant worker;
    private final Participant member;

    private TestProject(Project project, Participant worker, Participant member) {
        this.project = project;
        this.worker = worker;
        this.member = member;
    }

    /** A project whose one codebook holds these codes, in this order. */
    public static TestProject withCodes(String... codes) {
        Project project = Ids.assign(F.createProject());
        project.setName("test");
        Codebook codebook = Ids.assign(F.createCodebook());
        codebook.setName("Test codes");
        for (String name : codes) {
            Code code = Ids.assign(F.createCode());
            code.setName(name);
            codebook.getCodes().add(code);
        }
        project.getCodebooks().add(codebook);
        return new TestProject(project, participant(project, "Dana", SpeakerRole.WORKER),
                participant(project, "Lee", SpeakerRole.MEMBER));
    }

    private static Participant participant(Project project, String name, SpeakerRole role) {
        Participant p = Ids.assign(F.createParticipant());
        p.setPseudonym(name);
        p.setRole(role);
        project.getParticipants().add(p);
        return p;
    }

    public Project project() {
        return project;
    }

    /**
     * A document of {@code turns} turns of {@code turnLength} characters each, separated by a newline
     * (which belongs to no turn); the worker speaks the even turns, the member the odd ones.
     */
    public Document document(String name, int turns, int turnLength) {
        Document document = Ids.assign(F.createDocument());
        document.setName(name);
        document.setStage(Stage.UNSPECIFIED);
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < turns; t++) {
            int start = text.length();
            text.append(Character.toString('a' + t % 26).repeat(turnLength));
            Turn turn = Ids.assign(F.createTurn());
            turn.setStart(start);
            turn.setEnd(text.length());
            turn.setSpeaker(t % 2 == 0 ? worker : member);
            document.getTurns().add(turn);
            text.append('\n');
        }
        document.setText(text.toString());
        project.getDocuments().add(document);
        return document;
    }

    /** Offset of the first character of turn t (from 0). */
    public static int start(Document document, int turn) {
        return document.getTurns().get(turn).getStart();
    }

    /** Offset just after the last character of turn t. */
    public static int end(Document document, int turn) {
        return document.getTurns().get(turn).getEnd();
    }

    /** Codes [start, end) of the document with the named code, by the named coder. */
    public Coding code(Document document, String code, String coder, int start, int end) {
        return Codings.add(document, code(code), Lookups.coderOrNew(project, coder), start, end, CLOCK);
    }

    /** Codes whole turns, from turn {@code first} to {@code last} inclusive, one coding per turn. */
    public void codeTurns(Document document, String code, String coder, int first, int last) {
        for (int t = first; t <= last; t++) {
            code(document, code, coder, start(document, t), end(document, t));
        }
    }

    public Code code(String name) {
        return project.getCodebooks().get(0).getCodes().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no code " + name));
    }

    public List<Code> codes(String... names) {
        return Arrays.stream(names).map(this::code).toList();
    }

    public Coder coder(String name) {
        return Lookups.coder(project, name).orElseThrow();
    }

    public List<Coder> coders(String... names) {
        return Arrays.stream(names).map(this::coder).toList();
    }
}
