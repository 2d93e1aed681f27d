package org.sameboat.views.timeline;

import org.eclipse.swt.graphics.RGB;
import org.sameboat.model.Turn;

/**
 * One turn as a bar in its speaker's lane.
 *
 * @param turn    the turn
 * @param number  its number in the document, from 1
 * @param lane    the speaker's lane
 * @param from    where the bar starts: milliseconds into the session, or the turn's index when times are missing
 * @param to      where it ends, on the same axis
 * @param dynamic the turn's dynamic: a code path, or "none"
 * @param colour  the dynamic's colour, grey for none
 * @param text    the turn's text
 */
public record TurnBar(Turn turn, int number, int lane, long from, long to, String dynamic, RGB colour, String text) {
}
