package org.sameboat.ui.help;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.bindings.keys.SWTKeySupport;
import org.eclipse.emf.ecore.EObject;
import org.sameboat.model.Code;
import org.sameboat.model.Project;

/**
 * Help > Keyboard shortcuts: read from the running application's binding tables (those of the shipped model and
 * of every plugin's fragment) and from the open project's code keys, so the list is never out of date.
 */
public final class Shortcuts {

    /** One shortcut: the keys as the platform writes them, what they do, and where they work. */
    public record Shortcut(String keys, String action, String where) {
    }

    private Shortcuts() {
    }

    public static List<Shortcut> of(MApplication application, Optional<Project> project) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (MBindingTable table : application.getBindingTables()) {
            String where = where(table);
            for (MKeyBinding binding : table.getBindings()) {
                if (binding.getCommand() == null) {
                    continue;
                }
                String action = binding.getCommand().getCommandName();
                shortcuts.add(new Shortcut(format(binding.getKeySequence()), action == null ? binding.getCommand().getElementId()
                        : action.replace("\u2026", ""), where));
            }
        }
        project.ifPresent(p -> p.getCodebooks().forEach(book -> book.getCodes().forEach(code -> codeKeys(code, book.getName(), shortcuts))));
        shortcuts.sort(Comparator.comparing(Shortcut::where).thenComparing(Shortcut::keys));
        return shortcuts;
    }

    private static void codeKeys(Code code, String book, List<Shortcut> shortcuts) {
        if (code.getShortcut() != null && !code.getShortcut().isBlank()) {
            shortcuts.add(new Shortcut(code.getShortcut(), "Code the selection with '" + code.getName() + "' (" + book + ")",
                    "Transcript, text selected"));
        }
        for (EObject child : code.eContents()) {
            if (child instanceof Code sub) {
                codeKeys(sub, book, shortcuts);
            }
        }
    }

    /** The binding context in a user's words: the workbench's root context holds what works everywhere. */
    private static String where(MBindingTable table) {
        if (table.getBindingContext() == null) {
            return "";
        }
        return switch (table.getBindingContext().getElementId()) {
            case "org.eclipse.ui.contexts.dialogAndWindow" -> "Everywhere";
            case "org.eclipse.ui.contexts.window" -> "Main window";
            case "org.eclipse.ui.contexts.dialog" -> "Dialogs";
            default -> table.getBindingContext().getName() == null ? "" : table.getBindingContext().getName();
        };
    }

    /** "M1+S" as this platform shows it ("Ctrl+S" on Linux and Windows, "⌘S" on a Mac). */
    static String format(String keySequence) {
        try {
            return SWTKeySupport.getKeyFormatterForPlatform().format(KeySequence.getInstance(keySequence));
        } catch (ParseException e) {
            return keySequence;
        }
    }
}
