package org.sameboat.team;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Identified;
import org.sameboat.model.Memo;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatPackage;
import org.sameboat.model.Turn;
import org.sameboat.model.text.TextHash;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The split form of a project that lives in the Git working tree: one JSON record a line for every identified
 * element, in files chosen so that coders working apart rarely touch the same file (one file per codebook, per
 * document's turns, per document and coder for codings, per author for memos). A record names its container
 * ({@value #IN}) and the containment it sits in ({@value #AS}); references are ids; the order of a container's
 * children is the list of their ids in the container's record, except a document's codings, which are kept in
 * order per coder's file (their order across coders carries no meaning). Every stored attribute and reference is
 * written generically from the EMF model, so an attribute added to the model later is carried without a change here.
 */
public final class SplitCodec {

    /** The folder of the split form, below the repository root. */
    public static final String FOLDER = "team";
    static final String KIND = "@kind";
    static final String IN = "@in";
    static final String AS = "@as";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private SplitCodec() {
    }

    public static String id(JsonObject record) {
        return record.get("id").getAsString();
    }

    public static String kind(JsonObject record) {
        return record.get(KIND).getAsString();
    }

    /** The split files of a project: path below the repository root to content, one record a line. */
    public static SortedMap<String, String> files(Project project) {
        return files(split(project));
    }

    /** The split form of a project as records: path below the repository root to the records of that file, in order. */
    static SortedMap<String, List<JsonObject>> split(Project project) {
        SortedMap<String, List<JsonObject>> split = new TreeMap<>();
        walk(project, null, null, (file, record) -> split.computeIfAbsent(file, f -> new ArrayList<>()).add(record));
        return split;
    }

    /** The content of split files from their records. */
    static SortedMap<String, String> files(SortedMap<String, List<JsonObject>> split) {
        SortedMap<String, String> files = new TreeMap<>();
        split.forEach((file, records) -> {
            StringBuilder text = new StringBuilder();
            records.forEach(record -> text.append(GSON.toJson(record)).append('\n'));
            files.put(file, text.toString());
        });
        return files;
    }

    /** The records of a split form, in the order reading its files would give (by path, then line). */
    static Records records(SortedMap<String, List<JsonObject>> split) {
        Records records = new Records();
        split.values().forEach(inFile -> inFile.forEach(records::put));
        return records;
    }

    /** The records one split file holds. */
    static List<JsonObject> recordsOf(String file, String content) throws TeamException {
        List<JsonObject> records = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                records.add(parse(lines[i], file + " line " + (i + 1)));
            }
        }
        return records;
    }

    /** The records of a project, as its split files would hold them. */
    public static Records records(Project project) {
        Records records = new Records();
        walk(project, null, null, (file, record) -> records.put(record));
        return records;
    }

    /** The records held by split files (path to content); files outside {@value #FOLDER}/ are ignored. */
    public static Records records(Map<String, String> files) throws TeamException {
        Records records = new Records();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            if (!file.getKey().startsWith(FOLDER + "/")) {
                continue;
            }
            recordsOf(file.getKey(), file.getValue()).forEach(records::put);
        }
        return records;
    }

    /** One record from a line of a split file. */
    public static JsonObject parse(String line, String where) throws TeamException {
        try {
            JsonElement element = JsonParser.parseString(line);
            if (!element.isJsonObject() || !element.getAsJsonObject().has("id") || !element.getAsJsonObject().has(KIND)) {
                throw new TeamException(where + " is not a Sameboat record");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new TeamException(where + " is not a Sameboat record: " + e.getMessage(), e);
        }
    }

    /** One line of a split file for a record. */
    public static String line(JsonObject record) {
        return GSON.toJson(record);
    }

    private static void walk(EObject element, EObject container, EReference via, BiConsumer<String, JsonObject> sink) {
        sink.accept(fileOf(element), encode(element, container, via));
        for (EReference containment : element.eClass().getEAllContainments()) {
            if (!containment.isTransient() && holdsRecords(containment)) {
                for (EObject child : children(element, containment)) {
                    walk(child, element, containment, sink);
                }
            }
        }
    }

    private static JsonObject encode(EObject element, EObject container, EReference via) {
        JsonObject record = new JsonObject();
        record.addProperty(KIND, element.eClass().getName());
        if (container != null) {
            record.addProperty(IN, ((Identified) container).getId());
            record.addProperty(AS, via.getName());
        }
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (attribute.isTransient() || attribute.isDerived() || !element.eIsSet(attribute)) {
                continue;
            }
            if (attribute.isMany()) {
                JsonArray values = new JsonArray();
                for (Object value : (List<?>) element.eGet(attribute)) {
                    values.add(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
                }
                record.add(attribute.getName(), values);
            } else {
                addUnlessNull(record, attribute.getName(), EcoreUtil.convertToString(attribute.getEAttributeType(), element.eGet(attribute)));
            }
        }
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isTransient() || reference.isDerived() || reference.isContainer() || !element.eIsSet(reference)) {
                continue;
            }
            if (reference.isContainment() && !holdsRecords(reference)) {
                JsonArray embedded = new JsonArray();
                for (EObject child : children(element, reference)) {
                    embedded.add(encode(child, null, null));
                }
                record.add(reference.getName(), embedded);
            } else if (reference.isContainment()) {
                if (reference != SameboatPackage.Literals.DOCUMENT__CODINGS) {
                    record.add(reference.getName(), ids(children(element, reference)));
                }
            } else if (reference.isMany()) {
                record.add(reference.getName(), ids(children(element, reference)));
            } else {
                addUnlessNull(record, reference.getName(), ((Identified) element.eGet(reference)).getId());
            }
        }
        return record;
    }

    /**
     * A null is left out, as writing the line leaves it out: a record made from the project is then equal to the one
     * read back from its line, so that the sync can merge from the records in memory.
     */
    private static void addUnlessNull(JsonObject record, String name, String value) {
        if (value != null) {
            record.addProperty(name, value);
        }
    }

    private static boolean holdsRecords(EReference containment) {
        return SameboatPackage.Literals.IDENTIFIED.isSuperTypeOf(containment.getEReferenceType());
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> children(EObject element, EReference reference) {
        Object value = element.eGet(reference);
        return reference.isMany() ? (List<EObject>) value : value == null ? List.of() : List.of((EObject) value);
    }

    private static JsonArray ids(List<EObject> elements) {
        JsonArray ids = new JsonArray();
        elements.forEach(e -> ids.add(((Identified) e).getId()));
        return ids;
    }

    /** The split file an element's record goes to. */
    static String fileOf(EObject element) {
        return switch (element) {
            case Coding coding -> FOLDER + "/codings/" + name(coding.getDocument()) + "/" + name(coding.getCoder()) + ".jsonl";
            case Memo memo -> FOLDER + "/memos/" + name(memo.getAuthor()) + ".jsonl";
            case Code code -> FOLDER + "/codebooks/" + name(codebookOf(code)) + ".jsonl";
            case Codebook codebook -> FOLDER + "/codebooks/" + name(codebook) + ".jsonl";
            case Turn turn -> FOLDER + "/documents/" + name(turn.getDocument()) + ".jsonl";
            case Document document -> FOLDER + "/documents/" + name(document) + ".jsonl";
            default -> FOLDER + "/project.jsonl";
        };
    }

    private static EObject codebookOf(Code code) {
        EObject up = code;
        while (up != null && !(up instanceof Codebook)) {
            up = up.eContainer();
        }
        return up;
    }

    /** A file name for an element: its id when that is a plain name, else a hash of it (ids from imports may hold anything). */
    private static String name(EObject element) {
        if (!(element instanceof Identified identified) || identified.getId() == null) {
            return "none";
        }
        String id = identified.getId();
        return SAFE_NAME.matcher(id).matches() ? id : "id-" + TextHash.of(id).substring(0, 32);
    }

    /** Builds the project that records describe; records that do not hold together are refused with the first reason. */
    public static Project project(Records records) throws TeamException {
        Map<String, EObject> made = new HashMap<>();
        for (JsonObject record : records.all()) {
            made.put(id(record), create(record));
        }
        Project project = null;
        Map<EObject, Map<EReference, List<EObject>>> children = new LinkedHashMap<>();
        for (JsonObject record : records.all()) {
            EObject element = made.get(id(record));
            if (!record.has(IN)) {
                if (project != null || !(element instanceof Project root)) {
                    throw new TeamException("record " + id(record) + " (" + kind(record) + ") has no container");
                }
                project = root;
                continue;
            }
            EObject parent = made.get(record.get(IN).getAsString());
            if (parent == null) {
                throw new TeamException(kind(record) + " " + id(record) + " sits in " + record.get(IN).getAsString() + ", which is not in the project");
            }
            if (!(parent.eClass().getEStructuralFeature(record.get(AS).getAsString()) instanceof EReference via) || !via.isContainment()
                    || !via.getEReferenceType().isInstance(element)) {
                throw new TeamException(kind(record) + " " + id(record) + " cannot sit in " + parent.eClass().getName() + "." + record.get(AS).getAsString());
            }
            children.computeIfAbsent(parent, p -> new LinkedHashMap<>()).computeIfAbsent(via, v -> new ArrayList<>()).add(element);
        }
        if (project == null) {
            throw new TeamException("the split files hold no project record");
        }
        for (var byParent : children.entrySet()) {
            JsonObject parentRecord = records.get(((Identified) byParent.getKey()).getId()).orElseThrow();
            for (var byFeature : byParent.getValue().entrySet()) {
                attach(byParent.getKey(), byFeature.getKey(), byFeature.getValue(), parentRecord);
            }
        }
        for (JsonObject record : records.all()) {
            setReferences(made.get(id(record)), record, made);
        }
        return project;
    }

    @SuppressWarnings("unchecked")
    private static void attach(EObject parent, EReference via, List<EObject> elements, JsonObject parentRecord) {
        Map<String, Integer> position = new HashMap<>();
        if (parentRecord.get(via.getName()) instanceof JsonArray listed) {
            for (int i = 0; i < listed.size(); i++) {
                position.putIfAbsent(listed.get(i).getAsString(), i);
            }
        }
        List<EObject> ordered = new ArrayList<>(elements);
        // listed children in the container's order; children the list misses (added in a merge) after them, in record order
        ordered.sort((a, b) -> Integer.compare(position.getOrDefault(((Identified) a).getId(), Integer.MAX_VALUE),
                position.getOrDefault(((Identified) b).getId(), Integer.MAX_VALUE)));
        if (via.isMany()) {
            ((List<EObject>) parent.eGet(via)).addAll(ordered);
        } else {
            parent.eSet(via, ordered.get(ordered.size() - 1));
        }
    }

    private static EObject create(JsonObject record) throws TeamException {
        if (!(SameboatPackage.eINSTANCE.getEClassifier(record.get(KIND).getAsString()) instanceof EClass kind) || kind.isAbstract()) {
            throw new TeamException("record " + (record.has("id") ? record.get("id").getAsString() : "") + " is of an unknown kind " + record.get(KIND));
        }
        EObject element = EcoreUtil.create(kind);
        for (EAttribute attribute : kind.getEAllAttributes()) {
            JsonElement value = record.get(attribute.getName());
            if (value == null || attribute.isTransient() || attribute.isDerived()) {
                continue;
            }
            try {
                if (attribute.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<Object> values = (List<Object>) element.eGet(attribute);
                    for (JsonElement one : value.getAsJsonArray()) {
                        values.add(EcoreUtil.createFromString(attribute.getEAttributeType(), one.getAsString()));
                    }
                } else {
                    element.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value.getAsString()));
                }
            } catch (RuntimeException e) {
                throw new TeamException(kind.getName() + "." + attribute.getName() + " of " + record.get("id") + " cannot be read: " + e.getMessage(), e);
            }
        }
        return element;
    }

    @SuppressWarnings("unchecked")
    private static void setReferences(EObject element, JsonObject record, Map<String, EObject> made) throws TeamException {
        for (EReference reference : element.eClass().getEAllReferences()) {
            JsonElement value = record.get(reference.getName());
            if (value == null || reference.isTransient() || reference.isDerived() || reference.isContainer()) {
                continue;
            }
            if (reference.isContainment() && !holdsRecords(reference)) {
                List<EObject> embedded = (List<EObject>) element.eGet(reference);
                for (JsonElement one : value.getAsJsonArray()) {
                    EObject child = create(one.getAsJsonObject());
                    setReferences(child, one.getAsJsonObject(), made);
                    embedded.add(child);
                }
            } else if (!reference.isContainment()) {
                if (reference.isMany()) {
                    List<EObject> targets = (List<EObject>) element.eGet(reference);
                    for (JsonElement one : value.getAsJsonArray()) {
                        targets.add(target(made, one.getAsString(), element, reference));
                    }
                } else {
                    element.eSet(reference, target(made, value.getAsString(), element, reference));
                }
            }
        }
    }

    private static EObject target(Map<String, EObject> made, String id, EObject element, EReference reference) throws TeamException {
        EObject target = made.get(id);
        if (target == null || !reference.getEReferenceType().isInstance(target)) {
            throw new TeamException(element.eClass().getName() + "." + reference.getName() + " names " + id + ", which is not in the project");
        }
        return target;
    }

    /** The ids a record needs to hold together: its container and every element it references, its embedded values' too. */
    static Set<String> needs(JsonObject record) {
        Set<String> ids = new HashSet<>();
        if (record.has(IN)) {
            ids.add(record.get(IN).getAsString());
        }
        collectReferences(record, ids);
        return ids;
    }

    private static void collectReferences(JsonObject record, Set<String> ids) {
        if (!(SameboatPackage.eINSTANCE.getEClassifier(record.get(KIND).getAsString()) instanceof EClass kind)) {
            return;
        }
        for (Map.Entry<String, JsonElement> entry : record.entrySet()) {
            EStructuralFeature feature = kind.getEStructuralFeature(entry.getKey());
            if (!(feature instanceof EReference reference) || reference.isContainer() || reference.isTransient()) {
                continue;
            }
            if (reference.isContainment() && !holdsRecords(reference)) {
                entry.getValue().getAsJsonArray().forEach(one -> collectReferences(one.getAsJsonObject(), ids));
            } else if (!reference.isContainment()) {
                if (entry.getValue().isJsonArray()) {
                    entry.getValue().getAsJsonArray().forEach(one -> ids.add(one.getAsString()));
                } else {
                    ids.add(entry.getValue().getAsString());
                }
            }
        }
    }
}
