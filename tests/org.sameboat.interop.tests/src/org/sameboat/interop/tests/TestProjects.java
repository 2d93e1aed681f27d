package org.sameboat.interop.tests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.sameboat.model.AttributeDefinition;
import org.sameboat.model.AttributeType;
import org.sameboat.model.AttributeValue;
import org.sameboat.model.Case;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Identified;
import org.sameboat.model.Memo;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatPackage;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.text.TextHash;

/** Projects made in code for the interop tests, and a way to compare two projects element by element. */
final class TestProjects {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T12:00:00Z"), ZoneOffset.UTC);
    static final SameboatFactory F = SameboatFactory.eINSTANCE;
    /** Speaker labels in the text, an emoji (two UTF-16 units, one code point) and a name said inside a turn. */
    static final String TEXT = "Ana: I felt alone with it.\nBen: Me too \uD83D\uDE42 every week, Ana.\n";

    private TestProjects() {
    }

    /**
     * One document of two turns, two coders, four codings (two on the same range), a coding memo, memos about the
     * document, a coding and a participant, a case with a participant, typed attributes on all three owners, a
     * group, and a second codebook with a nested code.
     */
    static Project small() {
        Project project = ProjectTemplate.create("Fixture");
        project.setDescription("A project made in code.");
        Participant ana = participant(project, "Ana", SpeakerRole.WORKER);
        Participant ben = participant(project, "Ben", SpeakerRole.MEMBER);
        Group group = Ids.assign(F.createGroup());
        group.setName("Tuesday group");
        group.setDescription("meets weekly");
        project.getGroups().add(group);
        Document document = document(project, "session 1", TEXT);
        document.setSession(1);
        document.setDate("2025-01-07");
        document.setStage(Stage.BEGINNING);
        document.setGroup(group);
        document.getTurns().add(turn(ana, 5, 26, 0L));
        document.getTurns().add(turn(ben, 32, 57, 4_000L));
        Coder alex = Lookups.coderOrNew(project, "alex");
        alex.setColour("#112233");
        Coder sam = Lookups.coderOrNew(project, "sam");
        Code sameBoat = CodePaths.find(project, "All in the same boat").orElseThrow();
        Code support = CodePaths.find(project, "5").orElseThrow();
        Codebook own = Ids.assign(F.createCodebook());
        own.setName("Our codes");
        own.setDescription("Codes we added");
        Code feelings = code("Feelings", "#00ff00", "Emotions named by members");
        feelings.setApplicable(false);
        Code loneliness = code("Loneliness", "#0000FF", "Feeling alone");
        loneliness.setInclusion("explicit mentions");
        loneliness.getIndicators().add("alone");
        feelings.getChildren().add(loneliness);
        own.getCodes().add(feelings);
        project.getCodebooks().add(own);
        Codings.add(document, sameBoat, alex, 5, 26, CLOCK).setMemo("isolation theme");
        Codings.add(document, sameBoat, sam, 32, 57, CLOCK);
        Codings.add(document, support, sam, 35, 40, CLOCK);
        Coding lonely = Codings.add(document, loneliness, alex, 35, 40, CLOCK);
        memo(project, "First impressions", "Members name isolation early.", alex, document);
        memo(project, "On the emoji", "A smile after 'me too'.", sam, lonely);
        memo(project, "Ana", "Leads the group.", null, ana);
        memo(project, "Project memo", "Overall thoughts.", alex);
        memo(project, "To write", null, sam, group).setModified(CLOCK.millis() + 1);
        AttributeDefinition age = definition(project, "age", AttributeType.NUMBER);
        AttributeDefinition score = definition(project, "score", AttributeType.NUMBER);
        AttributeDefinition recorded = definition(project, "recorded", AttributeType.BOOLEAN);
        AttributeDefinition since = definition(project, "since", AttributeType.DATE);
        AttributeDefinition place = definition(project, "place", AttributeType.TEXT);
        place.setDescription("where the group meets");
        ana.getAttributes().add(value(age, "47"));
        document.getAttributes().add(value(recorded, "true"));
        document.getAttributes().add(value(place, "library"));
        document.getAttributes().add(value(score, "2.5"));
        Case spouses = Ids.assign(F.createCase());
        spouses.setName("spouses");
        spouses.setDescription("members caring for a spouse");
        spouses.getParticipants().add(ben);
        spouses.getDocuments().add(document);
        spouses.getAttributes().add(value(since, "2024-09-01"));
        project.getCases().add(spouses);
        return project;
    }

    static Document document(Project project, String name, String text) {
        Document document = Ids.assign(F.createDocument());
        document.setName(name);
        document.setSourceName(name + ".txt");
        document.setText(text);
        document.setContentHash(TextHash.of(text));
        project.getDocuments().add(document);
        return document;
    }

    static Code code(String name, String colour, String definition) {
        Code code = Ids.assign(F.createCode());
        code.setName(name);
        code.setColour(colour);
        code.setDefinition(definition);
        return code;
    }

    static Memo memo(Project project, String title, String text, Coder author, Identified... about) {
        Memo memo = Ids.assign(F.createMemo());
        memo.setTitle(title);
        memo.setText(text);
        memo.setAuthor(author);
        memo.setCreated(CLOCK.millis());
        memo.getAbout().addAll(List.of(about));
        project.getMemos().add(memo);
        return memo;
    }

    static AttributeDefinition definition(Project project, String name, AttributeType type) {
        AttributeDefinition definition = Ids.assign(F.createAttributeDefinition());
        definition.setName(name);
        definition.setType(type);
        project.getAttributeDefinitions().add(definition);
        return definition;
    }

    static AttributeValue value(AttributeDefinition definition, String text) {
        AttributeValue value = F.createAttributeValue();
        value.setDefinition(definition);
        value.setValue(text);
        return value;
    }

    static Participant participant(Project project, String name, SpeakerRole role) {
        Participant participant = Ids.assign(F.createParticipant());
        participant.setPseudonym(name);
        participant.setRole(role);
        project.getParticipants().add(participant);
        return participant;
    }

    static Turn turn(Participant speaker, int start, int end, long time) {
        Turn turn = Ids.assign(F.createTurn());
        turn.setSpeaker(speaker);
        turn.setStart(start);
        turn.setEnd(end);
        turn.setTime(time);
        return turn;
    }

    /** Every fact of a project as sorted lines, ids included, so that two projects compare with one assertion. */
    static List<String> facts(Project p) {
        List<String> facts = new ArrayList<>();
        facts.add("project " + p.getId() + " " + p.getName() + " | " + p.getDescription());
        p.getCodebooks().forEach(b -> facts.add("codebook " + b.getId() + " " + b.getName() + " | " + b.getDescription() + " " + b.isBuiltIn()
                + " " + b.getCodes().stream().map(Code::getId).toList()));
        for (Code c : CodePaths.allCodes(p)) {
            facts.add("code " + c.getId() + " " + CodePaths.path(c) + " " + c.getColour() + " " + c.isApplicable() + " | " + c.getDefinition()
                    + " | " + c.getInclusion() + " | " + c.getExclusion() + " | " + c.getExample() + " | " + c.getIndicators() + " | "
                    + c.getSource() + " | " + c.getShortcut() + " | " + (c.eIsSet(SameboatPackage.Literals.CODE__APPLIES_TO) ? c.getAppliesTo() : "-")
                    + " " + c.getStarts());
        }
        p.getCoders().forEach(c -> facts.add("coder " + c.getId() + " " + c.getName() + " " + c.getColour()));
        p.getGroups().forEach(g -> facts.add("group " + g.getId() + " " + g.getName() + " | " + g.getDescription()));
        p.getParticipants().forEach(x -> facts.add("participant " + x.getId() + " " + x.getPseudonym() + " " + x.getRole() + " "
                + values(x.getAttributes())));
        p.getAttributeDefinitions().forEach(a -> facts.add("attribute " + a.getId() + " " + a.getName() + " " + a.getType() + " | "
                + a.getDescription()));
        for (Document d : p.getDocuments()) {
            facts.add("document " + d.getId() + " " + d.getName() + " " + d.getSourceName() + " " + d.getContentHash() + " "
                    + (d.getGroup() == null ? null : d.getGroup().getId()) + " " + d.getSession() + " " + d.getDate() + " " + d.getStage()
                    + " " + values(d.getAttributes()) + " text=" + d.getText());
            d.getTurns().forEach(t -> facts.add("turn " + d.getId() + " " + t.getId() + " " + t.getStart() + "-" + t.getEnd() + " "
                    + t.getTime() + " " + (t.getSpeaker() == null ? null : t.getSpeaker().getId())));
            d.getCodings().forEach(c -> facts.add("coding " + d.getId() + " " + c.getId() + " " + c.getCode().getId() + " "
                    + c.getCoder().getId() + " " + c.getStart() + "-" + c.getEnd() + " " + c.getCreated() + " | " + c.getMemo()));
        }
        p.getMemos().forEach(m -> facts.add("memo " + m.getId() + " " + m.getTitle() + " | " + m.getText() + " | "
                + (m.getAuthor() == null ? null : m.getAuthor().getId()) + " " + m.getCreated() + " " + m.getModified() + " "
                + m.getAbout().stream().map(Identified::getId).sorted().toList()));
        p.getCases().forEach(c -> facts.add("case " + c.getId() + " " + c.getName() + " | " + c.getDescription() + " "
                + c.getDocuments().stream().map(Identified::getId).toList() + " " + c.getParticipants().stream().map(Identified::getId).toList()
                + " " + values(c.getAttributes())));
        facts.sort(null);
        return facts;
    }

    private static String values(List<AttributeValue> values) {
        return values.stream().map(v -> v.getDefinition().getId() + "=" + v.getValue()).sorted().collect(Collectors.joining(",", "{", "}"));
    }
}
