package org.sameboat.team.tests;

import java.io.File;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.sameboat.model.AttributeDefinition;
import org.sameboat.model.AttributeType;
import org.sameboat.model.AttributeValue;
import org.sameboat.model.Case;
import org.sameboat.model.Code;
import org.sameboat.model.CodeRole;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Memo;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.text.TextHash;

/** Small projects for the team tests, and a Git that reads no configuration of the machine's. */
final class TeamFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);
    static final SameboatFactory F = SameboatFactory.eINSTANCE;
    static final String TEXT = "Ana: I felt alone with it.\nBen: Me too \uD83D\uDE42 every week.\n";

    private TeamFixtures() {
    }

    /** A project with one document of two turns, two coders, three codings, a memo, a case and attributes. */
    static Project smallProject() {
        Project project = ProjectTemplate.create("Team fixture");
        CodePaths.allCodes(project).forEach(code -> code.setAppliesTo(CodeRole.ANY));
        Participant ana = participant(project, "Ana", SpeakerRole.WORKER);
        Participant ben = participant(project, "Ben", SpeakerRole.MEMBER);
        Document document = Ids.assign(F.createDocument());
        document.setName("session 1");
        document.setSourceName("session-1.txt");
        document.setText(TEXT);
        document.setContentHash(TextHash.of(TEXT));
        document.setSession(1);
        document.setDate("2026-01-07");
        document.setStage(Stage.BEGINNING);
        document.getTurns().add(turn(ana, 5, 26, 0L));
        document.getTurns().add(turn(ben, 32, 52, 4_000L));
        project.getDocuments().add(document);
        Coder alex = Lookups.coderOrNew(project, "alex");
        Coder sam = Lookups.coderOrNew(project, "sam");
        Code sameBoat = CodePaths.find(project, "All in the same boat").orElseThrow();
        Code support = CodePaths.find(project, "5").orElseThrow();
        org.sameboat.model.edit.Codings.add(document, sameBoat, alex, 5, 26, CLOCK).setMemo("isolation theme");
        org.sameboat.model.edit.Codings.add(document, sameBoat, sam, 32, 52, CLOCK);
        org.sameboat.model.edit.Codings.add(document, support, sam, 35, 40, CLOCK);
        Memo memo = Ids.assign(F.createMemo());
        memo.setTitle("First impressions");
        memo.setText("Members name isolation early.\nA second line.");
        memo.setAuthor(alex);
        memo.getAbout().add(document);
        project.getMemos().add(memo);
        AttributeDefinition age = Ids.assign(F.createAttributeDefinition());
        age.setName("age");
        age.setType(AttributeType.NUMBER);
        project.getAttributeDefinitions().add(age);
        AttributeValue anaAge = F.createAttributeValue();
        anaAge.setDefinition(age);
        anaAge.setValue("47");
        ana.getAttributes().add(anaAge);
        Case caregivers = Ids.assign(F.createCase());
        caregivers.setName("spouses");
        caregivers.getParticipants().add(ben);
        caregivers.getDocuments().add(document);
        project.getCases().add(caregivers);
        return project;
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

    /** Keeps JGit away from the user's and the system's Git configuration, so that the tests read nothing outside. */
    static synchronized void hermeticGit(File emptyFolder) {
        SystemReader current = SystemReader.getInstance();
        if (current instanceof Hermetic) {
            return;
        }
        SystemReader.setInstance(new Hermetic(current, emptyFolder));
    }

    private static final class Hermetic extends SystemReader.Delegate {
        private final File folder;

        Hermetic(SystemReader delegate, File folder) {
            super(delegate);
            this.folder = folder;
        }

        @Override
        public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, new File(folder, "no-user-gitconfig"), fs);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, new File(folder, "no-system-gitconfig"), fs);
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, new File(folder, "no-jgit-config"), fs);
        }

        @Override
        public String getenv(String variable) {
            return variable.startsWith("GIT_") ? null : super.getenv(variable);
        }
    }
}
