package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.sameboat.model.text.XmlChars;

class XmlCharsTest {

    @Test
    void escapedTextReadsBackAsTheSameTextInAnAttributeAndInContent() throws Exception {
        String hostile = "Tom & \"Jerry\" <b>'s</b> ]]> &amp;";
        String xml = "<a title=\"" + XmlChars.escape(hostile) + "\" other='" + XmlChars.escape(hostile) + "'>"
                + XmlChars.escape(hostile) + "</a>";
        var root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();

        assertEquals(hostile, root.getAttribute("title"));
        assertEquals(hostile, root.getAttribute("other"));
        assertEquals(hostile, root.getTextContent());
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", XmlChars.escape(null));
    }
}
