package org.sameboat.interop.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/** The shared test data beside the checkout, the REFI schema, and zips made on the fly. */
final class SharedData {

    private SharedData() {
    }

    static Path folder() {
        String property = System.getProperty("sameboat.shared.data");
        if (property == null) {
            throw new IllegalStateException("system property sameboat.shared.data is not set; run the tests through Maven");
        }
        return Path.of(property);
    }

    static Path refi(String name) {
        return folder().resolve("refi-qda").resolve(name);
    }

    /** The QDA-XML project schema, plus a global CodeBook element so that .qdc files can be checked too. */
    static Schema schema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        String wrapper = """
                <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns="urn:QDA-XML:project:1.0"
                    targetNamespace="urn:QDA-XML:project:1.0" elementFormDefault="qualified">
                  <xsd:include schemaLocation="%s"/>
                  <xsd:element name="CodeBook" type="CodeBookType"/>
                </xsd:schema>""".formatted(refi("Project.xsd").toUri());
        return factory.newSchema(new StreamSource(new ByteArrayInputStream(wrapper.getBytes(StandardCharsets.UTF_8)), "wrapper.xsd"));
    }

    /**
     * The REFI Codebook Exchange schema, which .qdc files follow. It is a resource of this test bundle, since the
     * shared data holds only the project schema; Codebook.xsd says where it comes from.
     */
    static Schema codebookSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newSchema(SharedData.class.getResource("Codebook.xsd"));
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

    /** The hand-authored REFI fixture, a folder in the shared data, packed as a .qdpx. */
    static Path handAuthored(Path into) throws IOException {
        Path folder = refi("hand-authored");
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("project.qde", Files.readAllBytes(folder.resolve("project.qde")));
        try (var files = Files.list(folder.resolve("sources"))) {
            for (Path source : files.sorted().toList()) {
                entries.put("sources/" + source.getFileName(), Files.readAllBytes(source));
            }
        }
        return zip(into.resolve("hand-authored.qdpx"), entries);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
