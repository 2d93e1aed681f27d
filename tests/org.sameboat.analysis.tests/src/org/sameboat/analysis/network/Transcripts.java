package org.sameboat.analysis.network;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Turn;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.Lookups;

/** Hand-made transcripts for the network tests: participants by name, documents of "Name: words" lines. */
final class Transcripts {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T12:00:00Z"), ZoneOffset.UTC);
    private static final SameboatFactory F = SameboatFactory.eINSTANCE;

    final Project project = Ids.assign(F.createProject());
    final Map<String, Participant> people = new LinkedHashMap<>();

    Transcripts(String... codes) {
        project.setName("network");
        Codebook codebook = Ids.assign(F.createCodebook());
        codebook.setName("Dynamics");
        for (String name : codes) {
            Code code = Ids.assign(F.createCode());
            code.setName(name);
            codebook.getCodes().add(code);
        }
        project.getCodebooks().add(codebook);
    }

    Transcripts person(String name, SpeakerRole role) {
        Participant p = Ids.assign(F.createParticipant());
        p.setPseudonym(name);
        p.setRole(role);
        project.getParticipants().add(p);
        people.put(name, p);
        return this;
    }

    /** A document of turns given as "Name: words" lines. */
    Document document(String name, Integer session, String... lines) {
        Document document = Ids.assign(F.createDocument());
        document.setName(name);
        document.setSession(session);
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            int colon = line.indexOf(": ");
            text.append(line, 0, colon + 2);
            int start = text.length();
            text.append(line.substring(colon + 2));
            Turn turn = Ids.assign(F.createTurn());
            turn.setStart(start);
            turn.setEnd(text.length());
            turn.setSpeaker(people.get(line.substring(0, colon)));
            document.getTurns().add(turn);
            text.append('\n');
        }
        document.setText(text.toString());
        project.getDocuments().add(document);
        return document;
    }

    /** Codes a whole turn (from 0) with the named code. */
    Coding code(Document document, int turn, String code, String coder) {
        Turn t = document.getTurns().get(turn);
        Code c = project.getCodebooks().get(0).getCodes().stream().filter(x -> x.getName().equals(code)).findFirst().orElseThrow();
        return Codings.add(document, c, Lookups.coderOrNew(project, coder), t.getStart(), t.getEnd(), CLOCK);
    }
}
