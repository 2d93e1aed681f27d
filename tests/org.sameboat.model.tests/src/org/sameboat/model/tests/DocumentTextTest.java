package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sameboat.model.text.DocumentText;

class DocumentTextTest {

    @Test
    void normalisingDropsTheByteOrderMarkAndTurnsEveryLineEndIntoLf() {
        assertEquals("a\nb\nc\n\nd", DocumentText.normalise("\uFEFFa\r\nb\rc\n\r\nd"));
    }

    @Test
    void normalisingLeavesLfTextAlone() {
        String text = "one\ntwo\n";
        assertEquals(text, DocumentText.normalise(text));
    }

    @Test
    void offsetsCountCodePointsSoAnEmojiIsOneCharacter() {
        DocumentText text = DocumentText.of(Fixtures.TEXT);
        assertEquals(53, text.length());
        assertEquals(Fixtures.TEXT.length() - 1, text.length());
        assertEquals("too \uD83D\uDE42", text.slice(35, 40));
        assertEquals(" every week.", text.slice(40, 52));
    }

    @Test
    void charIndexAndCodePointOffsetAreInverse() {
        DocumentText text = DocumentText.of("a\uD83D\uDE42b\uD83D\uDE42c");
        for (int cp = 0; cp <= text.length(); cp++) {
            assertEquals(cp, text.codePointOffset(text.charIndex(cp)));
        }
        assertEquals(5, text.length());
        assertEquals(4, text.charIndex(3));
    }

    @Test
    void rangesOutsideTheTextAreRejected() {
        DocumentText text = DocumentText.of("abc");
        assertTrue(text.contains(0, 3));
        assertFalse(text.contains(2, 4));
        assertFalse(text.contains(2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> text.slice(1, 4));
    }
}
