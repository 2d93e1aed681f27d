package org.sameboat.interop.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.TextHash;

/**
 * Makes an exercise from a coded project: a copy of the chosen excerpts with their codebooks, participants and
 * groups, but no coder, coding, memo, case or retrieval set at all; the expert's codings of the exercise's codes
 * go into the sealed key instead. A whole document keeps its id (and so do codes and participants), so that
 * students' copies of one exercise merge by id; a run of turns becomes a document of its own.
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

    /** Makes an exercise of whole documents; see {@link #makeOf}. */
    public Made make(Variant variant, String goldCoder, List<Document> documents, String instructions, Instant made)
            throws InteropException {
        return makeOf(variant, goldCoder, documents.stream().map(Excerpt::whole).toList(), instructions, made);
    }

    /**
     * @param variant what the student is asked to do
     * @param goldCoder the expert's coder name (ignored, and may be empty, for the examples variant)
     * @param excerpts the chosen excerpts of the source (none for the examples variant)
     * @param instructions the instructor's words to the student
     * @param made when
     * @throws InteropException when the expert is not a coder of the source or coded none of the chosen material
     */
    public Made makeOf(Variant variant, String goldCoder, List<Excerpt> excerpts, String instructions, Instant made)
            throws InteropException {
        Codebook codebook = source.getCodebooks().stream().filter(b -> variant.codebook().equals(b.getName())).findFirst()
                .orElseThrow(() -> new InteropException("the project has no codebook '" + variant.codebook() + "' for a "
                        + variant.word() + " exercise"));
        Set<Code> codes = Set.copyOf(CodePaths.allCodes(codebook));
        Optional<Coder> expert = Optional.empty();
        if (variant.graded()) {
            if (excerpts.isEmpty()) {
                throw new InteropException("choose the excerpts: a " + variant.word() + " exercise needs at least one document");
            }
            expert = Lookups.coder(source, goldCoder);
            if (expert.isEmpty()) {
                throw new InteropException("no coder '" + goldCoder + "' in the project; its coders: "
                        + String.join(", ", source.getCoders().stream().map(Coder::getName).toList()));
            }
        }
        Map<Excerpt, Document> copies = new LinkedHashMap<>();
        Project copy = strippedCopy(excerpts, copies);
        List<SealedKey.GoldCoding> gold = new ArrayList<>();
        for (Map.Entry<Excerpt, Document> entry : copies.entrySet()) {
            Excerpt excerpt = entry.getKey();
            for (Coding coding : excerpt.document().getCodings()) {
                if (expert.isPresent() && coding.getCoder() == expert.get() && codes.contains(coding.getCode())) {
                    int start = Math.max(coding.getStart(), excerpt.start());
                    int end = Math.min(coding.getEnd(), excerpt.end());
                    if (start < end) {
                        // a coding cut to an excerpt is a new coding; a whole document's keeps its id
                        gold.add(new SealedKey.GoldCoding(excerpt.isWhole() ? coding.getId() : Ids.newId(), entry.getValue().getId(),
                                coding.getCode().getId(), start - excerpt.start(), end - excerpt.start(), coding.getCreated(),
                                coding.getMemo() == null ? "" : coding.getMemo()));
                    }
                }
            }
        }
        if (variant.graded() && gold.isEmpty()) {
            throw new InteropException(goldCoder + " coded nothing of the codebook '" + variant.codebook()
                    + "' in the chosen excerpts; choose excerpts the expert coded");
        }
        SealedKey key = new SealedKey(expert.map(Coder::getId).orElse(""), expert.map(Coder::getName).orElse(""),
                expert.map(Coder::getColour).filter(c -> c != null).orElse(""), gold);
        String from = source.getName() + (copies.isEmpty() ? "" : ": " + String.join(", ", copies.values().stream().map(Document::getName).toList()));
        ExerciseInfo info = new ExerciseInfo(variant, expert.map(Coder::getName).orElse(""), instructions, from, made, Optional.empty(),
                Map.of());
        return new Made(copy, key, info);
    }

    /** The source without anything a coder made, holding only the excerpts; fills in each excerpt's document. */
    private Project strippedCopy(List<Excerpt> excerpts, Map<Excerpt, Document> copies) {
        Project copy = EcoreUtil.copy(source);
        copy.setName("Exercise: " + source.getName());
        Map<String, Document> byId = new LinkedHashMap<>();
        copy.getDocuments().forEach(d -> byId.put(d.getId(), d));
        List<Document> kept = new ArrayList<>();
        for (Excerpt excerpt : excerpts) {
            Document document = byId.get(excerpt.document().getId());
            Document held = excerpt.isWhole() ? document : cut(document, excerpt);
            if (!kept.contains(held)) {
                kept.add(held);
            }
            copies.put(excerpt, held);
        }
        copy.getDocuments().clear();
        copy.getDocuments().addAll(kept);
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

    /** A run of a document's turns as a document of its own, its text and turns starting at 0. */
    private static Document cut(Document whole, Excerpt excerpt) {
        Document part = EcoreUtil.copy(whole);
        part.setId(Ids.newId());
        part.setName(whole.getName() + ", turns " + excerpt.first() + "-" + excerpt.last());
        part.setSourceName(null);
        String text = DocumentText.of(whole.getText()).slice(excerpt.start(), excerpt.end());
        part.setText(text);
        part.setContentHash(TextHash.of(text));
        part.getCodings().clear();
        List<Turn> turns = new ArrayList<>(part.getTurns().subList(excerpt.first() - 1, excerpt.last()));
        part.getTurns().retainAll(turns);
        for (Turn turn : part.getTurns()) {
            turn.setId(Ids.newId());
            turn.setStart(turn.getStart() - excerpt.start());
            turn.setEnd(turn.getEnd() - excerpt.start());
        }
        return part;
    }
}
