package org.sameboat.ui.help;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A Markdown page as text with styled spans, for the in-workbench reader (a StyledText: the SWT browser needs
 * WebKit, which a machine may lack). CommonMark (with GitHub tables) parses; this only lays the parsed blocks out.
 */
public final class MarkdownText {

    /** How a stretch of the text is shown. */
    public enum Kind { HEADING_1, HEADING_2, HEADING_3, STRONG, EMPHASIS, CODE, LINK }

    /** A styled stretch: [start, start + length) of the text; target is a link's destination. */
    public record Span(int start, int length, Kind kind, String target) {
    }

    /** The laid-out page; headings lists the heading spans in order, to jump to a section. */
    public record Rendered(String text, List<Span> spans) {

        /** Where the first heading with these words begins, or -1. */
        public int heading(String words) {
            for (Span span : spans) {
                if (span.kind().name().startsWith("HEADING") && text.substring(span.start(), span.start() + span.length()).strip()
                        .equalsIgnoreCase(words)) {
                    return span.start();
                }
            }
            return -1;
        }
    }

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private MarkdownText() {
    }

    public static Rendered render(String markdown) {
        Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
        Layout layout = new Layout();
        document.accept(layout);
        return new Rendered(layout.out.toString().stripTrailing() + "\n", layout.spans);
    }

    /** The page as a self-contained HTML file, for the system browser. */
    public static String html(String title, String markdown) {
        Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
        String body = HtmlRenderer.builder().extensions(EXTENSIONS).build().render(document);
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title.replace("<", "&lt;")
                + "</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}"
                + "code,pre{background:#f4f4f4}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style>"
                + "</head><body>\n" + body + "</body></html>\n";
    }

    private static final class Layout extends AbstractVisitor {
        final StringBuilder out = new StringBuilder();
        final List<Span> spans = new ArrayList<>();
        private String indent = "";
        private final List<int[]> counters = new ArrayList<>();

        private void blankLine() {
            if (out.isEmpty()) {
                return;
            }
            while (!out.toString().endsWith("\n\n")) {
                out.append('\n');
            }
        }

        private void styled(Kind kind, String target, Runnable children) {
            int start = out.length();
            children.run();
            if (out.length() > start) {
                spans.add(new Span(start, out.length() - start, kind, target));
            }
        }

        @Override
        public void visit(Heading heading) {
            blankLine();
            Kind kind = heading.getLevel() == 1 ? Kind.HEADING_1 : heading.getLevel() == 2 ? Kind.HEADING_2 : Kind.HEADING_3;
            styled(kind, null, () -> visitChildren(heading));
            out.append("\n\n");
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (!(paragraph.getParent() instanceof ListItem) || paragraph.getPrevious() != null) {
                blankLine();
                out.append(indent);
            }
            visitChildren(paragraph);
            out.append('\n');
        }

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append('\n').append(indent);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled(Kind.STRONG, null, () -> visitChildren(strong));
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled(Kind.EMPHASIS, null, () -> visitChildren(emphasis));
        }

        @Override
        public void visit(Code code) {
            styled(Kind.CODE, null, () -> out.append(code.getLiteral()));
        }

        @Override
        public void visit(Link link) {
            styled(Kind.LINK, link.getDestination(), () -> visitChildren(link));
        }

        @Override
        public void visit(Image image) {
            // the reader shows no pictures: their description says what they show
            out.append("[picture: ");
            visitChildren(image);
            out.append(']');
        }

        @Override
        public void visit(FencedCodeBlock code) {
            block(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            block(code.getLiteral());
        }

        private void block(String literal) {
            blankLine();
            StringBuilder lines = new StringBuilder();
            for (String line : literal.stripTrailing().split("\n", -1)) {
                lines.append(indent).append("    ").append(line).append('\n');
            }
            styled(Kind.CODE, null, () -> out.append(lines));
        }

        @Override
        public void visit(BulletList list) {
            list(list, null);
        }

        @Override
        public void visit(OrderedList list) {
            list(list, new int[] {list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber()});
        }

        private void list(Node list, int[] counter) {
            if (!(list.getParent() instanceof ListItem)) {
                blankLine();
            } else if (!out.toString().endsWith("\n")) {
                out.append('\n');
            }
            counters.add(counter);
            visitChildren(list);
            counters.remove(counters.size() - 1);
        }

        @Override
        public void visit(ListItem item) {
            int[] counter = counters.get(counters.size() - 1);
            if (!out.toString().endsWith("\n") && !out.isEmpty()) {
                out.append('\n');
            }
            out.append(indent).append(counter == null ? "\u2022 " : counter[0]++ + ". ");
            String before = indent;
            indent = indent + "   ";
            visitChildren(item);
            indent = before;
        }

        @Override
        public void visit(BlockQuote quote) {
            String before = indent;
            indent = indent + "    ";
            visitChildren(quote);
            indent = before;
        }

        @Override
        public void visit(ThematicBreak rule) {
            blankLine();
            out.append("\u2500".repeat(40)).append('\n');
        }

        @Override
        public void visit(HtmlBlock html) {
            // raw HTML (comments, anchors) says nothing to a reader of the text
        }

        @Override
        public void visit(HtmlInline html) {
            // as above
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
                blankLine();
            }
            visitChildren(block);
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TableRow row) {
                out.append(indent);
                boolean header = row.getParent() instanceof TableHead;
                if (header) {
                    styled(Kind.STRONG, null, () -> visitChildren(row));
                } else {
                    visitChildren(row);
                }
                out.append('\n');
            } else if (node instanceof TableCell cell) {
                visitChildren(cell);
                if (cell.getNext() != null) {
                    out.append("  \u2502  ");
                }
            } else {
                visitChildren(node);
            }
        }
    }
}
