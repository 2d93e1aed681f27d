package org.sameboat.team;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonObject;

/**
 * A project as records: one JSON object per identified element, keyed by its id, in the order they were read.
 * The three-way merge works on records, so that it needs no EMF model of the base, ours and theirs.
 */
public final class Records {

    private final Map<String, JsonObject> byId = new LinkedHashMap<>();

    public void put(JsonObject record) {
        byId.put(SplitCodec.id(record), record);
    }

    public Optional<JsonObject> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    public void remove(String id) {
        byId.remove(id);
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    public Collection<JsonObject> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Records records && records.byId.equals(byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }
}
