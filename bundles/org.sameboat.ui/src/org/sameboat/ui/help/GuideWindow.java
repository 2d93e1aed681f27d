package org.sameboat.ui.help;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Help > User guide: the guide's pages listed on the left, the chosen one on the right as styled text; a link to
 * another page of the guide opens it here, any other link in the system browser, and "Open in browser" shows the
 * page as HTML there. One window for the workbench: asking again brings it to the front.
 */
public final class GuideWindow {

    /** The workbench window keeps its guide window under this key, so asking again brings it forward. */
    private static final String KEY = "org.sameboat.ui.guide";

    private final Guide guide;
    private final Shell shell;
    private final org.eclipse.swt.widgets.List list;
    private final StyledText reader;
    private final List<Font> fonts = new ArrayList<>();
    private final Font heading1;
    private final Font heading2;
    private final Font heading3;
    private final Font mono;
    private MarkdownText.Rendered shown;
    private Guide.Page page;

    private GuideWindow(Shell parent, Guide guide) {
        this.guide = guide;
        shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText("Sameboat user guide");
        shell.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        list = new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        guide.pages().forEach(p -> list.add(p.title()));
        reader = new StyledText(sash, SWT.BORDER | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
        reader.setMargins(12, 8, 12, 8);
        sash.setWeights(22, 78);
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        Button browser = new Button(buttons, SWT.PUSH);
        browser.setText("Open in browser");
        browser.setToolTipText("Show this page as a web page in the system browser");
        browser.addListener(SWT.Selection, e -> openInBrowser());
        Label where = new Label(buttons, SWT.NONE);
        where.setText(guide.pages().isEmpty() ? "The guide is missing from this build; rebuild with ./mvnw verify." : "");

        Font base = reader.getFont();
        heading1 = font(base, 1.6, SWT.BOLD);
        heading2 = font(base, 1.3, SWT.BOLD);
        heading3 = font(base, 1.1, SWT.BOLD);
        mono = JFaceResources.getTextFont();
        list.addListener(SWT.Selection, e -> {
            if (list.getSelectionIndex() >= 0) {
                show(guide.pages().get(list.getSelectionIndex()).file(), null);
            }
        });
        reader.addListener(SWT.MouseUp, e -> followLink(e.x, e.y));
        shell.addListener(SWT.Dispose, e -> {
            fonts.forEach(Font::dispose);
            if (!parent.isDisposed() && parent.getData(KEY) == this) {
                parent.setData(KEY, null);
            }
        });
        shell.setSize(1000, 720);
    }

    /** Opens (or brings forward) the guide at a page, and at a heading of it when one is named. */
    public static GuideWindow show(Shell parent, String file, String heading) {
        GuideWindow window = parent.getData(KEY) instanceof GuideWindow kept && !kept.shell.isDisposed() ? kept
                : new GuideWindow(parent, Guide.shipped());
        parent.setData(KEY, window);
        window.shell.open();
        window.show(file, heading);
        return window;
    }

    private Font font(Font base, double scale, int style) {
        FontData[] data = base.getFontData();
        for (FontData d : data) {
            d.setHeight((int) Math.round(d.getHeight() * scale));
            d.setStyle(style);
        }
        Font font = new Font(shell.getDisplay(), data);
        fonts.add(font);
        return font;
    }

    /** Shows a page of the guide; an unknown one leaves the page shown. */
    public void show(String file, String heading) {
        guide.page(file).or(() -> guide.pages().stream().findFirst()).ifPresent(p -> {
            page = p;
            list.select(guide.pages().indexOf(p));
            shown = MarkdownText.render(p.markdown());
            reader.setText(shown.text());
            reader.setStyleRanges(styles(shown));
            int at = heading == null ? -1 : shown.heading(heading);
            if (at < 0) {
                reader.setTopPixel(0);
            } else {
                reader.setTopIndex(reader.getLineAtOffset(at));
            }
        });
    }

    private StyleRange[] styles(MarkdownText.Rendered rendered) {
        List<StyleRange> ranges = new ArrayList<>();
        for (MarkdownText.Span span : rendered.spans()) {
            StyleRange range = new StyleRange();
            range.start = span.start();
            range.length = span.length();
            switch (span.kind()) {
                case HEADING_1 -> range.font = heading1;
                case HEADING_2 -> range.font = heading2;
                case HEADING_3 -> range.font = heading3;
                case STRONG -> range.fontStyle = SWT.BOLD;
                case EMPHASIS -> range.fontStyle = SWT.ITALIC;
                case CODE -> range.font = mono;
                case LINK -> {
                    range.underline = true;
                    range.foreground = shell.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
                    range.data = span.target();
                }
            }
            ranges.add(range);
        }
        // StyledText wants ranges in order and not overlapping; nested styles (a link in bold) keep the inner one
        ranges.sort(java.util.Comparator.comparingInt((StyleRange r) -> r.start));
        List<StyleRange> flat = new ArrayList<>();
        int end = 0;
        for (StyleRange range : ranges) {
            if (range.start >= end) {
                flat.add(range);
                end = range.start + range.length;
            }
        }
        return flat.toArray(StyleRange[]::new);
    }

    private void followLink(int x, int y) {
        int offset = reader.getOffsetAtPoint(new org.eclipse.swt.graphics.Point(x, y));
        if (offset < 0 || reader.getSelectionCount() > 0) {
            return;
        }
        StyleRange range = reader.getStyleRangeAtOffset(offset);
        if (range == null || !(range.data instanceof String target)) {
            return;
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        file = file.substring(file.lastIndexOf('/') + 1);
        if (!target.contains("://") && guide.page(file).isPresent()) {
            show(file, null);
        } else if (target.contains("://")) {
            Program.launch(target);
        }
    }

    private void openInBrowser() {
        if (page == null) {
            return;
        }
        try {
            Path html = Files.createTempFile("sameboat-guide-", ".html");
            html.toFile().deleteOnExit();
            Files.writeString(html, MarkdownText.html(page.title(), page.markdown()), StandardCharsets.UTF_8);
            if (!Program.launch(html.toUri().toString())) {
                org.eclipse.jface.dialogs.MessageDialog.openError(shell, "No browser", "No program to show web pages was found; the page is in " + html);
            }
        } catch (IOException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(shell, "Could not open the page", e.getMessage());
        }
    }

    public Shell shell() {
        return shell;
    }

    public StyledText reader() {
        return reader;
    }

    public Guide.Page page() {
        return page;
    }
}
