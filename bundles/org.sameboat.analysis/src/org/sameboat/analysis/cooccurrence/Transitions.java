package org.sameboat.analysis.cooccurrence;

import java.util.ArrayList;
import java.util.List;

import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.project.TurnDynamics;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;

/**
 * The transition matrix of turn dynamics: within each document, in turn order, each turn's
 * {@link TurnDynamics dynamic} followed by the next turn's. Uncoded turns take part as
 * {@value TurnDynamics#NONE}, so a run broken by an uncoded turn is not counted as a transition
 * between its ends. Transitions never cross documents.
 *
 * <p>With a coder in the filter the dynamics are that coder's; without one, all coders' codings
 * are pooled before the dynamic is taken (not summed per coder), so two coders who agree do not
 * count a transition twice. With a speaker role in the filter the sequence is the turns of that
 * role, consecutive among themselves.
 */
public final class Transitions {

    private Transitions() {
    }

    /**
     * @param project the project
     * @param codes the competing codes in tie-break order (empty means every code, codebook order)
     * @param filter what is counted
     * @return the matrix over the codes' paths and {@value TurnDynamics#NONE}
     */
    public static TransitionMatrix compute(Project project, List<Code> codes, Filter filter) {
        TurnDynamics dynamics = new TurnDynamics(codes.isEmpty() ? CodePaths.allCodes(project) : codes);
        int n = dynamics.codes().size() + 1;
        long[][] counts = new long[n][n];
        for (Document document : project.getDocuments()) {
            if (!filter.accepts(document)) {
                continue;
            }
            int[] dominant = dynamics.dominant(document, filter::accepts);
            List<Turn> turns = document.getTurns();
            int previous = Integer.MIN_VALUE;
            for (int t = 0; t < turns.size(); t++) {
                Turn turn = turns.get(t);
                if (turn.getEnd() <= turn.getStart() || !filter.accepts(turn)) {
                    continue;
                }
                int slot = dominant[t] < 0 ? n - 1 : dominant[t];
                if (previous != Integer.MIN_VALUE) {
                    counts[previous][slot]++;
                }
                previous = slot;
            }
        }
        List<String> labels = new ArrayList<>(dynamics.codes().stream().map(CodePaths::path).toList());
        labels.add(TurnDynamics.NONE);
        return new TransitionMatrix(labels, counts);
    }

    /**
     * As {@link #compute(Project, List, Filter)}, on an immutable extract: safe in a job while the user edits the live model. Codes, coders and
     * the filter name live objects; the result is the same as computing on the model as it was extracted.
     */
    public static TransitionMatrix compute(ProjectExtract extract, List<Code> codes, Filter filter) {
        return compute(extract.project(), extract.copiesOf(codes), extract.copyOf(filter));
    }
}
