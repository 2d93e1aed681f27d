package org.sameboat.ui.team;

import org.sameboat.team.TeamSync;

/** A sync's outcome in one or two lines of our own words. */
final class Outcomes {

    private Outcomes() {
    }

    static String describe(TeamSync.Outcome outcome) {
        StringBuilder out = new StringBuilder();
        out.append(outcome.committedLocalWork() ? "Your work was sent" : "Nothing of yours was new");
        out.append(outcome.blind() ? " (to your own branch: you code blind until you release your layer)" : "");
        out.append(outcome.mergedCommits() == 0 ? "; nothing new from the others." : "; " + outcome.mergedCommits() + " change(s) from the others merged in.");
        if (!outcome.kept().isEmpty()) {
            out.append(" ").append(outcome.kept().size()).append(" element(s) removed on one side were kept, so that no work is lost.");
        }
        if (!outcome.conflicts().isEmpty()) {
            out.append("\n").append(outcome.conflicts().size()).append(" conflict(s): yours was kept; decide them in Team > Resolve conflicts.");
        }
        return out.toString();
    }
}
