package org.sameboat.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;

/**
 * A transcript with its codings: the text in a read-only StyledText, coded stretches in their codes' colours
 * (overlaps underlined), speaker names in bold, and a margin with one stripe per coding. Offsets in and out are
 * Sameboat's code points; the widget's UTF-16 indexes stay inside.
 */
public final class TranscriptViewer {

    /** Prefix of dragged text that names a code: "sameboat-code:&lt;id&gt;". */
    public static final String CODE_DRAG_PREFIX = "sameboat-code:";
    /** A stripe's bar; the rest of its lane carries the code's name. */
    private static final int BAR_WIDTH = 4;
    /** The narrowest lane (a bar and a gap), a lane with room for a memo marker, and the widest (a code's name in full). */
    private static final int NARROW_LANE = 6;
    private static final int MARKED_LANE = 17;
    private static final int WIDE_LANE = 110;
    /** How wide all lanes together may grow before each gets narrower: the text keeps most of the width. */
    private static final int MARGIN_BUDGET = 300;
    /** Lanes narrower than this show no name, only the bar (the name is in the tooltip). */
    private static final int NAMED_LANE = 40;
    /** How close to a stripe's end (pixels) a press grabs that end to drag it. */
    private static final int GRAB = 4;
    private static final int READING_POINTS = 11;

    private final Composite control;
    private final Canvas margin;
    private final StyledText text;
    private final CodingColours colours;
    private Document document;
    private DocumentText documentText = DocumentText.of("");
    /** The transcript's header lines (#title:, #group: …), shown as a block above the text instead of in it. */
    private TranscriptHeader header = TranscriptHeader.NONE;
    /** Where the text after the header starts, in UTF-16 of the document: the widget's index 0. */
    private int shift;
    private final Composite headerBlock;
    private CodingLayout layout = null;
    private Runnable pending;
    private int laneWidth = NARROW_LANE;
    private Consumer<Coding> stripeClicked = coding -> {
    };
    private ResizeListener resized = (coding, start, end) -> {
    };
    /** The stripe end being dragged, while the mouse button is down on it. */
    private Drag drag;
    private boolean snapToWords = true;

    /** A stripe as last painted in the margin: its lane's rectangle there, the name shown and whether a memo marker is. */
    public record PaintedStripe(Coding coding, Rectangle bounds, Rectangle bar, String label, boolean memo) {
    }

    /** Told a coding's new range in code points when one of its stripe's ends was dragged. */
    @FunctionalInterface
    public interface ResizeListener {
        void resize(Coding coding, int start, int end);
    }

    private record Drag(Coding coding, boolean end, int fixed) {
    }

    public TranscriptViewer(Composite parent, CodingColours colours) {
        this.colours = colours;
        control = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(2, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        grid.horizontalSpacing = 0;
        grid.verticalSpacing = 0;
        control.setLayout(grid);
        headerBlock = new Composite(control, SWT.NONE);
        GridData headerData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        headerData.exclude = true;
        headerBlock.setLayoutData(headerData);
        headerBlock.setVisible(false);
        // three fields a row: the block stays two or three lines high above a transcript read for hours
        GridLayout headerGrid = new GridLayout(6, false);
        headerGrid.horizontalSpacing = 8;
        headerGrid.marginWidth = 10;
        headerGrid.marginHeight = 6;
        headerGrid.verticalSpacing = 1;
        headerBlock.setLayout(headerGrid);
        margin = new Canvas(control, SWT.DOUBLE_BUFFERED);
        GridData marginData = new GridData(SWT.FILL, SWT.FILL, false, true);
        marginData.widthHint = MARKED_LANE * 2 + 4;
        margin.setLayoutData(marginData);
        text = new StyledText(control, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setEditable(false);
        text.setLeftMargin(8);
        text.setRightMargin(8);
        text.setLineSpacing(3);
        readingFont();
        text.setCaret(new org.eclipse.swt.widgets.Caret(text, SWT.NONE));
        margin.addPaintListener(e -> paintMargin(e.gc));
        text.addPaintListener(e -> margin.redraw());
        text.getVerticalBar().addListener(SWT.Selection, e -> margin.redraw());
        text.addListener(SWT.Resize, e -> {
            if (text.getClientArea().width > 0) {
                runPending();
            }
            margin.redraw();
        });
        control.addListener(SWT.Resize, e -> fitMargin());
        text.addListener(SWT.MouseMove, e -> text.setToolTipText(tooltipAt(new Point(e.x, e.y))));
        margin.addListener(SWT.MouseMove, e -> {
            if (drag != null) {
                dragTo(e.x, e.y);
            } else {
                margin.setToolTipText(marginTooltip(e.x, e.y));
                margin.setCursor(endAt(e.x, e.y).isPresent() ? margin.getDisplay().getSystemCursor(SWT.CURSOR_SIZENS) : null);
            }
        });
        margin.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                pressMargin(e.x, e.y);
            }
        });
        margin.addListener(SWT.MouseUp, e -> {
            if (e.button == 1 && drag != null) {
                releaseDrag(e.x, e.y);
            }
        });
    }

    /**
     * The transcript is read for hours: at least 11 points in the platform's font family (the default is often
     * 9 or 10), as the workbench's stylesheet set it before the workbench dropped CSS styling for a faster start.
     */
    private void readingFont() {
        FontData[] platform = text.getFont().getFontData();
        if (platform.length > 0 && platform[0].getHeight() < READING_POINTS) {
            for (FontData data : platform) {
                data.setHeight(READING_POINTS);
            }
            Font reading = new Font(text.getDisplay(), platform);
            text.setFont(reading);
            text.addDisposeListener(e -> reading.dispose());
        }
    }

    public Composite control() {
        return control;
    }

    /** The text widget, for menus, keys and tests. */
    public StyledText text() {
        return text;
    }

    public Optional<Document> document() {
        return Optional.ofNullable(document);
    }

    /**
     * Shows a document with the given codings; keeps the scroll position when it is the same document. Until the
     * widget has a width the work waits: wrapping a long transcript at a zero width costs seconds.
     */
    public void show(Document shown, List<Coding> codings) {
        // a hover tip names codes and coders of what was shown before: left up, it would outlive a change of
        // document, project or blind layer (an exercise's expert could show through it)
        text.setToolTipText(null);
        margin.setToolTipText(null);
        pending = () -> apply(shown, codings);
        if (text.getClientArea().width > 0) {
            runPending();
        }
    }

    private void runPending() {
        Runnable work = pending;
        pending = null;
        if (work != null) {
            work.run();
        }
    }

    private void apply(Document shown, List<Coding> codings) {
        // the widget holds the text after the header: compare the document's whole text with the one shown before
        boolean same = shown == document && shown != null && documentText.string().equals(shown.getText())
                && text.getCharCount() == documentText.string().length() - shift;
        int top = text.getTopPixel();
        CodingLayout previous = layout;
        document = shown;
        documentText = DocumentText.of(shown == null || shown.getText() == null ? "" : shown.getText());
        TranscriptHeader before = header;
        header = TranscriptHeader.of(documentText.string());
        shift = header.bodyStart();
        if (!header.equals(before)) {
            showHeader();
        }
        layout = shown == null ? null : CodingLayout.of(shown, documentText, codings, colours, shift);
        if (same && previous != null && restyleChangedSpan(previous, layout)) {
            margin.redraw();
            return;
        }
        // size the margin before the text changes, so the long text is wrapped once, at its final width
        fitMargin();
        if (!same) {
            text.setText(documentText.string().substring(shift));
        }
        List<StyleRange> styles = layout == null ? List.of() : layout.styles();
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
        if (same) {
            text.setTopPixel(top);
        }
        margin.redraw();
    }

    /**
     * Gives each lane room for its code's name while the margin takes at most a third of the transcript's width
     * (and never more than MARGIN_BUDGET); narrower lanes show only their bars.
     */
    private void fitMargin() {
        int lanes = Math.max(1, layout == null ? 0 : layout.lanes());
        int budget = Math.min(MARGIN_BUDGET, control.getClientArea().width / 3);
        laneWidth = Math.max(NARROW_LANE, Math.min(WIDE_LANE, budget / lanes));
        int width = lanes * laneWidth + 4;
        GridData data = (GridData) margin.getLayoutData();
        if (data.widthHint != width) {
            data.widthHint = width;
            control.layout(true);
        }
    }

    /**
     * After an edit only a few codings differ; restyling just the stretch they cover keeps coding instant on long
     * transcripts, where replacing every style makes the widget measure every line again. Returns false when
     * the change is too wide to be worth it.
     */
    private boolean restyleChangedSpan(CodingLayout before, CodingLayout after) {
        if (before.lanes() != after.lanes()) {
            return false;
        }
        java.util.Set<StripeKey> old = new java.util.HashSet<>();
        before.stripes().forEach(s -> old.add(StripeKey.of(s)));
        java.util.Set<StripeKey> now = new java.util.HashSet<>();
        after.stripes().forEach(s -> now.add(StripeKey.of(s)));
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        int changed = 0;
        for (StripeKey key : old) {
            if (!now.contains(key)) {
                from = Math.min(from, key.charStart());
                to = Math.max(to, key.charEnd());
                changed++;
            }
        }
        for (StripeKey key : now) {
            if (!old.contains(key)) {
                from = Math.min(from, key.charStart());
                to = Math.max(to, key.charEnd());
                changed++;
            }
        }
        if (changed == 0) {
            return true;
        }
        if (changed > 200) {
            return false;
        }
        // a style reaching over the span's ends (a whole-turn coding around the changed one) is restyled whole, so
        // that the widget ends up with exactly the styles a fresh layout would give it
        List<StyleRange> beforeStyles = before.styles();
        List<StyleRange> afterStyles = after.styles();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (List<StyleRange> styles : List.of(beforeStyles, afterStyles)) {
                for (StyleRange style : styles) {
                    int end = style.start + style.length;
                    if (style.start < to && end > from && (style.start < from || end > to)) {
                        from = Math.min(from, style.start);
                        to = Math.max(to, end);
                        grew = true;
                    }
                }
            }
        }
        List<StyleRange> inside = new ArrayList<>();
        for (StyleRange style : afterStyles) {
            if (style.start >= from && style.start + style.length <= to) {
                inside.add(style);
            }
        }
        text.replaceStyleRanges(from, to - from, inside.toArray(StyleRange[]::new));
        return true;
    }

    /** What makes a stripe look different: which coding, where, in which colour. */
    private record StripeKey(Coding coding, int charStart, int charEnd, Object code, String colour) {
        static StripeKey of(CodingLayout.Stripe stripe) {
            Coding coding = stripe.coding();
            return new StripeKey(coding, stripe.charStart(), stripe.charEnd(), coding.getCode(), stripe.colour());
        }
    }

    /** The selected range in code points, if any text is selected. */
    public Optional<int[]> selection() {
        Point selection = text.getSelection();
        if (selection.x == selection.y) {
            return Optional.empty();
        }
        return Optional.of(new int[] {codePointAt(selection.x), codePointAt(selection.y)});
    }

    /**
     * Selects and reveals [start, end) in code points, in the middle of the view so that the talk before and
     * after it shows too (a long stretch starts a third of the way down).
     */
    public void select(int start, int end) {
        int from = widgetIndex(start);
        int to = widgetIndex(end);
        text.setSelection(from, to);
        if (pending != null || text.getClientArea().height <= 0) {
            text.showSelection();
            return;
        }
        int height = text.getClientArea().height;
        int top = text.getTopPixel();
        int first = top + text.getLocationAtOffset(from).y;
        int last = top + text.getLocationAtOffset(to).y + text.getLineHeight(to);
        int wanted = last - first < height * 2 / 3 ? (first + last) / 2 - height / 2 : first - height / 3;
        text.setTopPixel(Math.max(0, wanted));
        margin.redraw();
    }

    /** Collapses the selection to its end, so that what was just coded shows in its own colour. */
    public void clearSelection() {
        Point selection = text.getSelection();
        text.setSelection(selection.y);
    }

    /** Where [start, end) is drawn, as fractions of the view's height from its top (for tests): {top, bottom}. */
    public double[] placeInView(int start, int end) {
        double height = Math.max(1, text.getClientArea().height);
        int from = widgetIndex(start);
        int to = widgetIndex(end);
        return new double[] {text.getLocationAtOffset(from).y / height, (text.getLocationAtOffset(to).y + text.getLineHeight(to)) / height};
    }

    /** The code-point offset of a UTF-16 index of the widget's text. */
    public int codePoint(int index) {
        return codePointAt(index);
    }

    /** The widget's UTF-16 index of a code-point offset of the document (the header lines are not in the widget). */
    public int widgetIndex(int codePoint) {
        return Math.max(0, documentText.charIndex(codePoint) - shift);
    }

    private int codePointAt(int widgetIndex) {
        return documentText.codePointOffset(widgetIndex + shift);
    }

    /** The header block's lines as shown, "title: Caregivers' Circle, session 1" (for tests). */
    public List<String> headerLines() {
        return header.fields().stream().map(f -> f.key() + ": " + f.value()).toList();
    }

    /** Code-point offset of the caret. */
    public int caret() {
        return codePointAt(text.getCaretOffset());
    }

    /** Codings shown over a code-point offset, innermost last. */
    public List<Coding> codingsAt(int offset) {
        List<Coding> found = new ArrayList<>();
        if (layout != null) {
            for (CodingLayout.Stripe stripe : layout.stripes()) {
                Coding coding = stripe.coding();
                if (coding.getStart() <= offset && offset < coding.getEnd()) {
                    found.add(coding);
                }
            }
        }
        return found;
    }

    /** The style the widget shows at a code-point offset (for tests and the details view). */
    public Optional<StyleRange> styleAt(int offset) {
        int index = widgetIndex(offset);
        return Optional.ofNullable(text.getStyleRangeAtOffset(index));
    }

    /** Fills the header block with the document's header fields, or hides it when there are none. */
    private void showHeader() {
        for (org.eclipse.swt.widgets.Control old : headerBlock.getChildren()) {
            old.dispose();
        }
        for (TranscriptHeader.Field field : header.fields()) {
            org.eclipse.swt.widgets.Label key = new org.eclipse.swt.widgets.Label(headerBlock, SWT.NONE);
            key.setText(Character.toUpperCase(field.key().charAt(0)) + field.key().substring(1));
            key.setForeground(headerBlock.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            org.eclipse.swt.widgets.Label value = new org.eclipse.swt.widgets.Label(headerBlock, SWT.NONE);
            value.setText(field.value());
        }
        boolean any = !header.fields().isEmpty();
        ((GridData) headerBlock.getLayoutData()).exclude = !any;
        headerBlock.setVisible(any);
        headerBlock.setToolTipText(any ? "The transcript's header lines (#title:, #group: …): details of the session, not talk" : null);
        control.layout(true, true);
    }

    /** Called with (code id, code-point offset) when a code from the codebook is dropped on the text. */
    public void onCodeDropped(BiConsumer<String, Integer> handler) {
        DropTarget target = new DropTarget(text, DND.DROP_COPY | DND.DROP_MOVE);
        target.setTransfer(new Transfer[] {TextTransfer.getInstance()});
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String data && data.startsWith(CODE_DRAG_PREFIX)) {
                    Point local = text.toControl(event.x, event.y);
                    int index = text.getOffsetAtPoint(local);
                    handler.accept(data.substring(CODE_DRAG_PREFIX.length()), index < 0 ? caret() : codePointAt(index));
                }
            }
        });
    }

    /** Called with the typed character when a key without modifiers is pressed in the text. */
    public void onKey(Consumer<Character> handler) {
        text.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MODIFIER_MASK) == 0 && e.character != 0) {
                handler.accept(e.character);
            }
        });
    }

    private String tooltipAt(Point point) {
        int index = text.getOffsetAtPoint(point);
        if (index < 0) {
            return null;
        }
        List<Coding> codings = codingsAt(codePointAt(index));
        return codings.isEmpty() ? null : codings.stream().map(TranscriptViewer::describe).collect(Collectors.joining("\n"));
    }

    private String marginTooltip(int x, int y) {
        return stripeAt(x, y).map(s -> describe(s.coding()) + "\nClick to select it; drag its top or bottom end to resize it.")
                .orElse(null);
    }

    /** The stripe painted at a point of the margin, the innermost where lanes share a line. */
    private Optional<PaintedStripe> stripeAt(int x, int y) {
        List<PaintedStripe> painted = paintedStripes();
        for (int i = painted.size() - 1; i >= 0; i--) {
            if (painted.get(i).bounds().contains(x, y)) {
                return Optional.of(painted.get(i));
            }
        }
        return Optional.empty();
    }

    /** The stripe end under a point: (stripe, true) for its bottom end, (stripe, false) for its top. */
    private Optional<Drag> endAt(int x, int y) {
        List<PaintedStripe> painted = paintedStripes();
        for (int i = painted.size() - 1; i >= 0; i--) {
            PaintedStripe stripe = painted.get(i);
            Rectangle bar = stripe.bar();
            if (x < stripe.bounds().x || x >= stripe.bounds().x + stripe.bounds().width) {
                continue;
            }
            Coding coding = stripe.coding();
            if (Math.abs(y - (bar.y + bar.height)) <= GRAB && endVisible(coding)) {
                return Optional.of(new Drag(coding, true, coding.getStart()));
            }
            if (Math.abs(y - bar.y) <= GRAB && startVisible(coding)) {
                return Optional.of(new Drag(coding, false, coding.getEnd()));
            }
        }
        return Optional.empty();
    }

    private boolean startVisible(Coding coding) {
        return widgetIndex(coding.getStart()) >= text.getOffsetAtLine(text.getTopIndex());
    }

    private boolean endVisible(Coding coding) {
        int index = Math.max(0, widgetIndex(coding.getEnd()) - 1);
        return text.getTextBounds(index, index).y + text.getLineHeight() <= text.getClientArea().height;
    }

    private void pressMargin(int x, int y) {
        Optional<Drag> grabbed = endAt(x, y);
        if (grabbed.isPresent()) {
            drag = grabbed.get();
            return;
        }
        stripeAt(x, y).ifPresent(stripe -> {
            select(stripe.coding().getStart(), stripe.coding().getEnd());
            stripeClicked.accept(stripe.coding());
        });
    }

    /** Shows the range the drag would give as the text's selection. */
    private void dragTo(int x, int y) {
        int[] range = dragRange(x, y);
        if (range != null) {
            text.setSelection(widgetIndex(range[0]), widgetIndex(range[1]));
        }
    }

    private void releaseDrag(int x, int y) {
        Drag done = drag;
        int[] range = dragRange(x, y);
        drag = null;
        if (range != null && (range[0] != done.coding().getStart() || range[1] != done.coding().getEnd())) {
            resized.resize(done.coding(), range[0], range[1]);
        }
    }

    /**
     * The coding's range with the dragged end where the pointer is: at the very character when the pointer went
     * over the text, at the line's start or end when it stayed in the margin; snapped to words when that is on.
     * Null when the dragged end would cross the other.
     */
    private int[] dragRange(int x, int y) {
        Point inText = text.toControl(margin.toDisplay(x, y));
        int line = text.getLineIndex(Math.max(0, inText.y));
        int index = inText.x >= 0 ? text.getOffsetAtPoint(inText) : -1;
        if (index < 0) {
            index = drag.end() ? (line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) - 1 : text.getCharCount())
                    : text.getOffsetAtLine(line);
        }
        int moved = codePointAt(index);
        int start = drag.end() ? drag.fixed() : moved;
        int end = drag.end() ? moved : drag.fixed();
        if (snapToWords) {
            int[] snapped = WordSnap.snap(text.getText(), widgetIndex(start), widgetIndex(end));
            start = drag.end() ? start : codePointAt(snapped[0]);
            end = drag.end() ? codePointAt(snapped[1]) : end;
        }
        return start < end ? new int[] {start, end} : null;
    }

    /** Called with a coding whose stripe was clicked (the coding is then selected in the text). */
    public void onStripeClicked(Consumer<Coding> handler) {
        stripeClicked = handler;
    }

    /** Called when a stripe's end was dragged to give its coding a new range. */
    public void onStripeResized(ResizeListener handler) {
        resized = handler;
    }

    /** Whether selections and dragged ends snap to whole words (on by default, as in MAXQDA). */
    public void snapToWords(boolean on) {
        snapToWords = on;
    }

    public boolean snapsToWords() {
        return snapToWords;
    }

    /** Widens the selection to whole words (and drops spaces at its ends) when snapping is on. */
    public void snapSelection() {
        Point selection = text.getSelection();
        if (!snapToWords || selection.x == selection.y) {
            return;
        }
        int[] snapped = WordSnap.snap(text.getText(), selection.x, selection.y);
        if (snapped[0] < snapped[1] && (snapped[0] != selection.x || snapped[1] != selection.y)) {
            text.setSelection(snapped[0], snapped[1]);
        }
    }

    /** The margin, for tests that click or drag its stripes. */
    public Canvas margin() {
        return margin;
    }

    /** "Code — coder: memo" as hovers show it. */
    public static String describe(Coding coding) {
        String code = coding.getCode() == null ? "?" : CodePaths.path(coding.getCode());
        String coder = coding.getCoder() == null ? "?" : coding.getCoder().getName();
        return code + " \u2014 " + coder + (coding.getMemo() == null ? "" : ": " + coding.getMemo());
    }

    private void paintMargin(GC gc) {
        Rectangle area = margin.getClientArea();
        gc.setBackground(margin.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        gc.setFont(labelFont());
        for (PaintedStripe stripe : placeStripes(gc)) {
            Rectangle bar = stripe.bar();
            Coding coding = stripe.coding();
            gc.setBackground(colours.strong(coding.getCode()));
            gc.fillRectangle(bar);
            // the ends as short ticks, like a bracket: what a drag grabs
            int tick = Math.min(stripe.bounds().width - 2, 8);
            gc.fillRectangle(bar.x, bar.y, tick, 2);
            gc.fillRectangle(bar.x, bar.y + bar.height - 2, tick, 2);
            int labelX = bar.x + BAR_WIDTH + 3;
            if (stripe.memo()) {
                paintMemoMarker(gc, labelX, bar.y + 3);
                labelX += 9;
            }
            if (!stripe.label().isEmpty()) {
                gc.setForeground(margin.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
                gc.drawText(stripe.label(), labelX, bar.y + 1, true);
            }
        }
    }

    /** Where the visible stripes go in the margin, with the names that fit their lanes (measured with the GC's font). */
    private List<PaintedStripe> placeStripes(GC gc) {
        List<PaintedStripe> placed = new ArrayList<>();
        if (layout == null || text.getCharCount() == 0) {
            return placed;
        }
        int firstVisible = text.getOffsetAtLine(text.getTopIndex());
        int lastLine = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height));
        int lastVisible = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
        for (CodingLayout.Stripe stripe : layout.stripes()) {
            if (stripe.charEnd() <= firstVisible || stripe.charStart() >= lastVisible) {
                continue;
            }
            Rectangle first = text.getTextBounds(Math.max(stripe.charStart(), firstVisible), Math.max(stripe.charStart(), firstVisible));
            int lastChar = Math.min(stripe.charEnd(), lastVisible) - 1;
            Rectangle last = text.getTextBounds(Math.max(lastChar, 0), Math.max(lastChar, 0));
            int x = 2 + stripe.lane() * laneWidth;
            int height = Math.max(3, last.y + last.height - first.y);
            Rectangle bar = new Rectangle(x, first.y, BAR_WIDTH, height);
            Coding coding = stripe.coding();
            boolean memo = coding.getMemo() != null && !coding.getMemo().isBlank() && laneWidth >= MARKED_LANE;
            int labelX = x + BAR_WIDTH + 3 + (memo ? 9 : 0);
            String label = "";
            int room = x + laneWidth - 2 - labelX;
            if (laneWidth >= NAMED_LANE && room > 8) {
                label = fit(gc, coding.getCode() == null ? "?" : coding.getCode().getName(), room);
            }
            placed.add(new PaintedStripe(coding, new Rectangle(x, first.y, laneWidth, height), bar, label, memo));
        }
        return placed;
    }

    /** The stripes in view as the margin draws them now. */
    public List<PaintedStripe> paintedStripes() {
        GC gc = new GC(margin);
        try {
            gc.setFont(labelFont());
            return placeStripes(gc);
        } finally {
            gc.dispose();
        }
    }

    /** A small note, as a memo marker: a white sheet with a dark border and two lines of "writing". */
    private void paintMemoMarker(GC gc, int x, int y) {
        gc.setBackground(margin.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(x, y, 7, 9);
        gc.setForeground(margin.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(x, y, 7, 9);
        gc.drawLine(x + 2, y + 3, x + 5, y + 3);
        gc.drawLine(x + 2, y + 6, x + 5, y + 6);
    }

    /** The name cut to the room there is, with an ellipsis when it had to be cut. */
    private static String fit(GC gc, String name, int room) {
        if (gc.textExtent(name).x <= room) {
            return name;
        }
        for (int length = name.length() - 1; length > 0; length--) {
            String cut = name.substring(0, length).strip() + "\u2026";
            if (gc.textExtent(cut).x <= room) {
                return cut;
            }
        }
        return "";
    }

    private Font labelFont;

    /** The margin's names in a point smaller than the platform's font, so that more of them fits. */
    private Font labelFont() {
        if (labelFont == null) {
            FontData[] data = margin.getFont().getFontData();
            for (FontData one : data) {
                one.setHeight(Math.max(7, one.getHeight() - 1));
            }
            labelFont = new Font(margin.getDisplay(), data);
            Font made = labelFont;
            margin.addDisposeListener(e -> made.dispose());
        }
        return labelFont;
    }
}
