package org.sameboat.interop.exercise;

import java.time.Instant;

/**
 * That a student handed the exercise in.
 *
 * @param coder the student's coder name
 * @param at when
 */
public record Submission(String coder, Instant at) {
}
