package org.sameboat.views.widgets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Saving what a view shows: a drawing as PNG, and the file the user names, with one line saying how it went. */
public final class Exports {

    /** Writes a view's export to a file. */
    @FunctionalInterface
    public interface Writer {
        void to(Path file) throws IOException;
    }

    private Exports() {
    }

    /** Writes an image as a PNG file. */
    public static void png(ImageData image, Path file) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image};
        try (var out = Files.newOutputStream(file)) {
            loader.save(out, SWT.IMAGE_PNG);
        }
    }

    /**
     * Asks where to save, offering {@code name} and files of its extension, writes there, and says in one line
     * whether it was saved or why not; does nothing when the user cancels.
     */
    public static void saveAs(Shell shell, String name, Writer writer, Consumer<String> say) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*" + name.substring(name.lastIndexOf('.'))});
        dialog.setFileName(name);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            writer.to(Path.of(chosen));
            say.accept("Saved " + chosen);
        } catch (IOException | IllegalStateException e) {
            // an export with nothing to export yet says so as IllegalStateException
            say.accept("Could not save " + chosen + ": " + e.getMessage());
        }
    }
}
