package org.sameboat.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The user guide: the repository's README and docs/*.md, copied into this bundle's {@value #FOLDER} folder by
 * every build (see the bundle's pom), so the guide shipped is the guide of this version.
 */
public final class Guide {

    static final String FOLDER = "guide";
    /** The overview comes first; the rest by title. */
    public static final String OVERVIEW = "README.md";
    /** The query language's page (Help > Query language). */
    public static final String QUERY_LANGUAGE = "search.md";

    /** One page: its file name, its first heading as title, and its Markdown. */
    public record Page(String file, String title, String markdown) {
    }

    private final List<Page> pages;

    private Guide(List<Page> pages) {
        this.pages = List.copyOf(pages);
    }

    /** The pages shipped in this bundle; empty when the build did not copy them (then the reader says so). */
    public static Guide shipped() {
        Bundle bundle = FrameworkUtil.getBundle(Guide.class);
        Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(FOLDER, "*.md", false);
        List<Page> pages = new ArrayList<>();
        for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
            String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            try (InputStream in = entry.openStream()) {
                String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                pages.add(new Page(file, title(markdown, file), markdown));
            } catch (IOException e) {
                pages.add(new Page(file, file, "# " + file + "\n\nThis page could not be read from the bundle: " + e.getMessage()));
            }
        }
        pages.sort(Comparator.comparing((Page p) -> !p.file().equals(OVERVIEW)).thenComparing(Page::title));
        return new Guide(pages);
    }

    public List<Page> pages() {
        return pages;
    }

    public Optional<Page> page(String file) {
        return pages.stream().filter(p -> p.file().equals(file)).findFirst();
    }

    private static String title(String markdown, String file) {
        for (String line : markdown.split("\n")) {
            if (line.startsWith("# ")) {
                return line.substring(2).replace("`", "").strip();
            }
        }
        return file;
    }
}
