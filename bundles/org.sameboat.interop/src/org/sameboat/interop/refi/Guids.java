package org.sameboat.interop.refi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** REFI GUIDs and Sameboat ids: both are UUIDs, written by REFI tools in either case and sometimes in braces. */
final class Guids {

    private static final Pattern GUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?");

    private Guids() {
    }

    /** A REFI GUID as a Sameboat id: lower case, no braces; anything else is kept as written. */
    static String toId(String guid) {
        String trimmed = guid.strip();
        if (GUID.matcher(trimmed).matches()) {
            return trimmed.replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
        }
        return trimmed;
    }

    static boolean isGuid(String value) {
        return value != null && GUID.matcher(value).matches();
    }

    /**
     * A Sameboat id as a REFI GUID. Ids are UUIDs by design; an id that is not (hand-edited files) gets a GUID
     * derived from it, the same at every export.
     */
    static String toGuid(String id) {
        return isGuid(id) ? toId(id) : derived("id:" + id);
    }

    /** A GUID derived from a key, for REFI elements that Sameboat does not keep (selections, coding notes). */
    static String derived(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
