package org.sameboat.interop.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a merge did, one sentence per line, by kind: elements added, elements matched to ones already
 * there, elements given a new id or name because theirs was taken, conflicts where the two sides differ (this
 * project's side is kept), and warnings about the input. Nothing is dropped without a line here.
 */
public record MergeReport(List<String> added, List<String> matched, List<String> renamed, List<String> conflicts,
        List<String> warnings) {

    public MergeReport {
        added = List.copyOf(added);
        matched = List.copyOf(matched);
        renamed = List.copyOf(renamed);
        conflicts = List.copyOf(conflicts);
        warnings = List.copyOf(warnings);
    }

    /** All lines, each prefixed with its kind, in the order above. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        added.forEach(l -> lines.add("added: " + l));
        matched.forEach(l -> lines.add("matched: " + l));
        renamed.forEach(l -> lines.add("renamed: " + l));
        conflicts.forEach(l -> lines.add("conflict: " + l));
        warnings.forEach(l -> lines.add("warning: " + l));
        return lines;
    }

    /** Collects a report while merging. */
    static final class Builder {
        private final List<String> added = new ArrayList<>();
        private final List<String> matched = new ArrayList<>();
        private final List<String> renamed = new ArrayList<>();
        private final List<String> conflicts = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        void added(String line) {
            added.add(line);
        }

        void matched(String line) {
            matched.add(line);
        }

        void renamed(String line) {
            renamed.add(line);
        }

        void conflict(String line) {
            conflicts.add(line);
        }

        void warning(String line) {
            warnings.add(line);
        }

        MergeReport build() {
            return new MergeReport(added, matched, renamed, conflicts, warnings);
        }
    }
}
