package org.sameboat.interop.refi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sameboat.model.Project;
import org.sameboat.model.SameboatPackage;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.AtomicFile;
import org.w3c.dom.Element;

/**
 * Writes a project's codes as a REFI-QDA codebook file (.qdc) following the REFI Codebook Exchange schema
 * ({@code Codebook.xsd} 1.0): a {@code CodeBook} root element in the namespace {@code urn:QDA-XML:codebook:1.0}
 * with {@code origin="Sameboat"}, holding {@code Codes} with names, hierarchy, colours, codability and
 * definitions. The codebook schema has no notes, so code memos stay behind (a .qdpx carries them).
 */
public final class QdcWriter {

    /** The codebook's {@code origin} attribute: which program wrote it. */
    static final String ORIGIN = "Sameboat";

    private final List<String> warnings = new ArrayList<>();

    /** What the last export left out, one sentence each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Writes the codebook atomically; a project without codes is refused, since a REFI codebook needs one. */
    public void write(Project project, Path qdc) throws IOException {
        warnings.clear();
        if (CodePaths.allCodes(project).isEmpty()) {
            throw new IOException("project '" + project.getName() + "' has no codes; a REFI codebook needs at least one");
        }
        RefiXml xml = RefiXml.create(RefiXml.CODEBOOK_NAMESPACE);
        Element root = xml.root("CodeBook");
        root.setAttribute("origin", ORIGIN);
        new CodebookXml(xml, warnings).writeCodeBook(root, project, Map.of());
        long extras = CodePaths.allCodes(project).stream().filter(c -> c.getInclusion() != null || c.getExclusion() != null
                || c.getExample() != null || !c.getIndicators().isEmpty() || c.getSource() != null || c.getShortcut() != null
                || c.eIsSet(SameboatPackage.Literals.CODE__APPLIES_TO) || !c.getStarts().isEmpty()).count();
        if (extras > 0) {
            warnings.add(extras + " code(s) have inclusion/exclusion/example/indicators/source/shortcut/applies to/helps start,"
                    + " which a REFI codebook cannot hold;"
                    + " export the project as .qdpx to keep them");
        }
        AtomicFile.write(qdc, xml::write);
    }
}
