package org.sameboat.ui.widgets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Turn;
import org.sameboat.model.text.DocumentText;

/**
 * Turns a document's visible codings into what the transcript draws: non-overlapping style ranges (background
 * in the colour of the innermost coding, an underline in another code's colour where codings overlap, speaker
 * names in bold) and one margin lane per coding so that overlapping codings get side-by-side stripes, as MAXQDA
 * draws them. One sweep over sorted boundaries: O(n log n) in codings and turns.
 */
public final class CodingLayout {

    /**
     * A coding placed in the margin: its UTF-16 range in the widget, its lane (0 = leftmost) and its code's colour
     * when the layout was made (so that a recolouring shows as a change).
     */
    public record Stripe(Coding coding, int charStart, int charEnd, int lane, String colour) {
    }

    private final List<StyleRange> styles;
    private final List<Stripe> stripes;
    private final int lanes;

    private CodingLayout(List<StyleRange> styles, List<Stripe> stripes, int lanes) {
        this.styles = styles;
        this.stripes = stripes;
        this.lanes = lanes;
    }

    public List<StyleRange> styles() {
        return styles;
    }

    public List<Stripe> stripes() {
        return stripes;
    }

    public int lanes() {
        return lanes;
    }

    /**
     * @param shift where the widget's text starts in the document's UTF-16 (the header lines before it are shown
     *              apart); every index of the layout is the widget's
     */
    public static CodingLayout of(Document document, DocumentText text, List<Coding> codings, CodingColours colours, int shift) {
        List<Stripe> stripes = placeStripes(text, codings, shift);
        int lanes = stripes.stream().mapToInt(Stripe::lane).max().orElse(-1) + 1;
        return new CodingLayout(styles(document, text, stripes, colours, shift), stripes, lanes);
    }

    public static CodingLayout of(Document document, DocumentText text, List<Coding> codings, CodingColours colours) {
        return of(document, text, codings, colours, 0);
    }

    private static List<Stripe> placeStripes(DocumentText text, List<Coding> codings, int shift) {
        List<Coding> sorted = new ArrayList<>();
        for (Coding coding : codings) {
            // a coding of the header lines alone has no place in the widget's text
            if (text.contains(coding.getStart(), coding.getEnd()) && coding.getStart() < coding.getEnd()
                    && text.charIndex(coding.getEnd()) > shift) {
                sorted.add(coding);
            }
        }
        sorted.sort(Comparator.comparingInt(Coding::getStart).thenComparing(Comparator.comparingInt(Coding::getEnd).reversed()));
        List<Integer> laneEnds = new ArrayList<>();
        List<Stripe> stripes = new ArrayList<>(sorted.size());
        for (Coding coding : sorted) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > coding.getStart()) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(coding.getEnd());
            } else {
                laneEnds.set(lane, coding.getEnd());
            }
            stripes.add(new Stripe(coding, Math.max(0, text.charIndex(coding.getStart()) - shift), text.charIndex(coding.getEnd()) - shift, lane,
                    coding.getCode() == null ? null : coding.getCode().getColour()));
        }
        return stripes;
    }

    private record Event(int position, boolean opens, Stripe stripe, boolean speaker) {
    }

    private static List<StyleRange> styles(Document document, DocumentText text, List<Stripe> stripes, CodingColours colours, int shift) {
        List<Event> events = new ArrayList<>();
        for (Stripe stripe : stripes) {
            events.add(new Event(stripe.charStart(), true, stripe, false));
            events.add(new Event(stripe.charEnd(), false, stripe, false));
        }
        String string = text.string();
        for (Turn turn : document.getTurns()) {
            if (!text.contains(turn.getStart(), turn.getEnd())) {
                continue;
            }
            int utterance = text.charIndex(turn.getStart());
            int lineStart = string.lastIndexOf('\n', Math.max(0, utterance - 1)) + 1;
            if (lineStart < utterance && lineStart >= shift) {
                events.add(new Event(lineStart - shift, true, null, true));
                events.add(new Event(utterance - shift, false, null, true));
            }
        }
        events.sort(Comparator.comparingInt(Event::position).thenComparing(e -> e.opens()));
        List<StyleRange> styles = new ArrayList<>();
        List<Stripe> active = new ArrayList<>();
        int speakers = 0;
        int previous = 0;
        for (Event event : events) {
            if (event.position() > previous && (!active.isEmpty() || speakers > 0)) {
                styles.add(style(previous, event.position(), active, speakers > 0, colours));
            }
            previous = Math.max(previous, event.position());
            if (event.speaker()) {
                speakers += event.opens() ? 1 : -1;
            } else if (event.opens()) {
                active.add(event.stripe());
            } else {
                active.remove(event.stripe());
            }
        }
        return styles;
    }

    private static StyleRange style(int start, int end, List<Stripe> active, boolean speaker, CodingColours colours) {
        StyleRange style = new StyleRange();
        style.start = start;
        style.length = end - start;
        if (speaker) {
            style.fontStyle = SWT.BOLD;
        }
        if (!active.isEmpty()) {
            Coding innermost = active.get(active.size() - 1).coding();
            style.background = colours.of(innermost.getCode());
            style.foreground = colours.text(innermost.getCode());
            if (active.size() > 1) {
                style.underline = true;
                style.underlineStyle = SWT.UNDERLINE_DOUBLE;
                style.underlineColor = colours.strong(active.get(active.size() - 2).coding().getCode());
            }
        }
        return style;
    }
}
