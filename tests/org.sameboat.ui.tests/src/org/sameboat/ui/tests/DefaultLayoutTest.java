package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.ui.DefaultLayout;
import org.sameboat.ui.session.WorkbenchIndex;

/**
 * The shipped layout (Application.e4xmi) rendered at 1366×768 as the e4 renderer does it — sashes with the
 * model's weights, stacks as tab folders, the real parts on the sample project, menu bar and status line — and
 * checked for cut-off content: every table or tree header whole and inside its control, every button and tool
 * whole and inside its bar.
 */
class DefaultLayoutTest {

    static final int WIDTH = 1366;
    static final int HEIGHT = 768;

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private WorkbenchIndex index;
    private final List<CTabFolder> stacks = new ArrayList<>();

    @BeforeEach
    void renderTheDefaultLayoutAt1366By768() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        index = new WorkbenchIndex(fixture.session, fixture.display::asyncExec);
        fixture.context.set(WorkbenchIndex.class, index);
        MApplication application = DefaultLayout.load();
        MTrimmedWindow window = (MTrimmedWindow) application.getChildren().get(0);
        Menu bar = new Menu(fixture.shell, SWT.BAR);
        for (MMenuElement menu : window.getMainMenu().getChildren()) {
            new MenuItem(bar, SWT.CASCADE).setText(menu.getLabel());
        }
        fixture.shell.setMenuBar(bar);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        fixture.shell.setLayout(layout);
        Composite main = new Composite(fixture.shell, SWT.NONE);
        main.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        main.setLayout(new FillLayout());
        render(window.getChildren().get(0), main);
        Composite status = new Composite(fixture.shell, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        statusData.heightHint = 26;
        status.setLayoutData(statusData);
        fixture.shell.setSize(Math.min(window.getWidth(), WIDTH), Math.min(window.getHeight(), HEIGHT));
        fixture.shell.layout(true, true);
        fixture.settle();
    }

    @AfterEach
    void close() {
        index.close();
        fixture.close();
    }

    private void render(MUIElement element, Composite parent) {
        switch (element) {
            case MPartSashContainer sash -> {
                SashForm form = new SashForm(parent, sash.isHorizontal() ? SWT.HORIZONTAL : SWT.VERTICAL);
                List<Integer> weights = new ArrayList<>();
                for (MUIElement child : sash.getChildren()) {
                    if (child.isToBeRendered()) {
                        render(child, form);
                        weights.add(child.getContainerData() == null ? 100 : (int) Double.parseDouble(child.getContainerData()));
                    }
                }
                form.setWeights(weights.stream().mapToInt(Integer::intValue).toArray());
            }
            case MPartStack stack -> {
                CTabFolder folder = new CTabFolder(parent, SWT.BORDER);
                stacks.add(folder);
                for (MUIElement child : stack.getChildren()) {
                    MPart part = (MPart) child;
                    CTabItem tab = new CTabItem(folder, part.isCloseable() ? SWT.CLOSE : SWT.NONE);
                    tab.setText(part.getLabel());
                    Composite content = new Composite(folder, SWT.NONE);
                    content.setLayout(new FillLayout());
                    tab.setControl(content);
                    String type = part.getContributionURI().substring(part.getContributionURI().lastIndexOf('/') + 1);
                    try {
                        fixture.part(Class.forName(type, true, DefaultLayout.class.getClassLoader()), content);
                    } catch (ClassNotFoundException e) {
                        throw new AssertionError("no part class " + type, e);
                    }
                }
                folder.setSelection(0);
            }
            default -> throw new AssertionError("unexpected element in the layout: " + element);
        }
    }

    /** Shows every tab in turn and runs the check on what it shows. */
    private List<String> everyTab(java.util.function.BiConsumer<Control, List<String>> check) {
        List<String> problems = new ArrayList<>();
        for (CTabFolder folder : stacks) {
            for (CTabItem tab : folder.getItems()) {
                folder.setSelection(tab);
                fixture.shell.layout(true, true);
                fixture.settle();
                walk(tab.getControl(), control -> check.accept(control, problems));
            }
        }
        return problems;
    }

    private static void walk(Control control, java.util.function.Consumer<Control> visit) {
        visit.accept(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                walk(child, visit);
            }
        }
    }

    private static int textWidth(Control control, String text) {
        GC gc = new GC(control);
        try {
            gc.setFont(control.getFont());
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    private static void checkColumns(Control control, Item[] columns, int[] order, int[] widths, List<String> problems) {
        int clientWidth = control.getBounds().width - 2 * control.getBorderWidth();
        if (control instanceof Table table) {
            clientWidth = table.getClientArea().width;
        } else if (control instanceof Tree tree) {
            clientWidth = tree.getClientArea().width;
        }
        int x = 0;
        for (int index : order) {
            String title = columns[index].getText();
            if (widths[index] < textWidth(control, title)) {
                problems.add("header '" + title + "' is " + widths[index] + " px, its text needs " + textWidth(control, title));
            }
            if (x + widths[index] > clientWidth) {
                problems.add("column '" + title + "' ends at " + (x + widths[index]) + " px, past the visible " + clientWidth + " px");
            }
            x += widths[index];
        }
    }

    @Test
    void everyTableAndTreeHeaderIsWholeAndInView() {
        List<String> checked = new ArrayList<>();
        List<String> problems = everyTab((control, found) -> {
            if (control instanceof Table table && table.getHeaderVisible() && table.isVisible()) {
                int[] widths = java.util.Arrays.stream(table.getColumns()).mapToInt(c -> c.getWidth()).toArray();
                checkColumns(table, table.getColumns(), table.getColumnOrder(), widths, found);
                checked.add(table.getColumn(0).getText());
            } else if (control instanceof Tree tree && tree.getHeaderVisible() && tree.isVisible()) {
                int[] widths = java.util.Arrays.stream(tree.getColumns()).mapToInt(c -> c.getWidth()).toArray();
                checkColumns(tree, tree.getColumns(), tree.getColumnOrder(), widths, found);
                checked.add(tree.getColumn(0).getText());
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(checked.containsAll(List.of("Code", "Document")), "the codebook, search and segments tables were seen: " + checked);
    }

    @Test
    void theCodebookCountColumnIsInView() {
        List<String> problems = everyTab((control, found) -> {
            if (control instanceof Tree tree && tree.getColumnCount() == 2 && tree.getColumn(1).getText().equals("Codings")) {
                int right = tree.getColumn(0).getWidth() + tree.getColumn(1).getWidth();
                if (right > tree.getClientArea().width) {
                    found.add("the counts end at " + right + " px of " + tree.getClientArea().width);
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyButtonAndToolIsWholeAndInsideItsBar() {
        List<String> problems = everyTab((control, found) -> {
            if (!control.isVisible()) {
                return;
            }
            Rectangle area = control.getParent().getClientArea();
            if (control instanceof Button button) {
                Rectangle bounds = button.getBounds();
                int wanted = button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
                if (bounds.width < wanted || bounds.x + bounds.width > area.width) {
                    found.add("button '" + button.getText() + "' is cut: " + bounds + " in " + area + ", needs " + wanted);
                }
            } else if (control instanceof ToolBar bar) {
                for (ToolItem tool : bar.getItems()) {
                    Rectangle bounds = tool.getBounds();
                    if (bounds.x + bounds.width > bar.getClientArea().width || bounds.y + bounds.height > bar.getClientArea().height) {
                        found.add("tool '" + tool.getText() + "' is cut off: " + bounds + " in " + bar.getClientArea());
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
