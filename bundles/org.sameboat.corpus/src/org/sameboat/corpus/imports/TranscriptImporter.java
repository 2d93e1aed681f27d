package org.sameboat.corpus.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.text.TextHash;

/**
 * Brings sources into a project. All sources are parsed before the project is touched, so a bad file leaves
 * the project exactly as it was. Sources are parsed on as many threads as there are cores (up to four); they
 * enter the project in the order given, on the calling thread.
 */
public final class TranscriptImporter {

    private final Project project;

    public TranscriptImporter(Project project) {
        this.project = project;
    }

    /** Imports sources in one format (AUTO picks per file); utterance tables cannot be imported this way. */
    public ImportReport importSources(List<Source> sources, ImportFormat format, ImportProgress progress) throws ImportException {
        return importSources(sources, format, Optional.empty(), progress);
    }

    /**
     * Parses every source, then adds them all; when any source is bad the project is left untouched.
     *
     * @param columns the column mapping for utterance tables (needed when a source is CSV)
     */
    public ImportReport importSources(List<Source> sources, ImportFormat format, Optional<CsvColumns> columns,
            ImportProgress progress) throws ImportException {
        List<Prepared> transcripts = new ArrayList<>();
        int threads = Math.max(1, Math.min(Math.min(4, Runtime.getRuntime().availableProcessors()), sources.size()));
        if (threads == 1) {
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                progress.reading(i, sources.size(), source.name());
                format.parserFor(source, columns).parse(source).forEach(t -> transcripts.add(Prepared.of(t)));
            }
            return addPrepared(transcripts);
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("Sameboat import ", 1).factory())) {
            // the threads also make the documents and turns, with their ids and text hashes, which would otherwise be
            // done one by one on this thread; only what lives in the project (speakers, groups) is left for it
            List<Future<List<Prepared>>> parsed = new ArrayList<>();
            for (Source source : sources) {
                parsed.add(pool.submit(() -> format.parserFor(source, columns).parse(source).stream().map(Prepared::of).toList()));
            }
            try {
                // progress and the first failure in the order of the sources, as when they were read one by one
                for (int i = 0; i < sources.size(); i++) {
                    progress.reading(i, sources.size(), sources.get(i).name());
                    transcripts.addAll(parsed.get(i).get());
                }
            } catch (ExecutionException e) {
                parsed.forEach(f -> f.cancel(true));
                switch (e.getCause()) {
                    case ImportException bad -> throw bad;
                    case RuntimeException unexpected -> throw unexpected;
                    case Error error -> throw error;
                    default -> throw new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                parsed.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new ImportException("the import was interrupted");
            }
        }
        return addPrepared(transcripts);
    }

    /**
     * A parsed transcript made into a document that is not in any project yet, with its turns, ids and text hash:
     * everything that does not depend on the project, so that the parsing threads can make it.
     */
    private record Prepared(Transcript transcript, Document document) {

        static Prepared of(Transcript transcript) {
            Document document = SameboatFactory.eINSTANCE.createDocument();
            document.setId(Ids.newId());
            document.setName(transcript.name());
            document.setSourceName(transcript.sourceName());
            document.setText(transcript.text());
            document.setContentHash(TextHash.of(transcript.text()));
            Transcript.SessionMetadata metadata = transcript.metadata();
            metadata.session().ifPresent(document::setSession);
            metadata.date().ifPresent(document::setDate);
            metadata.stage().ifPresent(stage -> document.setStage(Stage.get(stage)));
            List<Turn> turns = new ArrayList<>(transcript.turns().size());
            for (Transcript.ParsedTurn parsed : transcript.turns()) {
                Turn turn = SameboatFactory.eINSTANCE.createTurn();
                turn.setId(Ids.newId());
                turn.setStart(parsed.start());
                turn.setEnd(parsed.end());
                parsed.timeMillis().ifPresent(turn::setTime);
                turns.add(turn);
            }
            document.getTurns().addAll(turns);
            return new Prepared(transcript, document);
        }
    }

    /** Adds parsed transcripts as documents; participants are matched by name, groups by name. */
    public ImportReport add(List<Transcript> transcripts) {
        return addPrepared(transcripts.stream().map(Prepared::of).toList());
    }

    /** Gives the prepared documents their group and speakers, which live in the project, and adds them to it. */
    private ImportReport addPrepared(List<Prepared> transcripts) {
        Map<String, Participant> participants = new HashMap<>();
        project.getParticipants().forEach(p -> participants.put(p.getPseudonym(), p));
        Map<String, String> knownHashes = new HashMap<>();
        project.getDocuments().forEach(d -> knownHashes.put(d.getContentHash(), d.getName()));
        List<Document> added = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int turnCount = 0;
        int before = project.getParticipants().size();
        for (Prepared prepared : transcripts) {
            Transcript transcript = prepared.transcript();
            Document document = prepared.document();
            warnings.addAll(transcript.warnings());
            transcript.metadata().group().ifPresent(name -> document.setGroup(group(name)));
            String sameText = knownHashes.putIfAbsent(document.getContentHash(), document.getName());
            if (sameText != null) {
                warnings.add(transcript.sourceName() + " has the same text as document '" + sameText + "' (imported again all the same)");
            }
            for (int i = 0; i < transcript.turns().size(); i++) {
                String name = transcript.turns().get(i).speaker();
                Participant speaker = participants.computeIfAbsent(name, this::newParticipant);
                if (transcript.metadata().workers().contains(name)) {
                    speaker.setRole(SpeakerRole.WORKER);
                }
                SpeakerRole role = transcript.roles().get(name);
                if (role != null) {
                    speaker.setRole(role);
                }
                document.getTurns().get(i).setSpeaker(speaker);
                turnCount++;
            }
            project.getDocuments().add(document);
            added.add(document);
        }
        return new ImportReport(added, turnCount, project.getParticipants().size() - before, warnings);
    }

    private Participant newParticipant(String name) {
        Participant participant = Ids.assign(SameboatFactory.eINSTANCE.createParticipant());
        participant.setPseudonym(name);
        participant.setRole(SpeakerRole.MEMBER);
        project.getParticipants().add(participant);
        return participant;
    }

    private Group group(String name) {
        for (Group group : project.getGroups()) {
            if (group.getName().equals(name)) {
                return group;
            }
        }
        Group group = Ids.assign(SameboatFactory.eINSTANCE.createGroup());
        group.setName(name);
        project.getGroups().add(group);
        return group;
    }
}
