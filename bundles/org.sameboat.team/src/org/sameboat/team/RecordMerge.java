package org.sameboat.team;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Sameboat's three-way merge of two versions of a project by id, using their common version: every element and
 * every field is merged on its own, never lines of text.
 * <ul>
 * <li>An element added on one side is added; one removed on one side and unchanged on the other is removed.</li>
 * <li>A field changed on one side only takes that change; lists (a code's indicators, a case's documents, the order
 * of a container's children) take the additions and removals of both sides.</li>
 * <li>A field changed on both sides to different values keeps ours (the local value) and is reported as a
 * {@link Conflict}, for the user to keep or to replace by theirs.</li>
 * <li>An element removed on one side but changed on the other is kept (changed), and an element removed on one side
 * but still needed by an element kept (the code of a coding made meanwhile, the document it sits in, a speaker) is
 * kept too, with the elements the removal took along: a sync never loses a coding. Both are reported.</li>
 * </ul>
 * Codings never conflict: each has its own id and a coder changes only their own.
 */
public final class RecordMerge {

    public record Result(Records merged, List<Conflict> conflicts) {
    }

    private RecordMerge() {
    }

    public static Result merge(Records base, Records ours, Records theirs) {
        Records merged = new Records();
        List<Conflict> conflicts = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>(ours.ids());
        all.addAll(theirs.ids());
        all.addAll(base.ids());
        for (String id : all) {
            JsonObject b = base.get(id).orElse(null);
            JsonObject o = ours.get(id).orElse(null);
            JsonObject t = theirs.get(id).orElse(null);
            if (o == null && t == null) {
                continue;
            }
            if (b != null && (o == null || t == null)) {
                JsonObject kept = o == null ? t : o;
                if (!kept.equals(b)) {
                    merged.put(kept);
                    conflicts.add(new Conflict(id, SplitCodec.kind(kept), Conflict.WHOLE,
                            "kept, changed " + (o == null ? "there" : "here") + " but removed " + (o == null ? "here" : "there"), ""));
                }
                continue;
            }
            if (o == null || t == null) {
                merged.put(o == null ? t : o);
                continue;
            }
            merged.put(mergeFields(b == null ? new JsonObject() : b, o, t, conflicts));
        }
        keepWhatIsNeeded(merged, base, ours, theirs, conflicts);
        return new Result(merged, conflicts);
    }

    private static JsonObject mergeFields(JsonObject b, JsonObject o, JsonObject t, List<Conflict> conflicts) {
        if (o.equals(t) || t.equals(b)) {
            return o;
        }
        if (o.equals(b)) {
            return t;
        }
        JsonObject merged = new JsonObject();
        Set<String> keys = new LinkedHashSet<>(o.keySet());
        keys.addAll(t.keySet());
        for (String key : keys) {
            JsonElement bv = b.get(key);
            JsonElement ov = o.get(key);
            JsonElement tv = t.get(key);
            JsonElement value;
            if (Objects.equals(ov, tv) || Objects.equals(tv, bv)) {
                value = ov;
            } else if (Objects.equals(ov, bv)) {
                value = tv;
            } else if (isList(ov) && isList(tv) && (bv == null || bv.isJsonArray())) {
                value = mergeLists(bv == null ? new JsonArray() : bv.getAsJsonArray(), list(ov), list(tv));
            } else {
                value = ov;
                conflicts.add(new Conflict(SplitCodec.id(o), SplitCodec.kind(o), key, json(ov), json(tv)));
            }
            if (value != null) {
                merged.add(key, value);
            }
        }
        return merged;
    }

    private static boolean isList(JsonElement value) {
        return value == null || value.isJsonArray();
    }

    private static JsonArray list(JsonElement value) {
        return value == null ? new JsonArray() : value.getAsJsonArray();
    }

    /** Ours in our order without what theirs removed, then what theirs added in their order. */
    private static JsonArray mergeLists(JsonArray base, JsonArray ours, JsonArray theirs) {
        JsonArray merged = new JsonArray();
        for (JsonElement element : ours) {
            if (!base.contains(element) || theirs.contains(element)) {
                merged.add(element);
            }
        }
        for (JsonElement element : theirs) {
            if (!base.contains(element) && !merged.contains(element)) {
                merged.add(element);
            }
        }
        return merged;
    }

    private static String json(JsonElement value) {
        return value == null ? "null" : value.toString();
    }

    /**
     * Brings back every element a kept element needs (container, references) that one side removed, from the side
     * that still has it, with the elements it held there that are missing too (a document's turns and codings).
     */
    private static void keepWhatIsNeeded(Records merged, Records base, Records ours, Records theirs, List<Conflict> conflicts) {
        Deque<JsonObject> toCheck = new ArrayDeque<>(merged.all());
        while (!toCheck.isEmpty()) {
            JsonObject record = toCheck.pop();
            for (String needed : SplitCodec.needs(record)) {
                if (merged.has(needed)) {
                    continue;
                }
                Optional<JsonObject> found = ours.get(needed).or(() -> theirs.get(needed)).or(() -> base.get(needed));
                if (found.isEmpty()) {
                    continue; // named by no version: decoding reports it
                }
                merged.put(found.get());
                toCheck.push(found.get());
                conflicts.add(new Conflict(needed, SplitCodec.kind(found.get()), Conflict.WHOLE,
                        "kept although removed on one side, because " + SplitCodec.kind(record) + " " + SplitCodec.id(record) + " needs it", ""));
                for (Records side : List.of(ours, theirs, base)) {
                    for (JsonObject held : side.all()) {
                        if (held.has(SplitCodec.IN) && held.get(SplitCodec.IN).getAsString().equals(needed) && !merged.has(SplitCodec.id(held))) {
                            merged.put(held);
                            toCheck.push(held);
                        }
                    }
                }
            }
        }
    }
}
