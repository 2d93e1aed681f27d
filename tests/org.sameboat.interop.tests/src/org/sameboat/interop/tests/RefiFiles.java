package org.sameboat.interop.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * The REFI files of this test bundle ({@code resources/refi-qda}, see the README there), the schemas, and zips made
 * on the fly. Nothing here reads outside the bundle.
 */
final class RefiFiles {

    private RefiFiles() {
    }

    /** A resource of this bundle under resources/refi-qda. */
    private static URL resource(String path) {
        URL url = RefiFiles.class.getClassLoader().getResource("resources/refi-qda/" + path);
        if (url == null) {
            throw new IllegalStateException("resources/refi-qda/" + path + " is not in the test bundle; see build.properties");
        }
        return url;
    }

    private static byte[] bytes(String path) throws IOException {
        try (InputStream in = resource(path).openStream()) {
            return in.readAllBytes();
        }
    }

    /** The QDA-XML project schema, plus a global CodeBook element so that .qdc files can be checked too. */
    static Schema schema() throws SAXException {
        URL project = resource("Project.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // the include below is the only schema fetched: allow just the scheme the bundle gives its own resources
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, project.getProtocol());
        String wrapper = """
                <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns="urn:QDA-XML:project:1.0"
                    targetNamespace="urn:QDA-XML:project:1.0" elementFormDefault="qualified">
                  <xsd:include schemaLocation="%s"/>
                  <xsd:element name="CodeBook" type="CodeBookType"/>
                </xsd:schema>""".formatted(project);
        return factory.newSchema(new StreamSource(new ByteArrayInputStream(wrapper.getBytes(StandardCharsets.UTF_8)), "wrapper.xsd"));
    }

    /**
     * The REFI Codebook Exchange schema, which .qdc files follow; Codebook.xsd says where it comes from.
     */
    static Schema codebookSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newSchema(RefiFiles.class.getResource("Codebook.xsd"));
    }

    /**
     * Validates a .qdc against the codebook schema, or an XML file or the project.qde inside a .qdpx against the
     * project schema; throws SAXException naming the first violation.
     */
    static void validate(Path file) throws IOException, SAXException {
        if (file.toString().endsWith(".qdc")) {
            codebookSchema().newValidator().validate(new StreamSource(file.toFile()));
            return;
        }
        byte[] xml;
        if (file.toString().endsWith(".qdpx")) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                xml = zip.getInputStream(zip.getEntry("project.qde")).readAllBytes();
            }
        } else {
            xml = Files.readAllBytes(file);
        }
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** Writes a zip with these entries, in this order. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The hand-authored REFI fixture (Ornio-app/qdpx-toolkit, MIT), packed as a .qdpx. */
    static Path handAuthored(Path into) throws IOException {
        String text = "sources/11111111-1111-1111-1111-111111111111.txt";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", bytes("hand-authored/project.qde"));
        entries.put(text, bytes("hand-authored/" + text));
        return zip(into.resolve("hand-authored.qdpx"), entries);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
