package org.sameboat.example.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.Turn;
import org.sameboat.model.edit.Ids;

class SpeakerSharesTest {

    private static final SameboatFactory F = SameboatFactory.eINSTANCE;

    @Test
    void wordsAreRunsOfLettersOrDigitsWithInnerApostrophesAndHyphens() {
        assertEquals(5, SpeakerShares.words("I'm here \u2014 self-help, 2 times."));
        assertEquals(0, SpeakerShares.words(" \u2014 ... "));
    }

    @Test
    void eachSpeakerGetsTurnsWordsAndTheirShareOfEveryCode() {
        Project project = Ids.assign(F.createProject());
        Codebook codebook = Ids.assign(F.createCodebook());
        Code support = code(codebook, "Mutual support");
        code(codebook, "Rehearsal");
        Code sharing = code(codebook, "Sharing data");
        project.getCodebooks().add(codebook);
        Participant dana = participant(project, "Dana");
        Participant lee = participant(project, "Lee");
        Coder coder = Ids.assign(F.createCoder());
        project.getCoders().add(coder);
        Document document = Ids.assign(F.createDocument());
        document.setText("Hello all.\nI was scared, too.\nMe too.\n");
        turn(document, dana, 0, 10);
        turn(document, lee, 11, 29);
        turn(document, dana, 30, 37);
        project.getDocuments().add(document);
        coding(document, coder, support, 11, 20);
        coding(document, coder, support, 30, 35);
        coding(document, coder, support, 13, 16);
        coding(document, coder, sharing, 0, 5);

        SpeakerShares shares = SpeakerShares.of(project, Document::getCodings);

        assertEquals(List.of(support, sharing), shares.codes(), "codes in codebook order, unused ones left out");
        SpeakerShares.Row first = shares.rows().get(0);
        assertEquals(new SpeakerShares.Row("Dana", 2, 4, List.of(1, 1)), first);
        assertEquals(new SpeakerShares.Row("Lee", 1, 4, List.of(2, 0)), shares.rows().get(1));
        assertEquals(1.0 / 3.0, shares.share(first, 0), 1e-12);
        assertEquals(1.0, shares.share(first, 1), 1e-12);
        assertEquals(List.of(), SpeakerShares.of(project, d -> List.of()).codes(), "only the codings the layers show count");
    }

    private static Code code(Codebook codebook, String name) {
        Code code = Ids.assign(F.createCode());
        code.setName(name);
        codebook.getCodes().add(code);
        return code;
    }

    private static Participant participant(Project project, String name) {
        Participant participant = Ids.assign(F.createParticipant());
        participant.setPseudonym(name);
        project.getParticipants().add(participant);
        return participant;
    }

    private static void turn(Document document, Participant speaker, int start, int end) {
        Turn turn = Ids.assign(F.createTurn());
        turn.setSpeaker(speaker);
        turn.setStart(start);
        turn.setEnd(end);
        document.getTurns().add(turn);
    }

    private static void coding(Document document, Coder coder, Code code, int start, int end) {
        Coding coding = Ids.assign(F.createCoding());
        coding.setCoder(coder);
        coding.setCode(code);
        coding.setStart(start);
        coding.setEnd(end);
        document.getCodings().add(coding);
    }
}
