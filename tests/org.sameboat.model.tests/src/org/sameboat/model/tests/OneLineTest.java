package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.sameboat.model.text.OneLine;

/** Every error a person is shown is one line, whatever the library put in its message. */
class OneLineTest {

    @Test
    void messagesBecomeOneLine() {
        assertEquals("bad token at line 3 column 4", OneLine.of(new IllegalStateException("bad token\n  at line 3\r\n\tcolumn 4 ")));
        assertEquals("NullPointerException", OneLine.of(new NullPointerException()));
        assertEquals("IOException", OneLine.of(new IOException("  ")));
    }
}
