package org.sameboat.interop.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.interop.InteropException;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;

/**
 * Makes an exercise from a coded project: a copy of the chosen documents with their codebooks, participants and
 * groups, but no coder, coding, memo, case or retrieval set at all; the expert's codings of the exercise's codes
 * go into the sealed key instead. Ids are kept, so that students' copies of one exercise merge by id.
 */
public final class ExerciseMaker {

    /** What making produced; the caller saves the project, then the key and the description beside it. */
    public record Made(Project project, SealedKey key, ExerciseInfo info) {
    }

    private final Project source;

    /** @param source the coded project; it is not changed */
    public ExerciseMaker(Project source) {
        this.source = source;
    }

    /**
     * @param variant what the student is asked to do
     * @param goldCoder the expert's coder name (ignored, and may be empty, for the examples variant)
     * @param documents the chosen documents of the source (none for the examples variant)
     * @param instructions the instructor's words to the student
     * @param made when
     * @throws InteropException when the expert is not a coder of the source or coded none of the chosen material
     */
    public Made make(Variant variant, String goldCoder, List<Document> documents, String instructions, Instant made)
            throws InteropException {
        Codebook codebook = source.getCodebooks().stream().filter(b -> variant.codebook().equals(b.getName())).findFirst()
                .orElseThrow(() -> new InteropException("the project has no codebook '" + variant.codebook() + "' for a "
                        + variant.word() + " exercise"));
        Set<Code> codes = Set.copyOf(CodePaths.allCodes(codebook));
        List<SealedKey.GoldCoding> gold = new ArrayList<>();
        Optional<Coder> expert = Optional.empty();
        if (variant.graded()) {
            if (documents.isEmpty()) {
                throw new InteropException("choose the excerpts: a " + variant.word() + " exercise needs at least one document");
            }
            expert = Lookups.coder(source, goldCoder);
            Coder coder = expert.orElseThrow(() -> new InteropException("no coder '" + goldCoder + "' in the project; its coders: "
                    + String.join(", ", source.getCoders().stream().map(Coder::getName).toList())));
            for (Document document : documents) {
                for (Coding coding : document.getCodings()) {
                    if (coding.getCoder() == coder && codes.contains(coding.getCode())) {
                        gold.add(new SealedKey.GoldCoding(coding.getId(), document.getId(), coding.getCode().getId(), coding.getStart(),
                                coding.getEnd(), coding.getCreated(), coding.getMemo() == null ? "" : coding.getMemo()));
                    }
                }
            }
            if (gold.isEmpty()) {
                throw new InteropException(goldCoder + " coded nothing of the codebook '" + variant.codebook()
                        + "' in the chosen documents; choose documents the expert coded");
            }
        }
        Project copy = strippedCopy(documents);
        SealedKey key = new SealedKey(expert.map(Coder::getId).orElse(""), expert.map(Coder::getName).orElse(""),
                expert.map(Coder::getColour).filter(c -> c != null).orElse(""), gold);
        String from = source.getName() + (documents.isEmpty() ? "" : ": " + String.join(", ", documents.stream().map(Document::getName).toList()));
        ExerciseInfo info = new ExerciseInfo(variant, expert.map(Coder::getName).orElse(""), instructions, from, made, Optional.empty(),
                Map.of());
        return new Made(copy, key, info);
    }

    /** The source without anything a coder made, and without the documents not chosen. */
    private Project strippedCopy(List<Document> documents) {
        Set<String> chosen = new HashSet<>();
        documents.forEach(d -> chosen.add(d.getId()));
        Project copy = EcoreUtil.copy(source);
        copy.setName("Exercise: " + source.getName());
        copy.getDocuments().removeIf(d -> !chosen.contains(d.getId()));
        copy.getMemos().clear();
        copy.getCases().clear();
        copy.getSegmentSets().clear();
        Set<Participant> speaking = new HashSet<>();
        Set<Object> groups = new HashSet<>();
        for (Document document : copy.getDocuments()) {
            document.getCodings().clear();
            groups.add(document.getGroup());
            for (Turn turn : document.getTurns()) {
                speaking.add(turn.getSpeaker());
                speaking.add(turn.getAddressee());
            }
        }
        copy.getCoders().clear();
        copy.getParticipants().removeIf(p -> !speaking.contains(p));
        copy.getGroups().removeIf(g -> !groups.contains(g));
        return copy;
    }
}
