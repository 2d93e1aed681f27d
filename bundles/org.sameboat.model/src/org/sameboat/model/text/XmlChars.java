package org.sameboat.model.text;

import java.util.OptionalInt;

/**
 * The characters a project file can hold. The model is XML 1.0, which has no way to write most control characters
 * (NUL, ESC, U+0001 …), U+FFFE, U+FFFF or a lone surrogate, not even as a character reference: a name holding one
 * is saved as a file that no parser reads back. Every way in checks text with this class, so that such input is
 * refused where it can be named (file, line, option) rather than when the project is saved or loaded.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /**
     * Text as XML or HTML content or attribute value: the five markup characters as entities; null as empty. Our
     * reports, exports and feedback pages all write through this one escaper.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether XML 1.0 can hold this code point. */
    public static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }

    /** The char index of the first code point XML 1.0 cannot hold, if any. */
    public static OptionalInt firstIllegal(String text) {
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            if (!allowed(codePoint)) {
                return OptionalInt.of(i);
            }
            i += Character.charCount(codePoint);
        }
        return OptionalInt.empty();
    }

    /** A code point as users can read it in a message, without echoing it: U+001B. */
    public static String describe(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /** The code point at a char index, described. */
    public static String describeAt(String text, int index) {
        return describe(text.codePointAt(index));
    }
}
