package org.sameboat.views.cooccurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Measure;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.views.widgets.Choices;
import org.sameboat.views.widgets.CoderChoice;

/**
 * The co-occurrence view's choices: mode (and window), measure, coder, session, stage and speaker role, offered from
 * the project and read into a {@link CooccurrenceRequest}.
 */
final class CooccurrenceChoices {

    private static final String[] MODES = {"Overlapping codings", "Same turn", "Window of turns"};
    private static final String[] MEASURES = {"Count", "c-coefficient", "Jaccard"};
    /** What the modes count, in a researcher's words (the combo's tooltip and the help line). */
    static final String MODES_HELP = "Overlapping codings: two codings whose text overlaps. Same turn: both codes applied somewhere in "
            + "one speaker turn. Window of turns: both within N consecutive turns of a session.";
    /** What the measures are. */
    static final String MEASURES_HELP = "Count: how many times the two codes occur together. c-coefficient: together \u00F7 "
            + "(either alone + both), 0 to 1 (as in ATLAS.ti). Jaccard: shared \u00F7 covered by either, 0 to 1 (characters when "
            + "overlapping, else units).";

    private final ProjectAccess access;
    private final List<Integer> sessions = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private final Combo mode;
    private final Spinner window;
    private final Combo measure;
    private final CoderChoice coder;
    private final Combo session;
    private final Combo stage;
    private final Combo role;

    /** Makes the choices in the bar; {@code chosen} runs when the user changes one. */
    CooccurrenceChoices(Composite bar, ProjectAccess access, Runnable chosen) {
        this.access = access;
        mode = Choices.combo(bar, "Mode", chosen, MODES);
        mode.select(1);
        mode.setToolTipText(MODES_HELP);
        window = new Spinner(bar, SWT.BORDER);
        window.setValues(3, 2, 50, 0, 1, 5);
        window.setToolTipText("Turns per window");
        window.addListener(SWT.Selection, e -> chosen.run());
        measure = Choices.combo(bar, "Measure", chosen, MEASURES);
        measure.select(0);
        measure.setToolTipText(MEASURES_HELP);
        coder = new CoderChoice(bar, "Coder", access, chosen);
        session = Choices.combo(bar, "Session", chosen);
        stage = Choices.combo(bar, "Stage", chosen);
        role = Choices.combo(bar, "Speakers", chosen, "All speakers", "Group workers", "Members", "Others");
        role.select(0);
    }

    Combo mode() {
        return mode;
    }

    Spinner window() {
        return window;
    }

    Combo measure() {
        return measure;
    }

    Combo coder() {
        return coder.combo();
    }

    Combo session() {
        return session;
    }

    Combo stage() {
        return stage;
    }

    Combo role() {
        return role;
    }

    /** Offers the project's coders, sessions and stages; keeps what was chosen where it still exists. */
    void refill() {
        String keptSession = session.getText();
        String keptStage = stage.getText();
        sessions.clear();
        stages.clear();
        access.project().ifPresent(project -> {
            project.getDocuments().stream().map(Document::getSession).filter(Objects::nonNull).distinct().sorted()
                    .forEach(sessions::add);
            for (Stage s : Stage.values()) {
                if (s != Stage.UNSPECIFIED && project.getDocuments().stream().anyMatch(d -> d.getStage() == s)) {
                    stages.add(s);
                }
            }
        });
        // a blind coder is offered their own codings alone
        coder.refill(coders -> "Pooled: " + names(pooled(coders)), Optional.empty());
        Choices.refill(session, "All sessions", sessions.stream().map(s -> "Session " + s).toList(), keptSession);
        Choices.refill(stage, "All stages", stages.stream().map(Stage::getLiteral).toList(), keptStage);
        session.getParent().layout(true);
    }

    /** What the choices ask for, in the project; the window spinner is only live for the window mode. */
    CooccurrenceRequest request(Project project) {
        List<Code> codes = CodePaths.allCodes(project).stream().filter(Code::isApplicable).toList();
        Mode chosenMode = switch (mode.getSelectionIndex()) {
            case 0 -> Mode.overlap();
            case 2 -> Mode.window(window.getSelection());
            default -> Mode.turn();
        };
        window.setEnabled(chosenMode.kind() == Mode.Kind.WINDOW);
        Measure chosenMeasure = Measure.values()[Math.max(0, measure.getSelectionIndex())];
        Filter filter = Filter.none();
        List<String> scope = new ArrayList<>();
        CoderChoice.Scope whose = coder.scope();
        if (whose.coder().isPresent()) {
            filter = filter.withCoder(whose.coder().get());
            scope.add(whose.words());
        } else {
            List<Coder> consensus = coder.offered().stream().filter(CooccurrenceChoices::isConsensus).toList();
            filter = filter.without(consensus);
            scope.add(names(pooled(coder.offered())) + " pooled" + (consensus.isEmpty() ? ""
                    : " (" + names(consensus) + " left out: a consensus coder repeats the others' codings; choose it as the coder to see it)"));
        }
        if (session.getSelectionIndex() > 0) {
            int chosen = sessions.get(session.getSelectionIndex() - 1);
            filter = filter.withSession(chosen);
            scope.add("session " + chosen);
        }
        if (stage.getSelectionIndex() > 0) {
            Stage chosen = stages.get(stage.getSelectionIndex() - 1);
            filter = filter.withStage(chosen);
            scope.add(chosen.getLiteral() + " stage");
        }
        SpeakerRole chosenRole = switch (role.getSelectionIndex()) {
            case 1 -> SpeakerRole.WORKER;
            case 2 -> SpeakerRole.MEMBER;
            case 3 -> SpeakerRole.OTHER;
            default -> null;
        };
        if (chosenRole != null) {
            filter = filter.withRole(chosenRole);
            scope.add(role.getText().toLowerCase(Locale.ROOT) + " only");
        }
        return new CooccurrenceRequest(project, codes, chosenMode, chosenMeasure, filter, String.join(", ", scope));
    }

    /** A coder who records a consensus rather than rating: named so by adjudication ("consensus" by default). */
    static boolean isConsensus(Coder coder) {
        return coder.getName() != null && coder.getName().toLowerCase(Locale.ROOT).contains("consensus");
    }

    /** The coders "pooled" pools: those the user may see, consensus coders left out. */
    private static List<Coder> pooled(List<Coder> coders) {
        return coders.stream().filter(c -> !isConsensus(c)).toList();
    }

    private static String names(List<Coder> coders) {
        List<String> names = coders.stream().map(Coder::getName).toList();
        return names.isEmpty() ? "no coders" : names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
