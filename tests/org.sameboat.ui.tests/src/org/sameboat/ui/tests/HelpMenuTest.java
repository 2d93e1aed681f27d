package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sameboat.model.Code;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.ui.help.About;
import org.sameboat.ui.help.AboutDialog;
import org.sameboat.ui.help.Guide;
import org.sameboat.ui.help.GuideWindow;
import org.sameboat.ui.help.MarkdownText;
import org.sameboat.ui.help.Shortcuts;

/** Help: the user guide read in the workbench, the query language page, shortcuts from the bindings, About. */
class HelpMenuTest {

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;

    @BeforeEach
    void openSample() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theGuideShipsTheReadmeFirstAndEveryDocsPage() {
        List<String> files = Guide.shipped().pages().stream().map(Guide.Page::file).toList();
        assertEquals("README.md", files.get(0));
        assertTrue(files.containsAll(List.of("search.md", "codebook.md", "analysis.md", "agreement.md", "refi-qda.md", "extending.md")),
                files.toString());
        assertEquals("Sameboat", Guide.shipped().page("README.md").orElseThrow().title());
    }

    @Test
    void theQueryLanguagePageIsShownAsTextWithItsHeadingsAndTablesAndItsLinksOpenOtherPages() {
        GuideWindow window = GuideWindow.show(fixture.shell, Guide.QUERY_LANGUAGE, null);
        fixture.settle();
        String text = window.reader().getText();
        Guide.Page page = window.page();
        assertEquals("search.md", page.file());
        assertTrue(text.startsWith(page.title() + "\n"), text.substring(0, 80));
        assertTrue(text.contains("OVERLAPS"), "the coding relations are explained");
        assertTrue(!text.contains("```") && !text.contains("|---"), "Markdown marks are laid out, not shown");
        assertTrue(window.reader().getStyleRanges().length > 10);

        GuideWindow again = GuideWindow.show(fixture.shell, Guide.OVERVIEW, null);
        assertTrue(again == window, "one guide window, brought forward");
        assertTrue(window.reader().getText().startsWith("Sameboat\n"));
        window.shell().dispose();
    }

    @Test
    void markdownIsLaidOutAsStyledText() {
        MarkdownText.Rendered page = MarkdownText.render("""
                # Title

                Some **bold** and `code`, see [search](search.md).

                | key | does |
                |---|---|
                | 1 | code |

                - one
                - two
                """);
        assertEquals("Title\n\nSome bold and code, see search.\n\nkey  \u2502  does\n1  \u2502  code\n\n\u2022 one\n\u2022 two\n", page.text());
        assertEquals(List.of(new MarkdownText.Span(0, 5, MarkdownText.Kind.HEADING_1, null),
                new MarkdownText.Span(12, 4, MarkdownText.Kind.STRONG, null),
                new MarkdownText.Span(21, 4, MarkdownText.Kind.CODE, null),
                new MarkdownText.Span(31, 6, MarkdownText.Kind.LINK, "search.md"),
                new MarkdownText.Span(40, 12, MarkdownText.Kind.STRONG, null)), page.spans());
        assertEquals(0, page.heading("title"));
        assertTrue(MarkdownText.html("T", "| a |\n|---|\n| 1 |\n").contains("<table>"));
    }

    @Test
    void theShortcutsComeFromTheBindingTablesAndTheProjectsCodeKeys() throws Exception {
        List<Shortcuts.Shortcut> shortcuts = Shortcuts.of(application(), fixture.session.project());
        List<String> pairs = shortcuts.stream().map(s -> s.keys() + " " + s.action()).toList();
        assertTrue(pairs.containsAll(List.of("Ctrl+S Save", "Ctrl+Z Undo", "Ctrl+I Import transcripts", "Ctrl+N New project",
                "F1 User guide", "Shift+Ctrl+L Keyboard shortcuts")), pairs.toString());
        Code one = CodePaths.allCodes(fixture.session.project().orElseThrow()).stream().filter(c -> "1".equals(c.getShortcut()))
                .findFirst().orElseThrow();
        assertTrue(pairs.contains("1 Code the selection with '" + one.getName() + "' (" + one.getCodebook().getName() + ")"), pairs.toString());
        assertEquals(shortcuts.size() - Shortcuts.of(application(), Optional.empty()).size(),
                CodePaths.allCodes(fixture.session.project().orElseThrow()).stream().filter(c -> c.getShortcut() != null
                        && !c.getShortcut().isBlank()).count());
    }

    @Test
    void aboutNamesTheVersionsAndListsEveryInstalledBundle() throws Exception {
        About about = About.running();
        Bundle ui = FrameworkUtil.getBundle(About.class);
        List<String> versions = about.versions(application());
        assertEquals("Sameboat " + ui.getVersion(), versions.get(0));
        assertTrue(versions.get(1).startsWith("Java " + System.getProperty("java.version")));
        assertTrue(versions.stream().anyMatch(v -> v.startsWith("Lucene 10.")), versions.toString());
        assertTrue(versions.stream().anyMatch(v -> v.startsWith("EMF 2.")), versions.toString());
        assertTrue(versions.stream().anyMatch(v -> v.startsWith("CommonMark 0.24")), versions.toString());
        List<About.Plugin> plugins = about.plugins();
        assertEquals(ui.getBundleContext().getBundles().length - 1, plugins.size(), "every bundle but the framework's own");
        assertTrue(plugins.stream().anyMatch(p -> p.symbolicName().equals("org.sameboat.model")));

        AboutDialog dialog = new AboutDialog(fixture.shell, versions, plugins);
        dialog.setBlockOnOpen(false);
        dialog.open();
        fixture.settle();
        assertEquals(plugins.size(), dialog.table().getItemCount());
        dialog.close();
    }

    private static MApplication application() throws Exception {
        Bundle ui = FrameworkUtil.getBundle(org.sameboat.ui.LifeCycle.class);
        Resource resource = new E4XMIResourceFactory().createResource(URI.createURI("platform:/plugin/org.sameboat.ui/Application.e4xmi"));
        try (var in = ui.getEntry("Application.e4xmi").openStream()) {
            resource.load(in, null);
        }
        return (MApplication) resource.getContents().get(0);
    }
}
