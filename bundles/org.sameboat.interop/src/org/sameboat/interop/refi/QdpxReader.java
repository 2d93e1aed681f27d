package org.sameboat.interop.refi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sameboat.interop.InteropException;
import org.sameboat.model.text.OneLine;

/**
 * Reads REFI-QDA project exchange files (.qdpx: a zip holding the project XML and its sources) into new
 * Sameboat projects. The archive is read through {@link SafeZip} and the XML through a parser that refuses
 * DOCTYPEs, so a hostile file fails with a one-line message before anything is built.
 * <p>
 * Where exporters differ, the reader is lenient: the XML may be called {@code project.qde} or anything ending
 * in {@code .qde}; the text files may sit in {@code sources/}, {@code Sources/} or elsewhere in the archive;
 * {@code plainTextPath} may be {@code internal://}, {@code relative:///} or {@code absolute:///}. Files outside
 * the archive are read only when allowed ({@link #withExternalFiles}), since a hostile project could otherwise
 * pull any file of the user's disk into the project.
 */
public final class QdpxReader {

    private final ZipLimits limits;
    private final boolean externalFiles;
    private final ArchiveMeter meter;

    /** A reader with the default limits that reads nothing outside the archive. */
    public QdpxReader() {
        this(ZipLimits.DEFAULT, false);
    }

    public QdpxReader(ZipLimits limits, boolean externalFiles) {
        this(limits, externalFiles, new ArchiveMeter());
    }

    /** A reader that counts on the given meter what it inflates and keeps. */
    public QdpxReader(ZipLimits limits, boolean externalFiles, ArchiveMeter meter) {
        this.limits = limits;
        this.externalFiles = externalFiles;
        this.meter = meter;
    }

    /** The same reader, also reading {@code relative:///} and {@code absolute:///} texts from disk. */
    public QdpxReader withExternalFiles() {
        return new QdpxReader(limits, true, meter);
    }

    /** Reads a .qdpx file into a new project that is not saved anywhere yet. */
    public RefiImport read(Path qdpx) throws InteropException {
        try (SafeZip zip = SafeZip.open(qdpx, limits, meter)) {
            String xmlName = projectEntry(zip);
            org.w3c.dom.Document xml = SecureXml.parse(zip.read(xmlName, limits.maxXmlBytes()), zip.label() + "/" + xmlName);
            zip.checkTotal(sourceEntries(zip, xml.getDocumentElement()));
            Path folder = qdpx.toAbsolutePath().getParent();
            String basePath = xml.getDocumentElement().getAttribute("basePath");
            RefiImportState.SourceFiles files = (path, warnings) -> sourceFile(zip, folder, basePath, path, warnings);
            return new RefiProjectBuilder(xml.getDocumentElement(), zip.label(), files).build();
        }
    }

    /** The archive entries the text sources will read, one per source (an entry two sources name is listed twice). */
    private static List<String> sourceEntries(SafeZip zip, org.w3c.dom.Element root) {
        List<String> names = new java.util.ArrayList<>();
        for (org.w3c.dom.Element sources : Dom.children(root, "Sources")) {
            for (org.w3c.dom.Element source : Dom.children(sources, "TextSource")) {
                if (Dom.child(source, "PlainTextContent").isEmpty()) {
                    Dom.attr(source, "plainTextPath").flatMap(path -> entryFor(zip, path)).ifPresent(names::add);
                }
            }
        }
        return names;
    }

    /** The archive entry a plainTextPath names, however the exporter wrote it. */
    private static Optional<String> entryFor(SafeZip zip, String plainTextPath) {
        String path = plainTextPath.strip();
        String lower = path.toLowerCase(Locale.ROOT);
        String prefixed = path;
        for (String scheme : List.of("internal://", "relative:///", "absolute:///")) {
            if (lower.startsWith(scheme)) {
                prefixed = path.substring(scheme.length());
            }
        }
        String inner = prefixed.replace('\\', '/');
        return zip.find("sources/" + inner).or(() -> zip.find(inner)).or(() -> byFileName(zip, inner));
    }

    /** The project XML: project.qde, else the only .qde at the top, else the only .qde anywhere. */
    private static String projectEntry(SafeZip zip) throws InteropException {
        Optional<String> standard = zip.find("project.qde");
        if (standard.isPresent()) {
            return standard.get();
        }
        List<String> qde = zip.names().stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".qde")).toList();
        List<String> top = qde.stream().filter(n -> !n.contains("/")).toList();
        if (top.size() == 1) {
            return top.get(0);
        }
        if (top.isEmpty() && qde.size() == 1) {
            return qde.get(0);
        }
        throw new InteropException(zip.label() + (qde.isEmpty() ? " holds no project file (*.qde); it is not a REFI-QDA project"
                : " holds several project files (" + String.join(", ", qde) + "); it is not a REFI-QDA project"));
    }

    private Optional<byte[]> sourceFile(SafeZip zip, Path folder, String basePath, String plainTextPath, List<String> warnings)
            throws InteropException {
        String path = plainTextPath.strip();
        String lower = path.toLowerCase(Locale.ROOT);
        boolean absolute = lower.startsWith("absolute:///");
        String inner = (absolute ? path.substring("absolute:///".length())
                : lower.startsWith("relative:///") ? path.substring("relative:///".length()) : path).replace('\\', '/');
        Optional<String> entry = entryFor(zip, plainTextPath);
        if (entry.isPresent()) {
            return Optional.of(zip.read(entry.get()));
        }
        if (lower.startsWith("internal://")) {
            return Optional.empty();
        }
        if (!externalFiles) {
            warnings.add(plainTextPath + " lies outside the archive; files outside are read only when allowed (sameboat qdpx import --external)");
            return Optional.empty();
        }
        return external(absolute, folder, basePath, inner, plainTextPath, warnings);
    }

    private static Optional<String> byFileName(SafeZip zip, String inner) {
        String name = inner.substring(inner.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return zip.names().stream().filter(n -> n.substring(n.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }

    private Optional<byte[]> external(boolean absolute, Path folder, String basePath, String inner, String original,
            List<String> warnings) {
        try {
            Path file;
            if (absolute) {
                file = inner.matches("^[A-Za-z]:.*") ? Path.of(inner) : Path.of("/" + inner);
            } else {
                Path base = basePath == null || basePath.isBlank() ? folder : Path.of(basePath);
                file = base.resolve(inner).normalize();
                if (!file.startsWith(base.normalize())) {
                    warnings.add(original + " climbs out of its base folder; it was not read");
                    return Optional.empty();
                }
            }
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            if (Files.size(file) > limits.maxTotalBytes()) {
                warnings.add(original + " is larger than " + limits.maxTotalBytes() + " bytes; it was not read");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException | InvalidPathException e) {
            warnings.add(original + " cannot be read: " + OneLine.of(e));
            return Optional.empty();
        }
    }
}
