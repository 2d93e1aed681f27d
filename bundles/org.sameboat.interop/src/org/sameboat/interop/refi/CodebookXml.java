package org.sameboat.interop.refi;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Identified;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.w3c.dom.Element;

/**
 * The CodeBook element shared by project and codebook exports. REFI has one codebook per project, so the codes
 * of all Sameboat codebooks are written side by side at the top; which codebook each came from travels in the
 * Sameboat note of a project export.
 */
final class CodebookXml {

    private static final Pattern RGB = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");

    private final RefiXml xml;
    private final List<String> warnings;

    CodebookXml(RefiXml xml, List<String> warnings) {
        this.xml = xml;
        this.warnings = warnings;
    }

    /** Adds a CodeBook to parent, unless the project has no codes (the schema wants at least one). */
    void write(Element parent, Project project, Map<Identified, List<String>> noteRefs) {
        if (CodePaths.allCodes(project).isEmpty()) {
            return;
        }
        writeCodeBook(xml.add(parent, "CodeBook"), project, noteRefs);
    }

    /** Fills a CodeBook element with all codes of the project. */
    void writeCodeBook(Element codeBook, Project project, Map<Identified, List<String>> noteRefs) {
        Element codes = xml.add(codeBook, "Codes");
        if (project.getCodebooks().size() > 1) {
            warnings.add(project.getCodebooks().size() + " codebooks are written as one REFI codebook; their names travel in the note '"
                    + SameboatNote.NOTE_NAME + "' of project exports");
        }
        for (Codebook codebook : project.getCodebooks()) {
            for (Code code : codebook.getCodes()) {
                writeCode(codes, code, noteRefs);
            }
        }
    }

    private void writeCode(Element parent, Code code, Map<Identified, List<String>> noteRefs) {
        Element element = xml.add(parent, "Code");
        RefiXml.set(element, "guid", Guids.toGuid(code.getId()));
        RefiXml.set(element, "name", code.getName() == null || code.getName().isEmpty() ? "(unnamed)" : code.getName());
        element.setAttribute("isCodable", String.valueOf(code.isApplicable()));
        if (code.getColour() != null) {
            if (RGB.matcher(code.getColour()).matches()) {
                RefiXml.set(element, "color", code.getColour());
            } else {
                warnings.add("code '" + CodePaths.path(code) + "' has colour '" + code.getColour() + "', which REFI cannot hold; it was left out");
            }
        }
        xml.addText(element, "Description", code.getDefinition());
        for (String guid : noteRefs.getOrDefault(code, List.of())) {
            RefiXml.set(xml.add(element, "NoteRef"), "targetGUID", guid);
        }
        for (Code child : code.getChildren()) {
            writeCode(element, child, noteRefs);
        }
    }
}
