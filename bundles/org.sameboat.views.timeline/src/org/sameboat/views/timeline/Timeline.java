package org.sameboat.views.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.swt.graphics.RGB;
import org.sameboat.analysis.project.TurnDynamics;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Turn;
import org.sameboat.model.text.DocumentText;

/**
 * A session laid out for the swim-lane chart: one lane per speaker in order of first speaking, one bar per
 * non-empty turn. The axis is time when every turn has one, else the turn's index, so a transcript without
 * times still shows its sequence.
 *
 * @param document the session
 * @param speakers the lanes' speakers
 * @param bars     the turns, in text order
 * @param timed    whether the axis is milliseconds (else turn index)
 * @param end      the axis' end
 * @param legend   the dynamics that occur, with their colours, in codebook order, then "none"
 */
record Timeline(Document document, List<String> speakers, List<TurnBar> bars, boolean timed, long end, Map<String, RGB> legend) {

    // darker than the lightest code colours (the obstacles' near-white grey), so "none" never passes for a code
    static final RGB NONE = new RGB(176, 176, 176);
    private static final String UNKNOWN_SPEAKER = "(no speaker)";

    /**
     * The same timeline naming other objects: computed on an extract's copies in a job, it is shown with the live
     * document and turns, so that a click reveals what the user sees.
     */
    Timeline naming(Document live, UnaryOperator<Turn> toLive) {
        List<TurnBar> liveBars = bars.stream().map(b -> new TurnBar(toLive.apply(b.turn()), b.number(), b.lane(), b.from(), b.to(),
                b.dynamic(), b.colour(), b.text())).toList();
        return new Timeline(live, speakers, liveBars, timed, end, legend);
    }

    static Timeline of(Document document, TurnDynamics dynamics, int[] dominant) {
        List<Turn> turns = document.getTurns().stream().filter(t -> t.getEnd() > t.getStart()).toList();
        boolean timed = !turns.isEmpty() && turns.stream().allMatch(t -> t.getTime() != null);
        long typicalGap = typicalGap(turns, timed);
        DocumentText text = document.getText() == null ? null : DocumentText.of(document.getText());
        List<String> speakers = new ArrayList<>();
        List<TurnBar> bars = new ArrayList<>();
        Map<Integer, RGB> used = new LinkedHashMap<>();
        boolean anyNone = false;
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            String speaker = speaker(turn);
            if (!speakers.contains(speaker)) {
                speakers.add(speaker);
            }
            int index = document.getTurns().indexOf(turn);
            int dynamic = dominant[index];
            RGB colour = dynamic < 0 ? NONE : rgb(dynamics.codes().get(dynamic));
            if (dynamic < 0) {
                anyNone = true;
            } else {
                used.put(dynamic, colour);
            }
            long from = timed ? turn.getTime() : i;
            long to = timed ? (i + 1 < turns.size() ? Math.max(turns.get(i + 1).getTime(), from + 1) : from + typicalGap) : i + 1;
            String said = text != null && text.contains(turn.getStart(), turn.getEnd()) ? text.slice(turn.getStart(), turn.getEnd()) : "";
            bars.add(new TurnBar(turn, index + 1, speakers.indexOf(speaker), from, to, dynamics.label(dynamic), colour, said));
        }
        Map<String, RGB> legend = new LinkedHashMap<>();
        used.keySet().stream().sorted().forEach(d -> legend.put(dynamics.label(d), used.get(d)));
        if (anyNone) {
            legend.put(TurnDynamics.NONE, NONE);
        }
        long end = bars.isEmpty() ? 1 : bars.get(bars.size() - 1).to();
        return new Timeline(document, speakers, bars, timed, end, legend);
    }

    /** The median gap between turns, for the last turn's length (nothing follows it to end it). */
    private static long typicalGap(List<Turn> turns, boolean timed) {
        if (!timed || turns.size() < 2) {
            return timed ? 10_000 : 1;
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < turns.size(); i++) {
            gaps.add(Math.max(1, turns.get(i).getTime() - turns.get(i - 1).getTime()));
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 2);
    }

    static String speaker(Turn turn) {
        return turn.getSpeaker() == null || turn.getSpeaker().getPseudonym() == null ? UNKNOWN_SPEAKER
                : turn.getSpeaker().getPseudonym();
    }

    /** A code's colour ("#RRGGBB"); grey when it has none or an unreadable one. */
    static RGB rgb(Code code) {
        String hex = code.getColour();
        if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) {
            int value = Integer.parseInt(hex.substring(1), 16);
            return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
        }
        return NONE;
    }
}
