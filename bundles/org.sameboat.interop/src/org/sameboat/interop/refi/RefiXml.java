package org.sameboat.interop.refi;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Building and writing REFI-QDA XML: every element in one namespace (project or codebook), UTF-8, indented. */
final class RefiXml {

    /** The QDA-XML project schema's namespace (.qde inside a .qdpx). */
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    /** The REFI Codebook Exchange schema's namespace (.qdc). */
    static final String CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";

    private final Document document;
    private final String namespace;

    private RefiXml(Document document, String namespace) {
        this.document = document;
        this.namespace = namespace;
    }

    /** A document in the project namespace. */
    static RefiXml create() {
        return create(NAMESPACE);
    }

    static RefiXml create(String namespace) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new RefiXml(factory.newDocumentBuilder().newDocument(), namespace);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML builder is unavailable", e);
        }
    }

    Element root(String name) {
        Element root = document.createElementNS(namespace, name);
        document.appendChild(root);
        return root;
    }

    Element add(Element parent, String name) {
        Element child = document.createElementNS(namespace, name);
        parent.appendChild(child);
        return child;
    }

    /** Adds an element holding text; nothing when the text is null or empty. */
    void addText(Element parent, String name, String text) {
        if (text != null && !text.isEmpty()) {
            add(parent, name).setTextContent(xmlSafe(text));
        }
    }

    /**
     * XML 1.0 cannot hold most control characters at all, not even escaped; a memo pasted from elsewhere may
     * contain one, and the export must still be well-formed, so they become U+FFFD.
     */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
            if (bad && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    static void set(Element element, String attribute, String value) {
        if (value != null && !value.isEmpty()) {
            element.setAttribute(attribute, xmlSafe(value));
        }
    }

    void write(OutputStream out) throws IOException {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }
}
