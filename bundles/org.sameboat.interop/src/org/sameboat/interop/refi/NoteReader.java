package org.sameboat.interop.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.interop.InteropException;
import org.sameboat.model.Coding;
import org.sameboat.model.Identified;
import org.sameboat.model.Memo;
import org.w3c.dom.Element;

/**
 * REFI notes into memos about what referred to them, a note Sameboat wrote for a coding back into the coding's own
 * memo, and links from notes into what the memo is about.
 */
final class NoteReader {

    /** The name of the note Sameboat writes for a coding's memo. */
    static final String CODING_MEMO_NOTE = "Coding memo";

    private final RefiImportState state;

    NoteReader(RefiImportState state) {
        this.state = state;
    }

    /** Needs everything that can refer to a note read first. */
    void readNotes() throws InteropException {
        for (Element projectRef : Dom.children(state.root, "NoteRef")) {
            // notes on the project as a whole: a memo about nothing in particular is just that
            state.ids.ref(projectRef, "targetGUID").ifPresent(note -> state.noteTargets.computeIfAbsent(note, k -> new ArrayList<>()));
        }
        Set<String> notes = new HashSet<>();
        for (Element note : Dom.grandchildren(state.root, "Notes", "Note")) {
            String name = Dom.attr(note, "name").orElse("");
            state.ids.ref(note, "guid").ifPresent(notes::add);
            if (state.sameboat != null && name.equals(SameboatNote.NOTE_NAME)) {
                continue;
            }
            String guid = state.ids.ref(note, "guid").orElse("");
            String text = noteText(note, name);
            List<Coding> onCodings = state.codingNotes.getOrDefault(guid, List.of());
            List<Identified> targets = state.noteTargets.getOrDefault(guid, List.of());
            if (name.equals(CODING_MEMO_NOTE) && onCodings.size() == 1 && targets.size() == 1) {
                onCodings.get(0).setMemo(text);
                continue;
            }
            Memo memo = state.ids.identify(RefiImportState.F.createMemo(), note, "note '" + name + "'");
            memo.setTitle(name.isEmpty() ? null : name);
            memo.setText(text);
            state.ids.ref(note, "creatingUser").map(state.coders::get).ifPresent(memo::setAuthor);
            RefiValues.time(note, "creationDateTime").ifPresent(memo::setCreated);
            RefiValues.time(note, "modifiedDateTime").ifPresent(memo::setModified);
            for (Identified target : targets) {
                if (!memo.getAbout().contains(target)) {
                    memo.getAbout().add(target);
                }
            }
            state.project.getMemos().add(memo);
        }
        long dangling = state.noteTargets.keySet().stream().filter(guid -> !notes.contains(guid)).count();
        if (dangling > 0) {
            state.warnings.add(dangling + " note reference(s) name notes that do not exist; they were left out");
        }
    }

    /** Needs the notes read first: a link's origin is a memo. */
    void readLinks() {
        Map<String, Identified> byId = new HashMap<>();
        EcoreUtil.getAllContents(state.project, true).forEachRemaining(o -> {
            if (o instanceof Identified identified) {
                byId.put(identified.getId(), identified);
            }
        });
        for (Element link : Dom.grandchildren(state.root, "Links", "Link")) {
            Identified origin = state.ids.ref(link, "originGUID").map(byId::get).orElse(null);
            Optional<String> targetGuid = state.ids.ref(link, "targetGUID");
            List<Identified> targets = targetGuid.map(state.selections::get)
                    .or(() -> targetGuid.map(byId::get).map(List::of)).orElse(List.of());
            Identified target = targets.isEmpty() ? null : targets.get(0);
            if (origin instanceof Memo memo && target != null) {
                targets.stream().filter(t -> !memo.getAbout().contains(t)).forEach(memo.getAbout()::add);
            } else if (origin == null || target == null) {
                state.warnings.add("link '" + Dom.attr(link, "name").orElse("")
                        + "' names an element that does not exist or was skipped; it was left out");
            } else {
                state.count("link(s) between elements other than notes", 1);
            }
        }
    }

    /** A note's text; a note without any is a memo without text, not a problem worth a warning. */
    private String noteText(Element note, String name) throws InteropException {
        if (Dom.child(note, "PlainTextContent").isEmpty() && Dom.attr(note, "plainTextPath").isEmpty()) {
            return null;
        }
        return state.text(note, "note '" + name + "'").orElse(null);
    }
}
