package org.sameboat.ui.widgets;

import java.util.function.Consumer;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * The codebook's tool icons, drawn here at 16×16 rather than taken from an icon set: plain shapes whose meaning
 * the tooltips spell out. Each is drawn on a key colour that then becomes transparent.
 */
public final class ToolIcons {

    private static final int SIZE = 16;
    private static final RGB KEY = new RGB(255, 0, 255);
    private static final RGB INK = new RGB(0x33, 0x33, 0x33);
    private static final RGB GREEN = new RGB(0x1B, 0x8A, 0x3A);

    private final ResourceManager resources;

    public ToolIcons(ResourceManager resources) {
        this.resources = resources;
    }

    /** A green plus: add a code. */
    public Image add() {
        return draw(gc -> {
            fill(gc, GREEN);
            gc.fillRectangle(7, 2, 3, 13);
            gc.fillRectangle(2, 7, 13, 3);
        });
    }

    /** A branch of the tree with a small plus at its end: add a sub-code. */
    public Image addSubCode() {
        return draw(gc -> {
            fill(gc, INK);
            gc.fillRectangle(2, 1, 2, 10);
            gc.fillRectangle(2, 9, 5, 2);
            gc.fillRectangle(2, 1, 6, 2);
            fill(gc, GREEN);
            gc.fillRectangle(10, 6, 2, 9);
            gc.fillRectangle(7, 9, 8, 2);
        });
    }

    /** A pencil: rename. */
    public Image rename() {
        return draw(gc -> {
            fill(gc, new RGB(0xE0, 0xA0, 0x30));
            gc.fillPolygon(new int[] {4, 12, 12, 4, 14, 6, 6, 14});
            fill(gc, INK);
            gc.fillPolygon(new int[] {2, 14, 4, 12, 6, 14});
            gc.drawPolygon(new int[] {2, 14, 12, 4, 14, 6, 4, 16});
            gc.fillRectangle(1, 15, 14, 1);
        });
    }

    /** Three overlapping discs: the code's colour. */
    public Image colour() {
        return draw(gc -> {
            fill(gc, new RGB(0xFB, 0x80, 0x72));
            gc.fillOval(1, 1, 9, 9);
            fill(gc, new RGB(0x80, 0xB1, 0xD3));
            gc.fillOval(6, 1, 9, 9);
            fill(gc, new RGB(0xB3, 0xDE, 0x69));
            gc.fillOval(3, 6, 9, 9);
        });
    }

    /** Two lines joining into one arrow: merge into another code. */
    public Image merge() {
        return draw(gc -> {
            Color ink = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(INK));
            gc.setForeground(ink);
            gc.setLineWidth(2);
            gc.drawLine(1, 3, 7, 8);
            gc.drawLine(1, 13, 7, 8);
            gc.drawLine(7, 8, 12, 8);
            fill(gc, INK);
            gc.fillPolygon(new int[] {11, 4, 15, 8, 11, 12});
        });
    }

    /** A closed book with a plus: a new codebook. */
    public Image newCodebook() {
        return draw(gc -> {
            fill(gc, new RGB(0x4A, 0x6F, 0xA5));
            gc.fillRectangle(1, 2, 9, 13);
            fill(gc, new RGB(0xFF, 0xFF, 0xFF));
            gc.fillRectangle(3, 4, 5, 1);
            fill(gc, GREEN);
            gc.fillRectangle(11, 4, 2, 8);
            gc.fillRectangle(8, 7, 8, 2);
        });
    }

    private void fill(GC gc, RGB rgb) {
        gc.setBackground(resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(rgb)));
    }

    private Image draw(Consumer<GC> drawing) {
        Display display = Display.getCurrent();
        Image canvas = new Image(display, SIZE, SIZE);
        ImageData data;
        try {
            GC gc = new GC(canvas);
            try {
                fill(gc, KEY);
                gc.fillRectangle(0, 0, SIZE, SIZE);
                gc.setAntialias(SWT.OFF);
                drawing.accept(gc);
            } finally {
                gc.dispose();
            }
            data = canvas.getImageData();
        } finally {
            canvas.dispose();
        }
        data.transparentPixel = data.palette.getPixel(KEY);
        ImageData drawn = data;
        return resources.create(ImageDescriptor.createFromImageDataProvider(zoom -> zoom == 100 ? drawn : null));
    }
}
