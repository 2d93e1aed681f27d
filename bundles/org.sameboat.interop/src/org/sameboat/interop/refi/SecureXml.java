package org.sameboat.interop.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.sameboat.interop.InteropException;
import org.sameboat.model.text.OneLine;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML with everything that reaches outside the document switched off: a DOCTYPE is refused
 * outright, so there are no entities to expand (XXE, billion laughs) and no DTD to fetch.
 */
final class SecureXml {

    /** Far deeper than any real code tree, shallow enough that walking the tree cannot overflow the stack. */
    static final int MAX_DEPTH = 1000;

    private SecureXml() {
    }

    /** Parses a document; any DOCTYPE, malformation or I/O problem becomes a one-line message naming the file. */
    static Document parse(byte[] bytes, String label) throws InteropException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not stop a lenient import
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new InteropException(label + " declares a DOCTYPE, which is refused: REFI-QDA needs none, and its entities"
                        + " could read local files or exhaust memory", e);
            }
            if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
                throw new InteropException(label + " nests elements more than " + MAX_DEPTH + " deep; it was not read", e);
            }
            throw new InteropException(label + " is not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + OneLine.of(e), e);
        } catch (SAXException | IOException e) {
            throw new InteropException(label + " cannot be read as XML: " + OneLine.of(e), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
