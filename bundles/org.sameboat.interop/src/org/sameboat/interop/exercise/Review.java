package org.sameboat.interop.exercise;

import java.time.Instant;

/**
 * An instructor's mark on one example a student wrote.
 *
 * @param accepted true when accepted, false when the student is asked to revise it
 * @param comment what the instructor says about it (may be empty)
 * @param at when it was marked
 */
public record Review(boolean accepted, String comment, Instant at) {

    /** @return "accepted" or "revise" */
    public String verdict() {
        return accepted ? "accepted" : "revise";
    }
}
