package org.sameboat.model.edit;

import java.time.Clock;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.text.DocumentText;

/** Making codings with the checks the model promises: range inside the text, known code and coder, no duplicate. */
public final class Codings {

    private Codings() {
    }

    /**
     * Codes [start, end) of a document.
     *
     * @throws IllegalArgumentException naming what is wrong; the document is then unchanged
     */
    public static Coding add(Document document, Code code, Coder coder, int start, int end, Clock clock) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(coder, "coder");
        if (document.getText() == null) {
            throw new IllegalArgumentException("document '" + document.getName() + "' has no text loaded");
        }
        DocumentText text = DocumentText.of(document.getText());
        if (start >= end || !text.contains(start, end)) {
            throw new IllegalArgumentException("range " + start + "-" + end + " is not inside document '" + document.getName()
                    + "' (it has " + text.length() + " characters; a range needs start < end)");
        }
        if (!code.isApplicable()) {
            throw new IllegalArgumentException("code '" + code.getName() + "' is a grouping code and cannot be applied");
        }
        // a document an undo took out of its project hangs under the undo's change description, not a project
        if (!(EcoreUtil.getRootContainer(document) instanceof Project project)) {
            throw new IllegalArgumentException("document '" + document.getName() + "' is no longer in a project");
        }
        if (EcoreUtil.getRootContainer(code) != project || EcoreUtil.getRootContainer(coder) != project) {
            throw new IllegalArgumentException("code and coder must belong to the document's project");
        }
        for (Coding existing : document.getCodings()) {
            if (existing.getStart() == start && existing.getEnd() == end && existing.getCode() == code
                    && existing.getCoder() == coder) {
                throw new IllegalArgumentException("coder '" + coder.getName() + "' already coded " + start + "-" + end
                        + " of '" + document.getName() + "' with '" + code.getName() + "'");
            }
        }
        Coding coding = Ids.assign(SameboatFactory.eINSTANCE.createCoding());
        coding.setCode(code);
        coding.setCoder(coder);
        coding.setStart(start);
        coding.setEnd(end);
        coding.setCreated(clock.millis());
        document.getCodings().add(coding);
        return coding;
    }
}
