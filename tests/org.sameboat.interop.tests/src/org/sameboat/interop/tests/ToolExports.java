package org.sameboat.interop.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * QDPX files shaped the way MAXQDA 24, NVivo 15 for Mac and ATLAS.ti 23 write them, with content of our own.
 * <p>
 * The real exports of those programs stay out of the repository (their licence is unconfirmed, or GPL); the
 * shared-data suite reads them in place. These fixtures carry the same traps, each named where it is made, so that
 * {@code ./mvnw verify} still meets them: upper- and lower-case GUIDs, {@code sources/} entries named by GUID,
 * CRLF XML, the namespace declared last or first, a one-line document with {@code standalone="no"}, users with an
 * {@code id}, a tool that lists itself as a user, deep and flat code trees with and without colours and
 * descriptions, sets of sources, rich-text twins beside a plain text that is one line break, a stray
 * {@code sources/.root}, no sources at all, and no codings anywhere.
 */
final class ToolExports {

    /** GUIDs the tests look up; the rest need only be distinct. */
    static final String MAXQDA_FIRST_SOURCE = "9E2C4A71-5B3D-4C8E-A1F0-6D7B8C9E0A12";
    static final String MAXQDA_SHARING_DATA = "3F6A1D28-C94B-4E07-B5A3-2E81D0F7C654";
    static final String ATLAS_STAGES = "7C0E5B94-2A1F-4D63-9E8B-B4C3A2D1F096";
    static final String MAXQDA_FIRST_TEXT = "Circle A, first meeting \u2014 notes\n\nRenée opened with the question everyone "
            + "had carried in: \u201cdoes anyone else lie awake over this?\u201d\nThree members said they did.\n";

    private ToolExports() {
    }

    /**
     * In MAXQDA 24's shape: the namespace declared after {@code xsi:schemaLocation}, upper-case GUIDs (ids must come
     * out in lower case), one user, codes nested two deep, each with a colour its children share and a
     * description, four text sources under {@code sources/} named by their GUID, LF texts with characters beyond
     * ASCII (so bytes and characters differ), two Sets of sources (they become document groups), no codings.
     */
    static Path maxqdaLike(Path folder) throws IOException {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xsi:schemaLocation="urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:QDA-XML:project:1.0" \
                origin="MAXQDA-shaped fixture" name="Peer support circles 2025" modifiedDateTime="2025-03-01T18:42:00Z">
                 <Users>
                  <User guid="B1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F" name="rhoda"/>
                 </Users>
                 <CodeBook>
                  <Codes>
                   <Code color="#e07a5f" guid="0D9C8B7A-6F5E-4D3C-2B1A-09F8E7D6C5B4" name="Helping processes" isCodable="true">
                    <Description>Parent category for the ways members help each other; code with its children.</Description>
                    <Code color="#e07a5f" guid="%s" name="Sharing data" isCodable="true">
                     <Description>A member offers facts, ideas or resources that helped them.</Description>
                    </Code>
                    <Code color="#e07a5f" guid="5A4B3C2D-1E0F-4A9B-8C7D-6E5F4A3B2C1D" name="All in the same boat" isCodable="true">
                     <Description>A member finds that others share the feeling they thought was theirs alone.</Description>
                    </Code>
                   </Code>
                   <Code color="#3d405b" guid="E4D3C2B1-A09F-4E8D-7C6B-5A4F3E2D1C0B" name="Obstacles" isCodable="true">
                    <Description>Parent category for what keeps mutual aid from happening.</Description>
                    <Code color="#3d405b" guid="12345678-9ABC-4DEF-8123-456789ABCDEF" name="Silence after a disclosure" isCodable="true">
                     <Description>Nobody answers a member who has just said something hard.</Description>
                    </Code>
                    <Code color="#3d405b" guid="FEDCBA98-7654-4321-8FED-CBA987654321" name="Scapegoating" isCodable="true">
                     <Description>The group turns on one member to avoid its own difficulty.</Description>
                    </Code>
                    <Code color="#3d405b" guid="0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0" name="Side conversations" isCodable="true">
                     <Description>Members talk in pairs while another speaks to the group.</Description>
                    </Code>
                   </Code>
                  </Codes>
                 </CodeBook>
                 <Sources>
                %s </Sources>
                 <Sets>
                  <Set guid="6B5A4938-2716-4F5E-9D4C-3B2A19080706" name="Circle A">
                   <MemberSource targetGUID="%s"/>
                   <MemberSource targetGUID="%s"/>
                   <MemberSource targetGUID="%s"/>
                  </Set>
                  <Set guid="A9B8C7D6-E5F4-4A3B-9C2D-1E0F9A8B7C6D" name="Circle B">
                   <MemberSource targetGUID="%s"/>
                  </Set>
                 </Sets>
                </Project>
                """;
        String[] guids = {MAXQDA_FIRST_SOURCE, "2B7F0C4E-9A13-4D58-B6E2-7F1A3C5D9B80", "C4D8E1A6-3F72-4B09-8E5D-1A2B6C9F0E37",
                "F0A3B6C9-D2E5-4F18-9B4C-7E0A1D3F6B92"};
        String[] names = {"Circle A, meeting 1", "Circle A, meeting 2", "Circle A, meeting 3", "Circle B, meeting 1"};
        String[] texts = {MAXQDA_FIRST_TEXT, "Circle A, second meeting\n\nMarta brought the leaflet about respite care.\n",
                "Circle A, third meeting\n\nA long silence after Jo spoke; then Renée answered her.\n",
                "Circle B, first meeting\n\nTwo members talked between themselves the whole time.\n"};
        StringBuilder sources = new StringBuilder();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < guids.length; i++) {
            sources.append("""
                      <TextSource modifyingUser="B1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F" guid="%s" \
                    creatingUser="B1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F" creationDateTime="2025-02-0%dT19:00:00Z" name="%s" \
                    plainTextPath="internal://%s.txt" modifiedDateTime="2025-02-0%dT19:00:00Z"/>
                    """.formatted(guids[i], i + 1, names[i], guids[i], i + 1));
            // MAXQDA writes the source files before the project XML
            entries.put("sources/" + guids[i] + ".txt", RefiFiles.utf8(texts[i]));
        }
        entries.put("project.qde", RefiFiles.utf8(xml.formatted(MAXQDA_SHARING_DATA, sources, guids[0], guids[1], guids[2], guids[3])));
        return RefiFiles.zip(folder.resolve("maxqda-like.qdpx"), entries);
    }

    /**
     * In NVivo 15 for Mac's shape: the whole document on one line after an XML declaration with
     * {@code standalone="no"}, {@code basePath=""}, lower-case GUIDs, two users that also carry an {@code id}, a code
     * tree five deep with neither colours nor descriptions, and two text sources whose plain text is a single line
     * break while a .docx twin ({@code richTextPath}) holds the real text; a stray empty {@code sources/.root}.
     */
    static Path nvivoLike(Path folder) throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8" standalone="no" ?><Project basePath="" \
                creatingUserGUID="4a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d" creationDateTime="2025-01-20T09:30:00Z" \
                modifiedDateTime="2025-01-20T09:31:00Z" modifyingUserGUID="4a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d" \
                name="group work codebook" origin="NVivo-shaped fixture" xmlns="urn:QDA-XML:project:1.0" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd">\
                <Users><User guid="4a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d" id="RW" name="rwalker"/>\
                <User guid="8f7e6d5c-4b3a-4291-8f0e-d1c2b3a49586" id="T" name="tk"/></Users>\
                <CodeBook><Codes>\
                <Code guid="11111111-aaaa-4bbb-8ccc-000000000001" isCodable="true" name="mutual_aid">\
                <Code guid="11111111-aaaa-4bbb-8ccc-000000000002" isCodable="true" name="support">\
                <Code guid="11111111-aaaa-4bbb-8ccc-000000000003" isCodable="true" name="emotional">\
                <Code guid="11111111-aaaa-4bbb-8ccc-000000000004" isCodable="true" name="reassurance">\
                <Code guid="11111111-aaaa-4bbb-8ccc-000000000005" isCodable="true" name="after_bad_news"/>\
                </Code></Code>\
                <Code guid="11111111-aaaa-4bbb-8ccc-000000000006" isCodable="true" name="practical"/></Code>\
                <Code guid="11111111-aaaa-4bbb-8ccc-000000000007" isCodable="true" name="demand"/></Code>\
                <Code guid="11111111-aaaa-4bbb-8ccc-000000000008" isCodable="true" name="worker_role">\
                <Code guid="11111111-aaaa-4bbb-8ccc-000000000009" isCodable="true" name="redirecting"/></Code>\
                </Codes></CodeBook><Sources>%s</Sources></Project>""";
        String[] guids = {"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"};
        StringBuilder sources = new StringBuilder();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String guid : guids) {
            // the source's name is an opaque hex string, as NVivo for Mac writes it
            sources.append(("<TextSource creatingUser=\"4a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d\" creationDateTime=\"2025-01-20T09:30:30Z\" "
                    + "guid=\"%s\" name=\"%s\" plainTextPath=\"internal://%s.txt\" richTextPath=\"internal://%s.docx\"/>")
                    .formatted(guid, guid.replace("-", "").substring(0, 24), guid, guid));
            entries.put("sources/" + guid + ".docx", docx("Meeting notes that only the rich text holds."));
            entries.put("sources/" + guid + ".txt", RefiFiles.utf8("\n"));
        }
        entries.put("sources/.root", new byte[0]);
        entries.put("project.qde", RefiFiles.utf8(xml.formatted(sources)));
        return RefiFiles.zip(folder.resolve("nvivo-like.qdpx"), entries);
    }

    /**
     * In ATLAS.ti 23 for Windows' shape: CRLF line ends, the default namespace declared last, upper-case GUIDs, two
     * users of which one is the program itself, a codebook of one parent with two children and nothing else: no
     * Sources element and no file besides project.qde.
     */
    static Path atlasLike(Path folder) throws IOException {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd" \
                origin="ATLAS.ti-shaped fixture" name="stages codebook" creatingUserGUID="D3C2B1A0-9F8E-4D7C-6B5A-493827160504" \
                creationDateTime="2025-04-02T08:00:00Z" modifyingUserGUID="D3C2B1A0-9F8E-4D7C-6B5A-493827160504" \
                modifiedDateTime="2025-04-02T08:05:00Z" xmlns="urn:QDA-XML:project:1.0">
                  <Users>
                    <User guid="D3C2B1A0-9F8E-4D7C-6B5A-493827160504" name="Ines Moreau" />
                    <User guid="0B1C2D3E-4F5A-4B6C-9D7E-8F9A0B1C2D3E" name="ATLAS.ti" />
                  </Users>
                  <CodeBook>
                    <Codes>
                      <Code guid="%s" name="Stages of the group" isCodable="true">
                        <Code guid="6E5D4C3B-2A19-4807-B6F5-E4D3C2B1A090" name="Beginnings" isCodable="true" />
                        <Code guid="A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D" name="Endings" isCodable="true" />
                      </Code>
                    </Codes>
                  </CodeBook>
                </Project>""".formatted(ATLAS_STAGES).replace("\n", "\r\n");
        return RefiFiles.zip(folder.resolve("atlas-like.qdpx"), Map.of("project.qde", RefiFiles.utf8(xml)));
    }

    /** A minimal .docx (a zip with one document part): the reader must leave it alone and use the plain text. */
    private static byte[] docx(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(RefiFiles.utf8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>"));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
