package org.sameboat.interop.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.sameboat.model.Coding;
import org.sameboat.model.retrieval.Segment;
import org.sameboat.model.store.AtomicFile;

/**
 * Retrieved segments as a self-contained HTML page to read or print (MAXQDA's "export retrieved segments"): a
 * heading per segment with document, turn, speaker, code and coder, then the coded text and the memo; the
 * segments in the order given.
 */
public final class SegmentReport {

    private final String title;

    /** A report under the given title, e.g. the name of the set or a description of the selection. */
    public SegmentReport(String title) {
        this.title = title == null || title.isBlank() ? "Coded segments" : title;
    }

    public String render(List<Coding> codings) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(HtmlReport.esc(title))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222;max-width:50em}"
                        + ".where{color:#555;font-size:.9em;margin:1.5em 0 .25em}.code{font-weight:bold}"
                        + "blockquote{margin:.25em 0 .25em 1em;padding-left:.75em;border-left:4px solid #ccc;white-space:pre-wrap}"
                        + ".memo{font-style:italic;color:#444}</style>\n</head><body>\n");
        html.append("<h1>").append(HtmlReport.esc(title)).append("</h1>\n<p>").append(codings.size()).append(" segment(s).</p>\n");
        for (Coding coding : codings) {
            Segment segment = Segment.of(coding);
            html.append("<div class=\"segment\"><p class=\"where\">").append(HtmlReport.esc(segment.documentName()));
            if (segment.turn() > 0) {
                html.append(", turn ").append(segment.turn());
            }
            if (!segment.speaker().isEmpty()) {
                html.append(", ").append(HtmlReport.esc(segment.speaker()));
            }
            html.append(" — <span class=\"code\"");
            String colour = coding.getCode() == null ? null : coding.getCode().getColour();
            if (colour != null && colour.matches("#[0-9A-Fa-f]{6}")) {
                html.append(" style=\"border-bottom:3px solid ").append(colour).append('"');
            }
            html.append('>').append(HtmlReport.esc(segment.code())).append("</span> (").append(HtmlReport.esc(segment.coder()))
                    .append(")</p>\n<blockquote>").append(HtmlReport.esc(segment.text())).append("</blockquote>\n");
            if (!segment.memo().isEmpty()) {
                html.append("<p class=\"memo\">Memo: ").append(HtmlReport.esc(segment.memo())).append("</p>\n");
            }
            html.append("</div>\n");
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    /** Writes the page atomically. */
    public void write(Path file, List<Coding> codings) throws IOException {
        String html = render(codings);
        AtomicFile.write(file, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }
}
