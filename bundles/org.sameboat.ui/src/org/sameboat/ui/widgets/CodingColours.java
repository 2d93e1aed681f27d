package org.sameboat.ui.widgets;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.sameboat.model.Code;

/** SWT colours of codes, owned by a JFace resource manager so they are disposed with the view that made them. */
public final class CodingColours {

    private static final RGB FALLBACK = new RGB(0xDD, 0xDD, 0xDD);

    private final ResourceManager resources;

    public CodingColours(ResourceManager resources) {
        this.resources = resources;
    }

    public Color of(Code code) {
        return resources.create(ColorDescriptor.createFrom(rgb(code == null ? null : code.getColour())));
    }

    /** A darker shade of a code's colour, for stripes and underlines that must stand out on white. */
    public Color strong(Code code) {
        RGB rgb = rgb(code == null ? null : code.getColour());
        return resources.create(ColorDescriptor.createFrom(new RGB(rgb.red * 3 / 5, rgb.green * 3 / 5, rgb.blue * 3 / 5)));
    }

    /** Black or white for text on a code's colour, whichever contrasts more (a dark colour gets white text). */
    public Color text(Code code) {
        return resources.create(ColorDescriptor.createFrom(CodePalette.textOn(rgb(code == null ? null : code.getColour()))));
    }

    public static RGB rgb(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return FALLBACK;
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }

    public static String hex(RGB rgb) {
        return String.format("#%02X%02X%02X", rgb.red, rgb.green, rgb.blue);
    }
}
