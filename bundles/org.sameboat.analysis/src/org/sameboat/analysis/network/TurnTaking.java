package org.sameboat.analysis.network;

/**
 * Who takes the floor after whom, in one document or pooled over several.
 *
 * @param document the document's name, or {@code all} for the pooled figures
 * @param turns turns in scope (non-empty, with a speaker)
 * @param workerTurns those of them spoken by a worker
 * @param pairs adjacent turns (turn t−1 → t of the same document, in scope) with different speakers
 * @param memberPairs those of the pairs in which a member follows a member
 */
public record TurnTaking(String document, long turns, long workerTurns, long pairs, long memberPairs) {

    /**
     * Below this share of member → member pairs a document is flagged "casework in a group". A third is where the
     * worker takes the floor back, on average, after every second member turn: in the pattern worker, member,
     * member, worker, member, member, … a third of the speaker changes are member → member; strict alternation
     * (worker, member, worker, …: casework with an audience) gives none. See docs/analysis.md.
     */
    public static final double CASEWORK_THRESHOLD = 1.0 / 3.0;

    /** Share of speaker changes that are member → member; NaN without speaker changes. */
    public double memberToMemberShare() {
        return pairs == 0 ? Double.NaN : (double) memberPairs / pairs;
    }

    /** Share of turns that are the worker's; NaN without turns. */
    public double workerTurnShare() {
        return turns == 0 ? Double.NaN : (double) workerTurns / turns;
    }

    /** Whether member → member talk is below {@link #CASEWORK_THRESHOLD} (never without speaker changes). */
    public boolean caseworkInAGroup() {
        return pairs > 0 && memberToMemberShare() < CASEWORK_THRESHOLD;
    }

    TurnTaking plus(TurnTaking other) {
        return new TurnTaking(document, turns + other.turns, workerTurns + other.workerTurns, pairs + other.pairs,
                memberPairs + other.memberPairs);
    }
}
