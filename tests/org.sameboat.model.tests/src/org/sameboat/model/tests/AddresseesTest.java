package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.address.Addressee;
import org.sameboat.model.address.AddresseeRule;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.address.Addressing;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.EditHistory;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.edit.ProjectTemplate;

/** The addressee rule, turn by turn, with its known misses, and the coder's word over it (undoable). */
class AddresseesTest {

    private final Project project = ProjectTemplate.create("Addressees");
    private final Participant dana = Fixtures.participant(project, "Dana", SpeakerRole.WORKER);
    private final Participant ruth = Fixtures.participant(project, "Ruth", SpeakerRole.MEMBER);
    private final Participant marcus = Fixtures.participant(project, "Marcus", SpeakerRole.MEMBER);
    private final Participant maryAnn = Fixtures.participant(project, "Mary Ann", SpeakerRole.MEMBER);
    private final Participant mary = Fixtures.participant(project, "Mary", SpeakerRole.MEMBER);

    /** A document of "Speaker: words" lines, one turn each. */
    private Document document(Object... speakersAndWords) {
        StringBuilder text = new StringBuilder();
        Document document = Ids.assign(Fixtures.F.createDocument());
        document.setName("d" + project.getDocuments().size());
        for (int i = 0; i < speakersAndWords.length; i += 2) {
            Participant speaker = (Participant) speakersAndWords[i];
            text.append(speaker.getPseudonym()).append(": ");
            int start = text.length();
            text.append((String) speakersAndWords[i + 1]);
            document.getTurns().add(Fixtures.turn(speaker, start, text.length(), 0L));
            text.append('\n');
        }
        document.setText(text.toString());
        project.getDocuments().add(document);
        return document;
    }

    private static List<String> labels(Document document) {
        return Addressees.of(document).stream().map(a -> a.to().label()).toList();
    }

    @Test
    void theFirstTurnOfADocumentIsAddressedToTheGroup() {
        assertEquals(List.of("group"), labels(document(dana, "Let's begin.")));
    }

    @Test
    void aTurnWithoutNameOrGroupWordIsAddressedToThePreviousOtherSpeaker() {
        Document d = document(dana, "How was the week?", ruth, "Hard.", ruth, "Really hard.", marcus, "Same here.");
        assertEquals(List.of("group", "Dana", "Dana", "Ruth"), labels(d));
    }

    @Test
    void aNamedParticipantIsTheAddresseeEvenWhenSomeoneElseSpokeLast() {
        Document d = document(dana, "Welcome back.", ruth, "Thanks.", marcus, "Dana, can I say something?");
        assertEquals("Dana", labels(d).get(2));
    }

    @Test
    void theSpeakersOwnNameIsNotAnAddress() {
        Document d = document(dana, "Hello.", ruth, "I'm Ruth, and Marcus knows me.");
        assertEquals("Marcus", labels(d).get(1));
        Document alone = document(dana, "Hello.", ruth, "Ruth here.");
        assertEquals("Dana", labels(alone).get(1));
    }

    @Test
    void groupWordsAddressTheGroupInAnyCase() {
        for (String words : List.of("Does everyone agree?", "I want ALL OF YOU to hear this.", "Thank you all.",
                "Y'all know what I mean.", "Y’all know.", "Has anybody else felt that?")) {
            Document d = document(dana, "Hello.", ruth, words);
            assertEquals("group", labels(d).get(1), words);
        }
    }

    @Test
    void aNameBeatsAGroupWordAndOnlyWholeWordsCount() {
        Document d = document(dana, "Hello.", ruth, "Marcus, did everyone hear that?");
        assertEquals("Marcus", labels(d).get(1));
        Document partOfAWord = document(dana, "Hello.", ruth, "Everyoneish Rutherford Danas and the Marcusses.");
        assertEquals("Dana", labels(partOfAWord).get(1), "no whole name, no group word: the previous speaker");
    }

    @Test
    void namesAreMatchedWithTheirCapitalsAndTheLongestNameWins() {
        Document d = document(dana, "Hello.", ruth, "Mary Ann, you said it.", marcus, "I mary well agree, Mary.");
        assertEquals(List.of("group", "Mary Ann", "Mary"), labels(d));
    }

    @Test
    void knownMissSupportToSomeoneNeitherNamedNorTheLastSpeaker() {
        // Marcus answers Ruth's worry of two turns back; the rule can only take the last speaker, Dana
        Document d = document(ruth, "I'm scared he won't know me.", dana, "That's a hard fear.", marcus,
                "You are not alone in that, it happened to me too.");
        assertEquals("Dana", labels(d).get(2));
    }

    @Test
    void knownMissANameUsedInTheThirdPerson() {
        // Marcus speaks to Dana about Ruth, but a named participant is taken as the addressee
        Document d = document(dana, "What do you make of it?", marcus, "I think Ruth is right about the home.");
        assertEquals("Ruth", labels(d).get(1));
    }

    @Test
    void aTurnWithoutSpeakerIsAddressedButNeverBecomesThePreviousSpeaker() {
        Document d = document(dana, "Hello.", ruth, "Hi.");
        d.getTurns().get(1).setSpeaker(null);
        Document withThird = document(dana, "Hello.", ruth, "Hi.", marcus, "Yes.");
        withThird.getTurns().get(1).setSpeaker(null);
        assertEquals(List.of("group", "Dana"), labels(d));
        assertEquals(List.of("group", "Dana", "Dana"), labels(withThird));
    }

    @Test
    void theCodersWordOverridesTheRuleAndUndoBringsTheRuleBack() {
        Document d = document(dana, "Hello.", ruth, "Thanks.", marcus, "Same.");
        EditHistory history = new EditHistory();
        history.edit("Addressed to the group", List.of(d), () -> {
            Addressees.set(d.getTurns().get(2), Optional.of(Addressee.GROUP));
            return d;
        });
        history.edit("Addressed to Dana", List.of(d), () -> {
            Addressees.set(d.getTurns().get(1), Optional.of(new Addressee.Person(marcus)));
            return d;
        });
        assertEquals(List.of("group", "Marcus", "group"), labels(d));
        assertEquals(List.of(false, true, true), Addressees.of(d).stream().map(Addressing::set).toList());

        history.undo();
        assertEquals(List.of("group", "Dana", "group"), labels(d));
        history.undo();
        assertEquals(List.of("group", "Dana", "Ruth"), labels(d));
        history.redo();
        assertEquals(List.of("group", "Dana", "group"), labels(d));
    }

    @Test
    void settingOneKindOfAddresseeClearsTheOther() {
        Document d = document(dana, "Hello.", ruth, "Thanks.");
        Addressees.set(d.getTurns().get(1), Optional.of(Addressee.GROUP));
        Addressees.set(d.getTurns().get(1), Optional.of(new Addressee.Person(marcus)));
        assertFalse(d.getTurns().get(1).isAddressedToGroup());
        Addressees.set(d.getTurns().get(1), Optional.empty());
        assertTrue(Addressees.set(d.getTurns().get(1)).isEmpty());
    }

    @Test
    void aCodingTakesItsTurnsAddresseeUnlessItsOwnIsSet() {
        Document d = document(dana, "Hello.", ruth, "Thanks.", marcus, "Same here, Ruth.");
        Coder sam = Lookups.coderOrNew(project, "sam");
        var support = CodePaths.find(project, "Mutual support").orElseThrow();
        int start = d.getTurns().get(2).getStart();
        Coding inherited = Codings.add(d, support, sam, start, start + 4, Fixtures.CLOCK);
        Coding own = Codings.add(d, support, sam, start + 5, start + 9, Fixtures.CLOCK);
        Addressees.set(own, Optional.of(Addressee.GROUP));
        List<Addressing> turns = Addressees.of(d);
        assertEquals(new Addressing(new Addressee.Person(ruth), false), Addressees.of(inherited, d, turns).orElseThrow());
        assertEquals(new Addressing(Addressee.GROUP, true), Addressees.of(own, d, turns).orElseThrow());
    }

    @Test
    void theRuleEqualsAPlainReadingOfItOnRandomDocuments() {
        // brute force: for each turn walk back for the last other speaker and search every name by indexOf
        java.util.Random random = new java.util.Random(15);
        List<Participant> people = List.of(dana, ruth, marcus);
        String[] words = {"Dana", "Ruth", "Marcus", "everyone", "yes", "no", "well", "I", "think"};
        for (int round = 0; round < 50; round++) {
            List<Object> script = new ArrayList<>();
            int turns = 1 + random.nextInt(8);
            for (int t = 0; t < turns; t++) {
                script.add(people.get(random.nextInt(3)));
                StringBuilder line = new StringBuilder();
                for (int w = 0, n = 1 + random.nextInt(4); w < n; w++) {
                    line.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                }
                script.add(line.toString());
            }
            Document d = document(script.toArray());
            List<String> expected = new ArrayList<>();
            for (int t = 0; t < turns; t++) {
                Participant speaker = (Participant) script.get(2 * t);
                String line = (String) script.get(2 * t + 1);
                String named = null;
                int first = Integer.MAX_VALUE;
                for (Participant p : people) {
                    int at = (" " + line + " ").indexOf(" " + p.getPseudonym() + " ");
                    if (p != speaker && at >= 0 && at < first) {
                        first = at;
                        named = p.getPseudonym();
                    }
                }
                String previous = "group";
                for (int back = t - 1; back >= 0; back--) {
                    if (script.get(2 * back) != speaker) {
                        previous = ((Participant) script.get(2 * back)).getPseudonym();
                        break;
                    }
                }
                expected.add(named != null ? named : (" " + line + " ").contains(" everyone ") ? "group" : previous);
            }
            assertEquals(expected, labels(d), script.toString());
        }
    }

    @Test
    void aRuleWithoutParticipantsStillFindsGroupWordsAndThePreviousSpeaker() {
        AddresseeRule rule = AddresseeRule.of(List.of());
        assertEquals(Addressee.GROUP, rule.infer("Hello everyone", Optional.empty(), Optional.of(ruth)));
        assertEquals(new Addressee.Person(ruth), rule.infer("Hello Dana", Optional.empty(), Optional.of(ruth)));
    }
}
