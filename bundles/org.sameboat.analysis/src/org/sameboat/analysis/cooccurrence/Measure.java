package org.sameboat.analysis.cooccurrence;

import java.util.Locale;

/** What a co-occurrence table shows in its cells. See {@link CooccurrenceTable#value}. */
public enum Measure {
    /** The number of co-occurrences n12. */
    COUNT,
    /** ATLAS.ti's c-coefficient n12 / (n1 + n2 - n12), over the mode's units. */
    C,
    /** Jaccard's index |A and B| / |A or B|; over characters in overlap mode, over units otherwise. */
    JACCARD;

    /**
     * @param text "count", "c" or "jaccard"
     * @return the measure
     * @throws IllegalArgumentException for anything else
     */
    public static Measure parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "count" -> COUNT;
            case "c" -> C;
            case "jaccard" -> JACCARD;
            default -> throw new IllegalArgumentException("measure must be count, c or jaccard, not '" + text + "'");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
