package org.sameboat.interop.refi;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.AtomicFile;
import org.w3c.dom.Element;

/**
 * Writes a project as a REFI-QDA project exchange file (.qdpx) that validates against the QDA-XML 1.0 project
 * schema. Ids are written as GUIDs unchanged. Texts go to {@code sources/<guid>.txt} as LF-only UTF-8 without a
 * byte-order mark, so REFI positions (characters of that file) equal Sameboat offsets (code points).
 * <p>
 * Codings become PlainTextSelections, one per coded range, each holding the Codings of that range; a coding's
 * memo becomes a note named {@value NoteReader#CODING_MEMO_NOTE} referenced from the coding. Memos become
 * notes, attached by NoteRef where the schema allows one and by a Link otherwise. Groups become Sets of sources,
 * attributes Variables. What REFI has no element for travels in the note {@value SameboatNote#NOTE_NAME}.
 */
public final class QdpxWriter {

    private final List<String> warnings = new ArrayList<>();

    /** What the last export carried other than natively, or left out; one sentence each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Writes the project to a .qdpx file atomically. */
    public void write(Project project, Path qdpx) throws IOException {
        warnings.clear();
        RefiXml xml = buildXml(project);
        AtomicFile.write(qdpx, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("project.qde"));
            xml.write(zip);
            zip.closeEntry();
            for (Document document : project.getDocuments()) {
                if (document.getText() != null) {
                    zip.putNextEntry(new ZipEntry("sources/" + Guids.toGuid(document.getId()) + ".txt"));
                    zip.write(document.getText().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            zip.finish();
        });
    }

    RefiXml buildXml(Project project) {
        RefiXml xml = RefiXml.create();
        Element root = xml.root("Project");
        RefiXml.set(root, "name", project.getName() == null || project.getName().isBlank() ? "Sameboat project" : project.getName());
        RefiXml.set(root, "origin", "Sameboat");
        Map<Identified, List<String>> noteRefs = new HashMap<>();
        List<Memo> projectMemos = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        attachMemos(project, noteRefs, projectMemos, links);
        if (!project.getCoders().isEmpty()) {
            Element users = xml.add(root, "Users");
            for (Coder coder : project.getCoders()) {
                Element user = xml.add(users, "User");
                RefiXml.set(user, "guid", Guids.toGuid(coder.getId()));
                RefiXml.set(user, "name", coder.getName());
            }
        }
        new CodebookXml(xml, warnings).write(root, project, noteRefs);
        writeVariables(xml, root, project);
        writeCases(xml, root, project);
        writeSources(xml, root, project, noteRefs);
        writeNotes(xml, root, project);
        if (!links.isEmpty()) {
            Element linksElement = xml.add(root, "Links");
            for (Link link : links) {
                Element element = xml.add(linksElement, "Link");
                RefiXml.set(element, "guid", Guids.derived("link:" + link.memo().getId() + ":" + link.target().getId()));
                RefiXml.set(element, "name", "Memo about " + link.target().eClass().getName().toLowerCase(Locale.ROOT));
                RefiXml.set(element, "direction", "OneWay");
                RefiXml.set(element, "originGUID", Guids.toGuid(link.memo().getId()));
                RefiXml.set(element, "targetGUID", Guids.toGuid(link.target().getId()));
            }
        }
        writeSets(xml, root, project);
        xml.addText(root, "Description", project.getDescription());
        for (Memo memo : projectMemos) {
            RefiXml.set(xml.add(root, "NoteRef"), "targetGUID", Guids.toGuid(memo.getId()));
        }
        RefiXml.set(xml.add(root, "NoteRef"), "targetGUID", sameboatNoteGuid(project));
        return xml;
    }

    private record Link(Memo memo, Identified target) {
    }

    /** Where each memo is attached: NoteRef inside codes, sources and codings; the project; or a Link. */
    private static void attachMemos(Project project, Map<Identified, List<String>> noteRefs, List<Memo> projectMemos, List<Link> links) {
        for (Memo memo : project.getMemos()) {
            if (memo.getAbout().isEmpty()) {
                projectMemos.add(memo);
            }
            for (Identified about : memo.getAbout()) {
                Document document = about instanceof Coding coding ? coding.getDocument() : about instanceof Document d ? d : null;
                if (document != null && document.getText() == null) {
                    continue;
                }
                if (about instanceof Code || about instanceof Document || about instanceof Coding) {
                    noteRefs.computeIfAbsent(about, k -> new ArrayList<>()).add(Guids.toGuid(memo.getId()));
                } else if (about instanceof Project) {
                    projectMemos.add(memo);
                } else {
                    links.add(new Link(memo, about));
                }
            }
        }
    }

    private static String sameboatNoteGuid(Project project) {
        return Guids.derived("sameboat-data:" + project.getId());
    }

    private static void noteRefs(RefiXml xml, Element element, Identified target, Map<Identified, List<String>> noteRefs) {
        for (String guid : noteRefs.getOrDefault(target, List.of())) {
            RefiXml.set(xml.add(element, "NoteRef"), "targetGUID", guid);
        }
    }

    private void writeVariables(RefiXml xml, Element root, Project project) {
        if (project.getAttributeDefinitions().isEmpty()) {
            return;
        }
        Map<AttributeDefinition, Boolean> integral = integralNumbers(project);
        Element variables = xml.add(root, "Variables");
        for (AttributeDefinition definition : project.getAttributeDefinitions()) {
            Element variable = xml.add(variables, "Variable");
            RefiXml.set(variable, "guid", Guids.toGuid(definition.getId()));
            RefiXml.set(variable, "name", definition.getName() == null ? "(unnamed)" : definition.getName());
            RefiXml.set(variable, "typeOfVariable", switch (definition.getType()) {
                case NUMBER -> integral.getOrDefault(definition, true) ? "Integer" : "Float";
                case DATE -> "Date";
                case BOOLEAN -> "Boolean";
                case TEXT -> "Text";
            });
            xml.addText(variable, "Description", definition.getDescription());
        }
    }

    /** Number attributes whose values are all whole numbers are REFI Integers; the others Floats. */
    private static Map<AttributeDefinition, Boolean> integralNumbers(Project project) {
        Map<AttributeDefinition, Boolean> integral = new HashMap<>();
        List<AttributeValue> all = new ArrayList<>();
        project.getDocuments().forEach(d -> all.addAll(d.getAttributes()));
        project.getCases().forEach(c -> all.addAll(c.getAttributes()));
        project.getParticipants().forEach(p -> all.addAll(p.getAttributes()));
        for (AttributeValue value : all) {
            if (value.getDefinition() != null && value.getDefinition().getType() == AttributeType.NUMBER && value.getValue() != null) {
                boolean whole = isWhole(value.getValue());
                integral.merge(value.getDefinition(), whole, Boolean::logicalAnd);
            }
        }
        return integral;
    }

    private static boolean isWhole(String value) {
        try {
            return new BigDecimal(value).stripTrailingZeros().scale() <= 0 && !value.contains(".") && !value.contains("e")
                    && !value.contains("E");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void writeValues(RefiXml xml, Element owner, List<AttributeValue> values, String ownerLabel) {
        for (AttributeValue value : values) {
            AttributeDefinition definition = value.getDefinition();
            if (definition == null || value.getValue() == null) {
                continue;
            }
            Element element = xml.add(owner, "VariableValue");
            RefiXml.set(xml.add(element, "VariableRef"), "targetGUID", Guids.toGuid(definition.getId()));
            String kind = switch (definition.getType()) {
                case NUMBER -> isWhole(value.getValue()) ? "IntegerValue" : "FloatValue";
                case DATE -> "DateValue";
                case BOOLEAN -> "BooleanValue";
                case TEXT -> "TextValue";
            };
            xml.add(element, kind).setTextContent(RefiXml.xmlSafe(value.getValue()));
            if (definition.getType() == AttributeType.NUMBER && kind.equals("IntegerValue") && !isWhole(value.getValue())) {
                warnings.add(ownerLabel + ": value '" + value.getValue() + "' of '" + definition.getName() + "' is written as a decimal");
            }
        }
    }

    private void writeCases(RefiXml xml, Element root, Project project) {
        if (project.getCases().isEmpty()) {
            return;
        }
        Element cases = xml.add(root, "Cases");
        for (Case c : project.getCases()) {
            Element element = xml.add(cases, "Case");
            RefiXml.set(element, "guid", Guids.toGuid(c.getId()));
            RefiXml.set(element, "name", c.getName());
            xml.addText(element, "Description", c.getDescription());
            writeValues(xml, element, c.getAttributes(), "case '" + c.getName() + "'");
            for (Document document : c.getDocuments()) {
                if (document.getText() != null) {
                    RefiXml.set(xml.add(element, "SourceRef"), "targetGUID", Guids.toGuid(document.getId()));
                }
            }
        }
    }

    private void writeSources(RefiXml xml, Element root, Project project, Map<Identified, List<String>> noteRefs) {
        List<Document> withText = project.getDocuments().stream().filter(d -> d.getText() != null).toList();
        for (Document document : project.getDocuments()) {
            if (document.getText() == null) {
                warnings.add("document '" + document.getName() + "' has no text and was left out with its " + document.getCodings().size()
                        + " coding(s); memos about it are exported without that link");
            }
        }
        if (withText.isEmpty()) {
            return;
        }
        Element sources = xml.add(root, "Sources");
        for (Document document : withText) {
            Element source = xml.add(sources, "TextSource");
            String guid = Guids.toGuid(document.getId());
            RefiXml.set(source, "guid", guid);
            RefiXml.set(source, "name", document.getName());
            RefiXml.set(source, "plainTextPath", "internal://" + guid + ".txt");
            Map<String, List<Coding>> byRange = new LinkedHashMap<>();
            long incomplete = document.getCodings().stream().filter(c -> c.getCode() == null).count();
            if (incomplete > 0) {
                warnings.add("document '" + document.getName() + "': " + incomplete + " coding(s) without a code were left out");
            }
            document.getCodings().stream().filter(c -> c.getCode() != null)
                    .sorted(Comparator.comparingInt(Coding::getStart).thenComparingInt(Coding::getEnd))
                    .forEach(c -> byRange.computeIfAbsent(c.getStart() + "-" + c.getEnd(), k -> new ArrayList<>()).add(c));
            for (List<Coding> codings : byRange.values()) {
                Coding first = codings.get(0);
                Element selection = xml.add(source, "PlainTextSelection");
                RefiXml.set(selection, "guid", Guids.derived("selection:" + document.getId() + ":" + first.getStart() + ":" + first.getEnd()));
                RefiXml.set(selection, "startPosition", String.valueOf(first.getStart()));
                RefiXml.set(selection, "endPosition", String.valueOf(first.getEnd()));
                for (Coding coding : codings) {
                    writeCoding(xml, selection, coding, noteRefs);
                }
            }
            noteRefs(xml, source, document, noteRefs);
            writeValues(xml, source, document.getAttributes(), "document '" + document.getName() + "'");
        }
    }

    private static void writeCoding(RefiXml xml, Element selection, Coding coding, Map<Identified, List<String>> noteRefs) {
        Element element = xml.add(selection, "Coding");
        RefiXml.set(element, "guid", Guids.toGuid(coding.getId()));
        if (coding.getCoder() != null) {
            RefiXml.set(element, "creatingUser", Guids.toGuid(coding.getCoder().getId()));
        }
        if (coding.getCreated() > 0) {
            RefiXml.set(element, "creationDateTime", Instant.ofEpochMilli(coding.getCreated()).toString());
        }
        RefiXml.set(xml.add(element, "CodeRef"), "targetGUID", Guids.toGuid(coding.getCode().getId()));
        if (coding.getMemo() != null && !coding.getMemo().isEmpty()) {
            RefiXml.set(xml.add(element, "NoteRef"), "targetGUID", codingMemoGuid(coding));
        }
        noteRefs(xml, element, coding, noteRefs);
    }

    private static String codingMemoGuid(Coding coding) {
        return Guids.derived("coding-memo:" + coding.getId());
    }

    private void writeNotes(RefiXml xml, Element root, Project project) {
        Element notes = xml.add(root, "Notes");
        for (Memo memo : project.getMemos()) {
            Element note = xml.add(notes, "Note");
            RefiXml.set(note, "guid", Guids.toGuid(memo.getId()));
            RefiXml.set(note, "name", memo.getTitle());
            if (memo.getAuthor() != null) {
                RefiXml.set(note, "creatingUser", Guids.toGuid(memo.getAuthor().getId()));
            }
            if (memo.getCreated() > 0) {
                RefiXml.set(note, "creationDateTime", Instant.ofEpochMilli(memo.getCreated()).toString());
            }
            if (memo.getModified() > 0) {
                RefiXml.set(note, "modifiedDateTime", Instant.ofEpochMilli(memo.getModified()).toString());
            }
            if (memo.getText() != null) {
                xml.add(note, "PlainTextContent").setTextContent(RefiXml.xmlSafe(memo.getText()));
            }
        }
        for (Document document : project.getDocuments()) {
            if (document.getText() == null) {
                continue;
            }
            for (Coding coding : document.getCodings()) {
                if (coding.getMemo() != null && !coding.getMemo().isEmpty()) {
                    Element note = xml.add(notes, "Note");
                    RefiXml.set(note, "guid", codingMemoGuid(coding));
                    RefiXml.set(note, "name", NoteReader.CODING_MEMO_NOTE);
                    if (coding.getCoder() != null) {
                        RefiXml.set(note, "creatingUser", Guids.toGuid(coding.getCoder().getId()));
                    }
                    xml.add(note, "PlainTextContent").setTextContent(RefiXml.xmlSafe(coding.getMemo()));
                }
            }
        }
        Element data = xml.add(notes, "Note");
        RefiXml.set(data, "guid", sameboatNoteGuid(project));
        RefiXml.set(data, "name", SameboatNote.NOTE_NAME);
        xml.add(data, "PlainTextContent").setTextContent(RefiXml.xmlSafe(sameboatNote(project).toJson()));
    }

    private SameboatNote sameboatNote(Project project) {
        List<SameboatNote.CodebookData> codebooks = new ArrayList<>();
        for (Codebook codebook : project.getCodebooks()) {
            codebooks.add(new SameboatNote.CodebookData(codebook.getId(), codebook.getName(), codebook.getDescription(),
                    codebook.isBuiltIn(), codebook.getCodes().stream().map(c -> Guids.toGuid(c.getId())).toList()));
        }
        Map<String, SameboatNote.CodeDetails> details = new LinkedHashMap<>();
        for (Code code : CodePaths.allCodes(project)) {
            boolean role = code.eIsSet(SameboatPackage.Literals.CODE__APPLIES_TO);
            if (code.getInclusion() != null || code.getExclusion() != null || code.getExample() != null
                    || !code.getIndicators().isEmpty() || code.getSource() != null || code.getShortcut() != null || role
                    || !code.getStarts().isEmpty()) {
                details.put(Guids.toGuid(code.getId()), new SameboatNote.CodeDetails(code.getInclusion(), code.getExclusion(),
                        code.getExample(), List.copyOf(code.getIndicators()), code.getSource(), code.getShortcut(),
                        role ? code.getAppliesTo().getLiteral() : null, code.getStarts().stream().map(Guids::toGuid).toList()));
            }
        }
        Map<String, String> coderColours = new LinkedHashMap<>();
        project.getCoders().stream().filter(c -> c.getColour() != null)
                .forEach(c -> coderColours.put(Guids.toGuid(c.getId()), c.getColour()));
        List<SameboatNote.ParticipantData> participants = new ArrayList<>();
        for (Participant participant : project.getParticipants()) {
            List<SameboatNote.ValueData> values = participant.getAttributes().stream()
                    .filter(v -> v.getDefinition() != null && v.getValue() != null)
                    .map(v -> new SameboatNote.ValueData(Guids.toGuid(v.getDefinition().getId()), v.getValue())).toList();
            participants.add(new SameboatNote.ParticipantData(participant.getId(), participant.getPseudonym(),
                    participant.getRole() == null ? null : participant.getRole().getLiteral(), values));
        }
        Map<String, SameboatNote.DocumentData> documents = new LinkedHashMap<>();
        int withTurns = 0;
        for (Document document : project.getDocuments()) {
            if (document.getText() == null) {
                continue;
            }
            List<SameboatNote.TurnData> turns = new ArrayList<>();
            for (Turn turn : document.getTurns()) {
                turns.add(new SameboatNote.TurnData(turn.getId(), turn.getStart(), turn.getEnd(), turn.getTime(),
                        turn.getSpeaker() == null ? null : turn.getSpeaker().getId()));
            }
            withTurns += turns.isEmpty() ? 0 : 1;
            documents.put(Guids.toGuid(document.getId()), new SameboatNote.DocumentData(document.getSourceName(), document.getSession(),
                    document.getDate(), document.getStage() == null ? null : document.getStage().getLiteral(), turns));
        }
        Map<String, List<String>> caseParticipants = new LinkedHashMap<>();
        for (Case c : project.getCases()) {
            if (!c.getParticipants().isEmpty()) {
                caseParticipants.put(Guids.toGuid(c.getId()), c.getParticipants().stream().map(Participant::getId).toList());
            }
        }
        if (withTurns > 0 || !participants.isEmpty()) {
            warnings.add("turns and speakers (" + withTurns + " document(s), " + participants.size() + " participant(s)) have no REFI-QDA"
                    + " element; they travel in the note '" + SameboatNote.NOTE_NAME + "', which only Sameboat reads back");
        }
        if (!details.isEmpty()) {
            warnings.add(details.size() + " code(s) have inclusion/exclusion/example/indicators/source/shortcut, which REFI-QDA cannot hold;"
                    + " they travel in the note '" + SameboatNote.NOTE_NAME + "'");
        }
        return new SameboatNote(SameboatNote.VERSION, project.getId(), codebooks, details, coderColours, participants, documents,
                caseParticipants);
    }

    private static void writeSets(RefiXml xml, Element root, Project project) {
        if (project.getGroups().isEmpty()) {
            return;
        }
        Element sets = xml.add(root, "Sets");
        for (Group group : project.getGroups()) {
            Element set = xml.add(sets, "Set");
            RefiXml.set(set, "guid", Guids.toGuid(group.getId()));
            RefiXml.set(set, "name", group.getName() == null ? "(unnamed group)" : group.getName());
            xml.addText(set, "Description", group.getDescription());
            for (Document document : project.getDocuments()) {
                if (document.getGroup() == group && document.getText() != null) {
                    RefiXml.set(xml.add(set, "MemberSource"), "targetGUID", Guids.toGuid(document.getId()));
                }
            }
        }
    }
}
