package org.sameboat.interop.refi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.sameboat.interop.InteropException;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.TextHash;
import org.w3c.dom.Element;

/**
 * Text sources into documents, their selections into codings, and what the Sameboat note adds (session, stage,
 * turns). Media sources are skipped with their selections: Sameboat codes text only.
 */
final class SourceReader {

    private static final List<String> MEDIA_SOURCES = List.of("PictureSource", "PDFSource", "AudioSource", "VideoSource");

    private final RefiImportState state;
    private final VariableReader variables;
    /** Codings made so far, to keep the model's promise of no duplicate (document, code, coder, range). */
    private final Set<CodingKey> codingKeys = new HashSet<>();
    private Coder unknownCoder;

    private record CodingKey(Document document, Code code, Coder coder, int start, int end) {
    }

    SourceReader(RefiImportState state, VariableReader variables) {
        this.state = state;
        this.variables = variables;
    }

    /** Needs coders, codes, variables and participants read first. */
    void readSources() throws InteropException {
        Element sources = Dom.child(state.root, "Sources").orElse(null);
        if (sources == null) {
            return;
        }
        Map<String, Integer> media = new TreeMap<>();
        for (Element element : Dom.children(sources, "TextSource")) {
            readTextSource(element);
        }
        for (String kind : MEDIA_SOURCES) {
            for (Element element : Dom.children(sources, kind)) {
                state.ids.ref(element, "guid").ifPresent(state.skippedSources::add);
                media.merge(kind, 1, Integer::sum);
            }
        }
        media.forEach((kind, n) -> state.warnings.add(n + " " + kind + (n == 1 ? " was" : "s were")
                + " skipped with their selections: Sameboat codes text only"));
    }

    private void readTextSource(Element element) throws InteropException {
        String name = Dom.attr(element, "name").orElse("(unnamed source)");
        String what = "text source '" + name + "'";
        Optional<String> raw = state.text(element, what);
        if (raw.isEmpty()) {
            state.ids.ref(element, "guid").ifPresent(state.skippedSources::add);
            return;
        }
        RefiText text = RefiText.of(raw.get());
        Document document = state.ids.identify(RefiImportState.F.createDocument(), element, what);
        document.setName(name);
        document.setSourceName(name);
        document.setText(text.normalised());
        document.setContentHash(TextHash.of(text.normalised()));
        Dom.childText(element, "Description").ifPresent(description -> state.memo("Description of " + name, description, document));
        SameboatNote.DocumentData data = state.sameboat == null ? null
                : state.sameboat.documentsOrEmpty().get(state.ids.original(document));
        if (data != null) {
            applyDocumentData(document, data);
        }
        state.project.getDocuments().add(document);
        state.documents.put(document.getId(), document);
        state.noteRefs(element, document);
        variables.readValues(element, document.getAttributes(), what);
        int uncoded = 0;
        for (Element selection : Dom.children(element, "PlainTextSelection")) {
            uncoded += readSelection(selection, document, text, what);
        }
        for (Element coding : Dom.children(element, "Coding")) {
            // a coding directly on a source codes all of it
            readCoding(coding, element, document, 0, DocumentText.of(text.normalised()).length(), what);
        }
        if (uncoded > 0) {
            state.warnings.add(what + ": " + uncoded + " selection" + (uncoded == 1 ? "" : "s")
                    + " without codings not kept: Sameboat keeps coded ranges only");
        }
    }

    private void applyDocumentData(Document document, SameboatNote.DocumentData data) {
        if (data.sourceName() != null) {
            document.setSourceName(data.sourceName());
        }
        document.setSession(data.session());
        if (data.date() != null && RefiValues.isIsoDate(data.date())) {
            document.setDate(data.date());
        } else if (data.date() != null) {
            state.warnings.add("document '" + document.getName() + "' has date '" + data.date() + "', not yyyy-mm-dd; it was left out");
        }
        Stage stage = data.stage() == null ? null : Stage.get(data.stage());
        if (stage != null) {
            document.setStage(stage);
        }
        int length = DocumentText.of(document.getText()).length();
        int previousEnd = 0;
        List<Turn> turns = new ArrayList<>();
        for (SameboatNote.TurnData t : data.turns() == null ? List.<SameboatNote.TurnData>of() : data.turns()) {
            if (t.start() < previousEnd || t.start() > t.end() || t.end() > length) {
                state.warnings.add("the turns of '" + document.getName() + "' do not fit its text; they were left out");
                return;
            }
            previousEnd = t.end();
            Turn turn = RefiImportState.F.createTurn();
            turn.setId(state.ids.noteId(t.id(), "a turn of '" + document.getName() + "'"));
            turn.setStart(t.start());
            turn.setEnd(t.end());
            turn.setTime(t.time());
            turn.setSpeaker(t.speaker() == null ? null : state.participants.get(t.speaker()));
            turns.add(turn);
        }
        document.getTurns().addAll(turns);
    }

    /** Reads a selection and its codings; returns 1 when it has none (for the warning), else 0. */
    private int readSelection(Element selection, Document document, RefiText text, String what) {
        List<Element> codings = Dom.children(selection, "Coding");
        Optional<Long> start = RefiValues.number(selection, "startPosition");
        Optional<Long> end = RefiValues.number(selection, "endPosition");
        String guid = Dom.attr(selection, "guid").orElse("(no guid)");
        if (start.isEmpty() || end.isEmpty() || !text.contains(start.get(), end.get())) {
            state.warnings.add(what + ": selection " + guid + " (" + Dom.attr(selection, "startPosition").orElse("?") + "-"
                    + Dom.attr(selection, "endPosition").orElse("?") + ") lies outside the text (" + text.rawLength()
                    + " characters); it and its " + codings.size() + " coding(s) were skipped"
                    + (end.isPresent() && end.get() <= text.rawUtf16Length() ? "; the exporting program may count UTF-16 units,"
                            + " not characters" : ""));
            return 0;
        }
        int from = text.offset(start.get());
        int to = text.offset(end.get());
        if (from >= to) {
            state.warnings.add(what + ": selection " + guid + " covers only a line-end half; it was skipped");
            return 0;
        }
        if (codings.isEmpty()) {
            return 1;
        }
        List<Coding> made = new ArrayList<>();
        for (Element coding : codings) {
            readCoding(coding, selection, document, from, to, what).ifPresent(made::add);
        }
        state.ids.ref(selection, "guid").ifPresent(id -> state.selections.put(id, made.isEmpty() ? List.of(document) : List.copyOf(made)));
        Optional<String> description = Dom.childText(selection, "Description");
        for (Coding coding : made) {
            if (description.isPresent() && coding.getMemo() == null) {
                coding.setMemo(description.get());
            }
        }
        for (Element noteRef : Dom.children(selection, "NoteRef")) {
            state.ids.ref(noteRef, "targetGUID").ifPresent(note -> state.noteTargets.computeIfAbsent(note, k -> new ArrayList<>())
                    .addAll(made.isEmpty() ? List.of(document) : made));
        }
        return 0;
    }

    private Optional<Coding> readCoding(Element xml, Element owner, Document document, int start, int end, String what) {
        Optional<String> codeRef = Dom.child(xml, "CodeRef").flatMap(r -> state.ids.ref(r, "targetGUID"));
        Code code = codeRef.map(state.codes::get).orElse(null);
        if (code == null) {
            state.warnings.add(what + ": a coding names code " + codeRef.orElse("(none)") + ", which does not exist; it was skipped");
            return Optional.empty();
        }
        Coder coder = coder(xml, owner, what);
        if (!codingKeys.add(new CodingKey(document, code, coder, start, end))) {
            state.warnings.add(what + ": code '" + code.getName() + "' by " + coder.getName() + " on " + start + "-" + end
                    + " is given twice; kept once");
            return Optional.empty();
        }
        Coding coding = state.ids.identify(RefiImportState.F.createCoding(), xml, what + " coding");
        coding.setCode(code);
        coding.setCoder(coder);
        coding.setStart(start);
        coding.setEnd(end);
        coding.setCreated(RefiValues.time(xml, "creationDateTime").or(() -> RefiValues.time(owner, "creationDateTime")).orElse(0L));
        document.getCodings().add(coding);
        for (Element noteRef : Dom.children(xml, "NoteRef")) {
            state.ids.ref(noteRef, "targetGUID").ifPresent(note -> {
                state.noteTargets.computeIfAbsent(note, k -> new ArrayList<>()).add(coding);
                state.codingNotes.computeIfAbsent(note, k -> new ArrayList<>()).add(coding);
            });
        }
        return Optional.of(coding);
    }

    private Coder coder(Element coding, Element owner, String what) {
        Optional<String> user = state.ids.ref(coding, "creatingUser").or(() -> state.ids.ref(owner, "creatingUser"));
        if (user.isPresent() && state.coders.containsKey(user.get())) {
            return state.coders.get(user.get());
        }
        if (user.isPresent()) {
            state.warnings.add(what + ": a coding names user " + user.get()
                    + ", who is not among the users; it is given to 'unknown coder'");
        }
        if (unknownCoder == null) {
            unknownCoder = state.ids.fresh(RefiImportState.F.createCoder());
            unknownCoder.setName("unknown coder");
            state.project.getCoders().add(unknownCoder);
            state.warnings.add("codings without a known user are given to the coder 'unknown coder'");
        }
        return unknownCoder;
    }
}
