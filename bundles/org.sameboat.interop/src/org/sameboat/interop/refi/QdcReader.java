package org.sameboat.interop.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.sameboat.interop.InteropException;
import org.sameboat.model.text.OneLine;

/**
 * Reads a REFI-QDA codebook file (.qdc) into a new, unsaved project that holds only its codes, ready to be merged
 * into a project ({@link org.sameboat.interop.merge.ProjectMerger}). Both the standard's codebook namespace
 * ({@code urn:QDA-XML:codebook:1.0}) and the project namespace of Sameboat's older .qdc files are read. The XML
 * goes through the same guarded parser as a .qdpx: no DOCTYPE, bounded size and depth.
 */
public final class QdcReader {

    private final ZipLimits limits;

    /** A reader with the default size limit for XML. */
    public QdcReader() {
        this(ZipLimits.DEFAULT);
    }

    /** @param limits only {@link ZipLimits#maxXmlBytes()} applies: the most bytes the file may have */
    public QdcReader(ZipLimits limits) {
        this.limits = limits;
    }

    /**
     * @param qdc the codebook file
     * @return a project named after the file with the codebook's codes in one codebook, and what was left out
     * @throws InteropException if the file cannot be read, is too large, is not XML, or is no REFI codebook
     */
    public RefiImport read(Path qdc) throws InteropException {
        String label = String.valueOf(qdc.getFileName());
        byte[] bytes;
        try (InputStream in = Files.newInputStream(qdc)) {
            // read one byte past the limit rather than trusting the file size, which may change under us
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxXmlBytes() + 1));
        } catch (IOException e) {
            throw new InteropException("cannot read " + qdc + ": " + OneLine.of(e), e);
        }
        if (bytes.length > limits.maxXmlBytes()) {
            throw new InteropException(label + " is larger than " + limits.maxXmlBytes() + " bytes; it was not read");
        }
        org.w3c.dom.Document xml = SecureXml.parse(bytes, label);
        return new RefiProjectBuilder(xml.getDocumentElement(), label, (path, warnings) -> Optional.empty()).buildCodebook();
    }
}
