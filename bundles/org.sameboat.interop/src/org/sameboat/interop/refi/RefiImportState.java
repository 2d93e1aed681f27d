package org.sameboat.interop.refi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.sameboat.interop.InteropException;
import org.sameboat.model.AttributeDefinition;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Identified;
import org.sameboat.model.Memo;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.w3c.dom.Element;

/**
 * What the readers of one REFI import share: the project being built, the warnings, the ids, and what each part
 * of the file became, by id, so that later parts can refer to earlier ones.
 */
final class RefiImportState {

    /** Reads the file a plainTextPath names; empty when it cannot be found (the reason goes to the warnings). */
    @FunctionalInterface
    interface SourceFiles {
        Optional<byte[]> read(String plainTextPath, List<String> warnings) throws InteropException;
    }

    static final SameboatFactory F = SameboatFactory.eINSTANCE;

    final Element root;
    final String label;
    final Project project = F.createProject();
    final List<String> warnings = new ArrayList<>();
    final RefiIds ids = new RefiIds(warnings);
    final Map<String, Coder> coders = new HashMap<>();
    final Map<String, Code> codes = new HashMap<>();
    final Map<String, AttributeDefinition> variables = new HashMap<>();
    final Map<String, Document> documents = new HashMap<>();
    /** Participants by the id the Sameboat note gives them. */
    final Map<String, Participant> participants = new HashMap<>();
    /** GUIDs of sources that were left out on purpose, so that references to them are not called dangling. */
    final Set<String> skippedSources = new HashSet<>();
    /** What each note is attached to, by note GUID, in the order found. */
    final Map<String, List<Identified>> noteTargets = new LinkedHashMap<>();
    /** Notes attached to codings, by note GUID: candidates for a coding's own memo. */
    final Map<String, List<Coding>> codingNotes = new HashMap<>();
    /** What each text selection became, by selection GUID, so that links to a selection reach its codings. */
    final Map<String, List<Identified>> selections = new HashMap<>();
    /** The Sameboat note of a file Sameboat wrote (what REFI has no place for), or null. */
    final SameboatNote sameboat;
    private final SourceFiles files;
    private final Map<String, Integer> notCarried = new TreeMap<>();

    RefiImportState(Element root, String label, SourceFiles files) {
        this.root = root;
        this.label = label;
        this.files = files;
        this.sameboat = findSameboatNote().orElse(null);
    }

    /** Counts elements of a kind Sameboat has no place for, for one warning per kind at the end. */
    void count(String what, int n) {
        if (n > 0) {
            notCarried.merge(what, n, Integer::sum);
        }
    }

    /** One warning per kind of element that was not carried. */
    void warnNotCarried() {
        notCarried.forEach((what, n) -> warnings.add(n + " " + what + " not carried: Sameboat has no place for them"));
    }

    /** Remembers the notes an element refers to, for attaching them when the notes are read. */
    void noteRefs(Element element, Identified target) {
        for (Element noteRef : Dom.children(element, "NoteRef")) {
            ids.ref(noteRef, "targetGUID").ifPresent(note -> noteTargets.computeIfAbsent(note, k -> new ArrayList<>()).add(target));
        }
    }

    /** Adds a memo made on import (a source's description, say) about one element. */
    void memo(String title, String text, Identified about) {
        Memo memo = ids.fresh(F.createMemo());
        memo.setTitle(title);
        memo.setText(text);
        memo.getAbout().add(about);
        project.getMemos().add(memo);
    }

    /** The text of a source or note, inline or from the file its plainTextPath names; empty (with a warning) when unreadable. */
    Optional<String> text(Element element, String what) throws InteropException {
        Optional<Element> inline = Dom.child(element, "PlainTextContent");
        if (inline.isPresent()) {
            return Optional.of(inline.get().getTextContent());
        }
        Optional<String> path = Dom.attr(element, "plainTextPath");
        if (path.isEmpty()) {
            warnings.add(what + " has neither PlainTextContent nor plainTextPath; it was skipped");
            return Optional.empty();
        }
        Optional<byte[]> bytes = files.read(path.get(), warnings);
        if (bytes.isEmpty()) {
            warnings.add(what + ": its text " + path.get() + " is not in the archive; it was skipped");
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.get())).toString());
        } catch (CharacterCodingException e) {
            warnings.add(what + ": its text " + path.get() + " is not UTF-8 as REFI-QDA requires; it was skipped");
            return Optional.empty();
        }
    }

    private Optional<SameboatNote> findSameboatNote() {
        for (Element note : Dom.grandchildren(root, "Notes", "Note")) {
            if (SameboatNote.NOTE_NAME.equals(Dom.attr(note, "name").orElse(""))) {
                Optional<SameboatNote> parsed = Dom.childText(note, "PlainTextContent").flatMap(SameboatNote::parse);
                if (parsed.isEmpty()) {
                    warnings.add("note '" + SameboatNote.NOTE_NAME + "' is not in a form this Sameboat reads; it is kept as an ordinary memo");
                }
                return parsed;
            }
        }
        return Optional.empty();
    }
}
