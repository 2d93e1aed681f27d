package org.sameboat.interop.refi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
import org.sameboat.model.AttributeType;
import org.sameboat.model.AttributeValue;
import org.sameboat.model.Case;
import org.sameboat.model.Code;
import org.sameboat.model.CodeRole;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Identified;
import org.sameboat.model.Memo;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.text.TextHash;
import org.sameboat.model.validation.Problem;
import org.sameboat.model.validation.ProjectValidator;
import org.w3c.dom.Element;

/**
 * Turns one parsed REFI project document into a new Sameboat project. Lenient: what cannot be carried, or refers
 * to something that is not there, is left out with a warning; only an unreadable project fails.
 */
final class RefiProjectBuilder {

    /** Reads the file a plainTextPath names; empty when it cannot be found (the reason goes to the warnings). */
    @FunctionalInterface
    interface SourceFiles {
        Optional<byte[]> read(String plainTextPath, List<String> warnings) throws InteropException;
    }

    static final String CODING_MEMO_NOTE = "Coding memo";
    static final String REPLACED_IDS_MEMO = "Ids replaced on import";
    private static final SameboatFactory F = SameboatFactory.eINSTANCE;
    private static final List<String> MEDIA_SOURCES = List.of("PictureSource", "PDFSource", "AudioSource", "VideoSource");

    private final Element root;
    private final String label;
    private final SourceFiles files;
    private final Project project = F.createProject();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, Coder> coders = new HashMap<>();
    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, AttributeDefinition> variables = new HashMap<>();
    private final Map<String, Document> documents = new HashMap<>();
    private final Map<String, Participant> participants = new HashMap<>();
    /** GUIDs of sources that were left out on purpose, so that references to them are not called dangling. */
    private final Set<String> skippedSources = new HashSet<>();
    /** What each note is attached to, by note GUID, in the order found. */
    private final Map<String, List<Identified>> noteTargets = new LinkedHashMap<>();
    /** Notes attached to codings, by note GUID: candidates for a coding's own memo. */
    private final Map<String, List<Coding>> codingNotes = new HashMap<>();
    private final Map<String, Integer> notCarried = new TreeMap<>();
    /** What each text selection became, by selection GUID, so that links to a selection reach its codings. */
    private final Map<String, List<Identified>> selections = new HashMap<>();
    /** Codings made so far, to keep the model's promise of no duplicate (document, code, coder, range). */
    private final Set<CodingKey> codingKeys = new HashSet<>();
    /**
     * Ids from the file that cannot be Sameboat ids (see {@link Ids#isUsable}), by the new id each was given; references
     * to them follow, and the originals are kept in a memo (REFI-QDA wants GUIDs, so they are not exported as ids).
     */
    private final Map<String, String> replacedIds = new LinkedHashMap<>();
    /** The other way round: the id in the file for each replaced one, for looking up what the Sameboat note says. */
    private final Map<String, String> originalIds = new HashMap<>();
    private Coder unknownCoder;
    private SameboatNote sameboat;

    private record CodingKey(Document document, Code code, Coder coder, int start, int end) {
    }

    RefiProjectBuilder(Element root, String label, SourceFiles files) {
        this.root = root;
        this.label = label;
        this.files = files;
    }

    RefiImport build() throws InteropException {
        if (!"Project".equals(Dom.name(root))) {
            throw new InteropException(label + " is not a REFI-QDA project: its root element is <" + Dom.name(root) + ">, not <Project>");
        }
        sameboat = findSameboatNote().orElse(null);
        project.setId(sameboat != null && Ids.isUsable(sameboat.projectId()) ? sameboat.projectId() : Ids.newId());
        usedIds.add(project.getId());
        project.setName(Dom.attr(root, "name").orElse(label));
        Dom.childText(root, "Description").ifPresent(project::setDescription);
        project.setFormatVersion(ProjectFormat.CURRENT_VERSION);
        readUsers();
        readCodebook();
        readVariables();
        readParticipants();
        readSources();
        readCases();
        readSets();
        readNotes();
        readLinks();
        count("graph(s)", Dom.grandchildren(root, "Graphs", "Graph").size());
        return finish();
    }

    /**
     * Builds a project holding only the codes of a REFI codebook file (.qdc): root {@code CodeBook}, in the
     * codebook namespace {@code urn:QDA-XML:codebook:1.0} or, as Sameboat wrote it before, the project namespace
     * (elements are matched by local name). The project is named after the file; its codes sit in one codebook.
     */
    RefiImport buildCodebook() throws InteropException {
        if (!"CodeBook".equals(Dom.name(root))) {
            throw new InteropException(label + " is not a REFI-QDA codebook: its root element is <" + Dom.name(root)
                    + ">, not <CodeBook>");
        }
        project.setId(Ids.newId());
        usedIds.add(project.getId());
        String name = label.toLowerCase(java.util.Locale.ROOT).endsWith(".qdc") ? label.substring(0, label.length() - 4) : label;
        project.setName(name);
        project.setFormatVersion(ProjectFormat.CURRENT_VERSION);
        List<Element> top = Dom.grandchildren(root, "Codes", "Code");
        if (top.isEmpty()) {
            throw new InteropException(label + " holds no codes; a REFI codebook has at least one <Code> inside <Codes>");
        }
        readCodes(top);
        count("set(s) of codes", Dom.grandchildren(root, "Sets", "Set").size());
        return finish();
    }

    /** Reports what was not carried and validates; an invalid result is refused. */
    private RefiImport finish() throws InteropException {
        notCarried.forEach((what, n) -> warnings.add(n + " " + what + " not carried: Sameboat has no place for them"));
        if (!replacedIds.isEmpty()) {
            StringBuilder text = new StringBuilder("Ids in " + label + " that Sameboat cannot keep as ids, each with the id it became:\n");
            replacedIds.forEach((original, fresh) -> text.append(printable(original)).append(" -> ").append(fresh).append('\n'));
            Memo memo = Ids.assign(F.createMemo());
            memo.setTitle(REPLACED_IDS_MEMO);
            memo.setText(text.toString());
            usedIds.add(memo.getId());
            project.getMemos().add(memo);
        }
        Optional<String> unsavable = org.sameboat.model.store.ProjectStore.whyUnsavable(project);
        if (unsavable.isPresent()) {
            throw new InteropException(label + " cannot be imported: " + unsavable.get());
        }
        List<Problem> problems = ProjectValidator.validate(project);
        for (Problem problem : problems) {
            if (problem.isError()) {
                throw new InteropException(label + " cannot be imported: " + problem.message());
            }
            warnings.add(problem.message());
        }
        return new RefiImport(project, warnings);
    }

    private void count(String what, int n) {
        if (n > 0) {
            notCarried.merge(what, n, Integer::sum);
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

    /** Gives an element the id its GUID names, or a new one when the GUID is missing or already taken. */
    private <T extends Identified> T identify(T element, Element xml, String what) {
        Optional<String> guid = Dom.attr(xml, "guid");
        String id = guid.map(Guids::toId).map(outside -> usable(outside, what)).orElse(null);
        if (id == null) {
            warnings.add(what + " has no guid; it was given a new id");
            id = Ids.newId();
        } else if (!usedIds.add(id)) {
            warnings.add(what + " reuses guid " + guid.get() + "; it was given a new id");
            id = Ids.newId();
        }
        usedIds.add(id);
        element.setId(id);
        return element;
    }

    private Optional<String> ref(Element xml, String attribute) {
        return Dom.attr(xml, attribute).map(Guids::toId).map(id -> replacedIds.getOrDefault(id, id));
    }

    /** An id from the file as it can be kept: itself when usable, else a new id standing for it throughout the import. */
    private String usable(String outside, String what) {
        if (Ids.isUsable(outside)) {
            return outside;
        }
        return replacedIds.computeIfAbsent(outside, original -> {
            String fresh = Ids.newId();
            originalIds.put(fresh, original);
            warnings.add(what + ": its id '" + printable(original) + "' cannot be a Sameboat id; it became " + fresh
                    + " (the original is kept in the memo '" + REPLACED_IDS_MEMO + "')");
            return fresh;
        });
    }

    /** An id from the Sameboat note, which other programs may have changed: usable, free, or else a new one. */
    private String noteId(String outside, String what) {
        String id = outside == null ? Ids.newId() : usable(outside, what);
        return usedIds.add(id) ? id : Ids.newId();
    }

    /** The id an element had in the file, for what the Sameboat note says about it. */
    private String original(Identified element) {
        return originalIds.getOrDefault(element.getId(), element.getId());
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(org.sameboat.model.text.XmlChars.allowed(c) && !Character.isISOControl(c)
                ? Character.toString(c) : org.sameboat.model.text.XmlChars.describe(c)));
        return out.toString();
    }

    private void readUsers() {
        int n = 0;
        for (Element user : Dom.grandchildren(root, "Users", "User")) {
            n++;
            String name = Dom.attr(user, "name").or(() -> Dom.attr(user, "id")).orElse("user " + n);
            Coder coder = identify(F.createCoder(), user, "user '" + name + "'");
            coder.setName(name);
            if (sameboat != null) {
                coder.setColour(sameboat.coderColoursOrEmpty().get(original(coder)));
            }
            project.getCoders().add(coder);
            coders.put(coder.getId(), coder);
        }
    }

    private void readCodebook() {
        readCodes(Dom.child(root, "CodeBook").map(b -> Dom.grandchildren(b, "Codes", "Code")).orElse(List.of()));
    }

    private void readCodes(List<Element> top) {
        Map<String, Codebook> codebookOfTopCode = new HashMap<>();
        if (sameboat != null) {
            for (SameboatNote.CodebookData data : sameboat.codebooksOrEmpty()) {
                Codebook codebook = F.createCodebook();
                codebook.setId(noteId(data.id(), "codebook '" + data.name() + "'"));
                codebook.setName(data.name());
                codebook.setDescription(data.description());
                codebook.setBuiltIn(data.builtIn());
                project.getCodebooks().add(codebook);
                for (String codeId : data.topCodes() == null ? List.<String>of() : data.topCodes()) {
                    codebookOfTopCode.put(codeId, codebook);
                }
            }
        }
        Codebook fallback = null;
        for (Element element : top) {
            Code code = readCode(element);
            Codebook codebook = codebookOfTopCode.get(original(code));
            if (codebook == null) {
                if (fallback == null) {
                    fallback = Ids.assign(F.createCodebook());
                    fallback.setName(project.getName() + " codebook");
                    project.getCodebooks().add(fallback);
                }
                codebook = fallback;
            }
            codebook.getCodes().add(code);
        }
    }

    private Code readCode(Element element) {
        String name = Dom.attr(element, "name").orElse(null);
        Code code = identify(F.createCode(), element, "code '" + name + "'");
        if (name == null) {
            warnings.add("code " + code.getId() + " has no name; it is called '(unnamed)'");
            name = "(unnamed)";
        }
        code.setName(name);
        code.setApplicable(!"false".equals(Dom.attr(element, "isCodable").orElse("true")));
        Dom.attr(element, "color").ifPresent(colour -> {
            Optional<String> rgb = colour(colour);
            if (rgb.isPresent()) {
                code.setColour(rgb.get());
            } else {
                warnings.add("code '" + code.getName() + "' has colour '" + colour + "', which is not #RRGGBB; it was left out");
            }
        });
        Dom.childText(element, "Description").ifPresent(code::setDefinition);
        SameboatNote.CodeDetails details = sameboat == null ? null : sameboat.codeDetailsOrEmpty().get(original(code));
        if (details != null) {
            code.setInclusion(details.inclusion());
            code.setExclusion(details.exclusion());
            code.setExample(details.example());
            if (details.indicators() != null) {
                code.getIndicators().addAll(details.indicators());
            }
            code.setSource(details.source());
            code.setShortcut(details.shortcut());
            if (details.appliesTo() != null) {
                CodeRole role = CodeRole.get(details.appliesTo());
                if (role == null) {
                    warnings.add("code '" + code.getName() + "' applies to '" + printable(details.appliesTo())
                            + "', which is not any, member or worker; it applies to any turn");
                } else {
                    code.setAppliesTo(role);
                }
            }
            // the ids of the codes a skill helps start, as this import names them; one naming no code is skipped
            // in Details, as after a merge
            for (String guid : details.startsOrEmpty()) {
                if (guid != null && !guid.isBlank()) {
                    String id = Guids.toId(guid);
                    code.getStarts().add(replacedIds.getOrDefault(id, id));
                }
            }
        }
        codes.put(code.getId(), code);
        noteRefs(element, code);
        for (Element child : Dom.children(element, "Code")) {
            code.getChildren().add(readCode(child));
        }
        return code;
    }

    /** REFI allows #RGB and #RRGGBB; Sameboat keeps #RRGGBB. */
    private static Optional<String> colour(String value) {
        if (value.matches("#[0-9A-Fa-f]{6}")) {
            return Optional.of(value);
        }
        if (value.matches("#[0-9A-Fa-f]{3}")) {
            StringBuilder six = new StringBuilder("#");
            for (char c : value.substring(1).toCharArray()) {
                six.append(c).append(c);
            }
            return Optional.of(six.toString());
        }
        return Optional.empty();
    }

    private void noteRefs(Element element, Identified target) {
        for (Element noteRef : Dom.children(element, "NoteRef")) {
            ref(noteRef, "targetGUID").ifPresent(note -> noteTargets.computeIfAbsent(note, k -> new ArrayList<>()).add(target));
        }
    }

    private void readVariables() {
        boolean dateTimeWarned = false;
        for (Element element : Dom.grandchildren(root, "Variables", "Variable")) {
            String name = Dom.attr(element, "name").orElse("(unnamed)");
            AttributeDefinition definition = identify(F.createAttributeDefinition(), element, "variable '" + name + "'");
            definition.setName(name);
            String type = Dom.attr(element, "typeOfVariable").orElse("Text");
            definition.setType(switch (type) {
                case "Integer", "Float" -> AttributeType.NUMBER;
                case "Boolean" -> AttributeType.BOOLEAN;
                case "Date" -> AttributeType.DATE;
                default -> AttributeType.TEXT;
            });
            if (type.equals("DateTime") && !dateTimeWarned) {
                warnings.add("DateTime variables such as '" + name + "' are kept as text: Sameboat attributes have no time of day");
                dateTimeWarned = true;
            }
            Dom.childText(element, "Description").ifPresent(definition::setDescription);
            project.getAttributeDefinitions().add(definition);
            variables.put(definition.getId(), definition);
        }
    }

    private void readValues(Element owner, List<AttributeValue> into, String ownerLabel) {
        for (Element element : Dom.children(owner, "VariableValue")) {
            Optional<String> target = Dom.child(element, "VariableRef").flatMap(r -> ref(r, "targetGUID"));
            AttributeDefinition definition = target.map(variables::get).orElse(null);
            if (definition == null) {
                warnings.add(ownerLabel + " has a value for variable " + target.orElse("(none)") + ", which does not exist; it was left out");
                continue;
            }
            Optional<String> value = value(element, definition);
            if (value.isEmpty()) {
                warnings.add(ownerLabel + " has a value for variable '" + definition.getName() + "' that is not a valid "
                        + definition.getType().getLiteral() + "; it was left out");
                continue;
            }
            AttributeValue attribute = F.createAttributeValue();
            attribute.setDefinition(definition);
            attribute.setValue(value.get());
            into.add(attribute);
        }
    }

    private static Optional<String> value(Element element, AttributeDefinition definition) {
        for (String kind : List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")) {
            Optional<Element> child = Dom.child(element, kind);
            if (child.isEmpty()) {
                continue;
            }
            String raw = child.get().getTextContent().strip();
            try {
                String canonical = switch (definition.getType()) {
                    case NUMBER -> kind.equals("IntegerValue") ? new BigInteger(raw).toString() : new BigDecimal(raw).toPlainString();
                    case BOOLEAN -> switch (raw) {
                        case "true", "1" -> "true";
                        case "false", "0" -> "false";
                        default -> throw new NumberFormatException(raw);
                    };
                    case DATE -> LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw).toString();
                    case TEXT -> child.get().getTextContent();
                };
                return Optional.of(canonical);
            } catch (NumberFormatException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void readParticipants() {
        if (sameboat == null) {
            return;
        }
        for (SameboatNote.ParticipantData data : sameboat.participantsOrEmpty()) {
            Participant participant = F.createParticipant();
            participant.setId(noteId(data.id(), "participant '" + data.pseudonym() + "'"));
            participant.setPseudonym(data.pseudonym());
            SpeakerRole role = data.role() == null ? null : SpeakerRole.get(data.role());
            participant.setRole(role == null ? SpeakerRole.OTHER : role);
            for (SameboatNote.ValueData value : data.attributes() == null ? List.<SameboatNote.ValueData>of() : data.attributes()) {
                AttributeDefinition definition = variables.get(value.definition());
                if (definition == null || value.value() == null || !ProjectValidator.parses(definition, value.value())) {
                    warnings.add("participant '" + data.pseudonym() + "' has a value for a variable that does not exist or does not fit; it was left out");
                    continue;
                }
                AttributeValue attribute = F.createAttributeValue();
                attribute.setDefinition(definition);
                attribute.setValue(value.value());
                participant.getAttributes().add(attribute);
            }
            project.getParticipants().add(participant);
            participants.put(original(participant), participant);
        }
    }

    private void readSources() throws InteropException {
        Element sources = Dom.child(root, "Sources").orElse(null);
        if (sources == null) {
            return;
        }
        Map<String, Integer> media = new TreeMap<>();
        for (Element element : Dom.children(sources, "TextSource")) {
            readTextSource(element);
        }
        for (String kind : MEDIA_SOURCES) {
            for (Element element : Dom.children(sources, kind)) {
                ref(element, "guid").ifPresent(skippedSources::add);
                media.merge(kind, 1, Integer::sum);
            }
        }
        media.forEach((kind, n) -> warnings.add(n + " " + kind + (n == 1 ? " was" : "s were") + " skipped with their selections:"
                + " Sameboat codes text only"));
    }

    private void readTextSource(Element element) throws InteropException {
        String name = Dom.attr(element, "name").orElse("(unnamed source)");
        String what = "text source '" + name + "'";
        Optional<String> raw = text(element, what);
        if (raw.isEmpty()) {
            ref(element, "guid").ifPresent(skippedSources::add);
            return;
        }
        RefiText text = RefiText.of(raw.get());
        Document document = identify(F.createDocument(), element, what);
        document.setName(name);
        document.setSourceName(name);
        document.setText(text.normalised());
        document.setContentHash(TextHash.of(text.normalised()));
        Dom.childText(element, "Description").ifPresent(description -> memo("Description of " + name, description, document));
        SameboatNote.DocumentData data = sameboat == null ? null : sameboat.documentsOrEmpty().get(original(document));
        if (data != null) {
            applyDocumentData(document, data);
        }
        project.getDocuments().add(document);
        documents.put(document.getId(), document);
        noteRefs(element, document);
        readValues(element, document.getAttributes(), what);
        int uncoded = 0;
        for (Element selection : Dom.children(element, "PlainTextSelection")) {
            uncoded += readSelection(selection, document, text, what);
        }
        for (Element coding : Dom.children(element, "Coding")) {
            // a coding directly on a source codes all of it
            readCoding(coding, element, document, 0, DocumentText.of(text.normalised()).length(), what);
        }
        if (uncoded > 0) {
            warnings.add(what + ": " + uncoded + " selection" + (uncoded == 1 ? "" : "s") + " without codings not kept: Sameboat keeps coded ranges only");
        }
    }

    private void memo(String title, String text, Identified about) {
        Memo memo = Ids.assign(F.createMemo());
        memo.setTitle(title);
        memo.setText(text);
        memo.getAbout().add(about);
        usedIds.add(memo.getId());
        project.getMemos().add(memo);
    }

    private Optional<String> text(Element element, String what) throws InteropException {
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

    private void applyDocumentData(Document document, SameboatNote.DocumentData data) {
        if (data.sourceName() != null) {
            document.setSourceName(data.sourceName());
        }
        document.setSession(data.session());
        if (data.date() != null && isIsoDate(data.date())) {
            document.setDate(data.date());
        } else if (data.date() != null) {
            warnings.add("document '" + document.getName() + "' has date '" + data.date() + "', not yyyy-mm-dd; it was left out");
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
                warnings.add("the turns of '" + document.getName() + "' do not fit its text; they were left out");
                return;
            }
            previousEnd = t.end();
            Turn turn = F.createTurn();
            turn.setId(noteId(t.id(), "a turn of '" + document.getName() + "'"));
            turn.setStart(t.start());
            turn.setEnd(t.end());
            turn.setTime(t.time());
            turn.setSpeaker(t.speaker() == null ? null : participants.get(t.speaker()));
            turns.add(turn);
        }
        document.getTurns().addAll(turns);
    }

    private static boolean isIsoDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Reads a selection and its codings; returns 1 when it has none (for the warning), else 0. */
    private int readSelection(Element selection, Document document, RefiText text, String what) {
        List<Element> codings = Dom.children(selection, "Coding");
        Optional<Long> start = number(selection, "startPosition");
        Optional<Long> end = number(selection, "endPosition");
        String guid = Dom.attr(selection, "guid").orElse("(no guid)");
        if (start.isEmpty() || end.isEmpty() || !text.contains(start.get(), end.get())) {
            warnings.add(what + ": selection " + guid + " (" + Dom.attr(selection, "startPosition").orElse("?") + "-"
                    + Dom.attr(selection, "endPosition").orElse("?") + ") lies outside the text (" + text.rawLength()
                    + " characters); it and its " + codings.size() + " coding(s) were skipped"
                    + (end.isPresent() && end.get() <= text.rawUtf16Length() ? "; the exporting program may count UTF-16 units,"
                            + " not characters" : ""));
            return 0;
        }
        int from = text.offset(start.get());
        int to = text.offset(end.get());
        if (from >= to) {
            warnings.add(what + ": selection " + guid + " covers only a line-end half; it was skipped");
            return 0;
        }
        if (codings.isEmpty()) {
            return 1;
        }
        List<Coding> made = new ArrayList<>();
        for (Element coding : codings) {
            readCoding(coding, selection, document, from, to, what).ifPresent(made::add);
        }
        ref(selection, "guid").ifPresent(id -> selections.put(id, made.isEmpty() ? List.of(document) : List.copyOf(made)));
        Optional<String> description = Dom.childText(selection, "Description");
        for (Coding coding : made) {
            if (description.isPresent() && coding.getMemo() == null) {
                coding.setMemo(description.get());
            }
        }
        for (Element noteRef : Dom.children(selection, "NoteRef")) {
            ref(noteRef, "targetGUID").ifPresent(note -> noteTargets.computeIfAbsent(note, k -> new ArrayList<>())
                    .addAll(made.isEmpty() ? List.of(document) : made));
        }
        return 0;
    }

    private static Optional<Long> number(Element element, String attribute) {
        try {
            return Dom.attr(element, attribute).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Coding> readCoding(Element xml, Element owner, Document document, int start, int end, String what) {
        Optional<String> codeRef = Dom.child(xml, "CodeRef").flatMap(r -> ref(r, "targetGUID"));
        Code code = codeRef.map(codes::get).orElse(null);
        if (code == null) {
            warnings.add(what + ": a coding names code " + codeRef.orElse("(none)") + ", which does not exist; it was skipped");
            return Optional.empty();
        }
        Coder coder = coder(xml, owner, what);
        if (!codingKeys.add(new CodingKey(document, code, coder, start, end))) {
            warnings.add(what + ": code '" + code.getName() + "' by " + coder.getName() + " on " + start + "-" + end
                    + " is given twice; kept once");
            return Optional.empty();
        }
        Coding coding = identify(F.createCoding(), xml, what + " coding");
        coding.setCode(code);
        coding.setCoder(coder);
        coding.setStart(start);
        coding.setEnd(end);
        coding.setCreated(time(xml, "creationDateTime").or(() -> time(owner, "creationDateTime")).orElse(0L));
        document.getCodings().add(coding);
        for (Element noteRef : Dom.children(xml, "NoteRef")) {
            ref(noteRef, "targetGUID").ifPresent(note -> {
                noteTargets.computeIfAbsent(note, k -> new ArrayList<>()).add(coding);
                codingNotes.computeIfAbsent(note, k -> new ArrayList<>()).add(coding);
            });
        }
        return Optional.of(coding);
    }

    private Coder coder(Element coding, Element owner, String what) {
        Optional<String> user = ref(coding, "creatingUser").or(() -> ref(owner, "creatingUser"));
        if (user.isPresent() && coders.containsKey(user.get())) {
            return coders.get(user.get());
        }
        if (user.isPresent()) {
            warnings.add(what + ": a coding names user " + user.get() + ", who is not among the users; it is given to 'unknown coder'");
        }
        if (unknownCoder == null) {
            unknownCoder = Ids.assign(F.createCoder());
            unknownCoder.setName("unknown coder");
            usedIds.add(unknownCoder.getId());
            project.getCoders().add(unknownCoder);
            warnings.add("codings without a known user are given to the coder 'unknown coder'");
        }
        return unknownCoder;
    }

    private static Optional<Long> time(Element element, String attribute) {
        try {
            return Dom.attr(element, attribute).map(t -> OffsetDateTime.parse(t).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Document> source(Element reference, String owner) {
        Optional<String> target = ref(reference, "targetGUID");
        if (target.isPresent() && documents.containsKey(target.get())) {
            return Optional.of(documents.get(target.get()));
        }
        if (target.isEmpty() || !skippedSources.contains(target.get())) {
            warnings.add(owner + " names source " + target.orElse("(none)") + ", which does not exist; the reference was left out");
        }
        return Optional.empty();
    }

    private void readCases() {
        Map<String, List<String>> caseParticipants = sameboat == null ? Map.of() : sameboat.caseParticipantsOrEmpty();
        for (Element element : Dom.grandchildren(root, "Cases", "Case")) {
            String name = Dom.attr(element, "name").orElse("(unnamed case)");
            Case c = identify(F.createCase(), element, "case '" + name + "'");
            c.setName(name);
            Dom.childText(element, "Description").ifPresent(c::setDescription);
            readValues(element, c.getAttributes(), "case '" + name + "'");
            for (Element sourceRef : Dom.children(element, "SourceRef")) {
                source(sourceRef, "case '" + name + "'").filter(d -> !c.getDocuments().contains(d)).ifPresent(c.getDocuments()::add);
            }
            count("code reference(s) of cases", Dom.children(element, "CodeRef").size());
            count("selection reference(s) of cases", Dom.children(element, "SelectionRef").size());
            for (String id : caseParticipants.getOrDefault(original(c), List.of())) {
                Participant participant = participants.get(id);
                if (participant != null) {
                    c.getParticipants().add(participant);
                }
            }
            project.getCases().add(c);
        }
    }

    private void readSets() {
        for (Element element : Dom.grandchildren(root, "Sets", "Set")) {
            String name = Dom.attr(element, "name").orElse("(unnamed set)");
            Group group = identify(F.createGroup(), element, "set '" + name + "'");
            group.setName(name);
            Dom.childText(element, "Description").ifPresent(group::setDescription);
            project.getGroups().add(group);
            for (Element member : Dom.children(element, "MemberSource")) {
                source(member, "set '" + name + "'").ifPresent(document -> {
                    if (document.getGroup() == null) {
                        document.setGroup(group);
                    } else {
                        warnings.add("source '" + document.getName() + "' is in sets '" + document.getGroup().getName() + "' and '" + name
                                + "'; a Sameboat document belongs to one group, so it stays in the first");
                    }
                });
            }
            count("code member(s) of sets", Dom.children(element, "MemberCode").size());
            count("note member(s) of sets", Dom.children(element, "MemberNote").size());
        }
    }

    private void readNotes() throws InteropException {
        for (Element projectRef : Dom.children(root, "NoteRef")) {
            // notes on the project as a whole: a memo about nothing in particular is just that
            ref(projectRef, "targetGUID").ifPresent(note -> noteTargets.computeIfAbsent(note, k -> new ArrayList<>()));
        }
        Set<String> notes = new HashSet<>();
        for (Element note : Dom.grandchildren(root, "Notes", "Note")) {
            String name = Dom.attr(note, "name").orElse("");
            ref(note, "guid").ifPresent(notes::add);
            if (sameboat != null && name.equals(SameboatNote.NOTE_NAME)) {
                continue;
            }
            String guid = ref(note, "guid").orElse("");
            String text = noteText(note, name);
            List<Coding> onCodings = codingNotes.getOrDefault(guid, List.of());
            List<Identified> targets = noteTargets.getOrDefault(guid, List.of());
            if (name.equals(CODING_MEMO_NOTE) && onCodings.size() == 1 && targets.size() == 1) {
                onCodings.get(0).setMemo(text);
                continue;
            }
            Memo memo = identify(F.createMemo(), note, "note '" + name + "'");
            memo.setTitle(name.isEmpty() ? null : name);
            memo.setText(text);
            ref(note, "creatingUser").map(coders::get).ifPresent(memo::setAuthor);
            time(note, "creationDateTime").ifPresent(memo::setCreated);
            time(note, "modifiedDateTime").ifPresent(memo::setModified);
            for (Identified target : targets) {
                if (!memo.getAbout().contains(target)) {
                    memo.getAbout().add(target);
                }
            }
            project.getMemos().add(memo);
        }
        long dangling = noteTargets.keySet().stream().filter(guid -> !notes.contains(guid)).count();
        if (dangling > 0) {
            warnings.add(dangling + " note reference(s) name notes that do not exist; they were left out");
        }
    }

    /** A note's text; a note without any is a memo without text, not a problem worth a warning. */
    private String noteText(Element note, String name) throws InteropException {
        if (Dom.child(note, "PlainTextContent").isEmpty() && Dom.attr(note, "plainTextPath").isEmpty()) {
            return null;
        }
        return text(note, "note '" + name + "'").orElse(null);
    }

    private void readLinks() {
        Map<String, Identified> byId = new HashMap<>();
        org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(project, true).forEachRemaining(o -> {
            if (o instanceof Identified identified) {
                byId.put(identified.getId(), identified);
            }
        });
        for (Element link : Dom.grandchildren(root, "Links", "Link")) {
            Identified origin = ref(link, "originGUID").map(byId::get).orElse(null);
            Optional<String> targetGuid = ref(link, "targetGUID");
            List<Identified> targets = targetGuid.map(selections::get)
                    .or(() -> targetGuid.map(byId::get).map(List::of)).orElse(List.of());
            Identified target = targets.isEmpty() ? null : targets.get(0);
            if (origin instanceof Memo memo && target != null) {
                targets.stream().filter(t -> !memo.getAbout().contains(t)).forEach(memo.getAbout()::add);
            } else if (origin == null || target == null) {
                warnings.add("link '" + Dom.attr(link, "name").orElse("") + "' names an element that does not exist or was skipped; it was left out");
            } else {
                count("link(s) between elements other than notes", 1);
            }
        }
    }
}
