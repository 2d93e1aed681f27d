package org.sameboat.model.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/**
 * Says in a user's words why a model file cannot be read: which file, line and column, what was expected there,
 * and where the previous save is. The XML parser's own text ("org.xml.sax.SAXParseExceptionpublicId: …") names
 * classes and ids a researcher has no use for.
 */
final class ModelFileDamage {

    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite("XML document structures must start and end within the same entity\\.?",
                    "the file ends in the middle of the project (it was cut short)"),
            new Rewrite("Premature end of file\\.?", "the file ends before the project starts (it is empty or cut short)"),
            new Rewrite("Content is not allowed in prolog\\.?", "expected the XML start '<?xml' or '<', found other text"),
            new Rewrite("Content is not allowed in trailing section\\.?", "found text after the end of the project"),
            new Rewrite("The element type \"(.+)\" must be terminated by the matching end-tag \"(.+)\"\\.?",
                    "expected the end tag $2 of element '$1'"),
            new Rewrite("Element type \"(.+)\" must be followed by either attribute specifications, \">\" or \"/>\"\\.?",
                    "expected an attribute, '>' or '/>' in element '$1'"),
            new Rewrite("Open quote is expected for attribute \"(.+)\" associated with an +element type +\"(.+)\"\\.?",
                    "expected a quoted value for attribute '$1' of element '$2'"),
            new Rewrite("Attribute name \"(.+)\" associated with an element type \"(.+)\" must be followed by the ' = ' character\\.?",
                    "expected '=' after attribute '$1' of element '$2'"),
            new Rewrite("An invalid XML character \\(Unicode: (0x\\p{XDigit}+)\\) was found in (.+)\\.?",
                    "found the character $1, which XML does not allow, in $2"),
            new Rewrite("Unresolved reference '(.+)'\\.?", "a reference names '$1', but no element in the file has that id"),
            new Rewrite("Value '(.+)' is not legal\\.?", "the value '$1' is not legal here"),
            new Rewrite("Class '(.+)' is not found or is abstract\\.?", "unknown element type '$1'"),
            new Rewrite("Feature '(.+)' not found\\.?", "unknown element or attribute '$1'"));

    private ModelFileDamage() {
    }

    /** The message for a file the XML parser gave up on. */
    static ProjectStoreException unreadable(Path modelFile, Throwable failure) {
        SAXParseException parse = find(failure, SAXParseException.class);
        if (parse != null) {
            return damaged(modelFile, parse.getLineNumber(), parse.getColumnNumber(), parse.getMessage(), failure);
        }
        Resource.Diagnostic diagnostic = find(failure, Resource.Diagnostic.class);
        if (diagnostic != null) {
            return damaged(modelFile, diagnostic.getLine(), diagnostic.getColumn(), diagnostic.getMessage(), failure);
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return damaged(modelFile, -1, -1, root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage(), failure);
    }

    /** The message for a file that parsed but whose structure does not hold together (e.g. a dangling id). */
    static ProjectStoreException inconsistent(Path modelFile, Resource.Diagnostic first, int count) {
        String more = count > 1 ? " (and " + (count - 1) + " more such error(s))" : "";
        return damaged(modelFile, first.getLine(), first.getColumn(), first.getMessage() + more, null);
    }

    static ProjectStoreException damaged(Path modelFile, int line, int column, String what, Throwable cause) {
        String where = line > 0 ? " at line " + line + (column > 0 ? ", column " + column : "") : "";
        String message = modelFile + " is damaged" + where + ": " + plain(what) + "; " + backupHint(modelFile);
        return ProjectStoreException.damaged(message, cause);
    }

    /** Where the previous save is, or that there is none. */
    static String backupHint(Path modelFile) {
        Path backup = modelFile.resolveSibling(ProjectFormat.BACKUP_FILE);
        return Files.isRegularFile(backup) ? "the previous save is in " + backup
                : "there is no previous save (" + ProjectFormat.BACKUP_FILE + ") to go back to";
    }

    static String plain(String parserText) {
        String text = parserText == null ? "unreadable content" : parserText.replaceAll("\\s+", " ").strip();
        // EMF appends "(file:/…/project.sameboat, line, column)", which the message says already
        text = text.replaceFirst(" ?\\([^()]*, \\d+, \\d+\\)$", "");
        for (Rewrite rewrite : REWRITES) {
            Matcher matcher = rewrite.pattern().matcher(text);
            if (matcher.matches()) {
                return matcher.replaceFirst(rewrite.replacement());
            }
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static <T> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private record Rewrite(Pattern pattern, String replacement) {
        Rewrite(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }
}
