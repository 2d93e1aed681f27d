package org.sameboat.analysis.network;

import java.util.Map;

/**
 * Talk from one node to another.
 *
 * @param from index of the speaker in {@link Network#nodes()}
 * @param to index of the addressee
 * @param turns turns the speaker addressed to the addressee
 * @param codings per code path, in codebook order, the codings in scope whose help goes from the speaker to the
 *            addressee (the coding's addressee, else its turn's)
 */
public record NetworkEdge(int from, int to, long turns, Map<String, Long> codings) {

    public NetworkEdge {
        codings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codings));
    }

    /** All codings on this edge. */
    public long codingCount() {
        return codings.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The code with the most codings on this edge (the first in codebook order on a tie); empty without codings. */
    public java.util.Optional<String> mostFrequentCode() {
        String best = null;
        long most = 0;
        for (Map.Entry<String, Long> entry : codings.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
