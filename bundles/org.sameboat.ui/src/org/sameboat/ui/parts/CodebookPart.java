package org.sameboat.ui.parts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.CodebookEdits;
import org.sameboat.ui.session.CodingTarget;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;
import org.sameboat.ui.widgets.CodePalette;
import org.sameboat.ui.widgets.CodingColours;
import org.sameboat.ui.widgets.ToolIcons;
import org.sameboat.ui.widgets.TranscriptViewer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The code tree: colour, shortcut, number of visible codings, definition as tooltip. Double-click or drag a
 * code onto the transcript to code; the toolbar adds, renames, recolours and merges codes; dragging a code onto
 * another nests it.
 */
public final class CodebookPart {

    private final ProjectSession session;
    private final Consumer<SessionChange> listener = change -> refresh();
    private final Map<Code, Integer> counts = new HashMap<>();
    private LocalResourceManager resources;
    private TreeViewer viewer;
    private Label message;
    private ToolBar tools;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private ESelectionService selectionService;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private CodingTarget target;

    @Inject
    public CodebookPart(ProjectSession session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        parent.setLayout(new GridLayout(1, false));
        // icons with tooltips: six tools fit the narrowest column, where words were cut off
        tools = new ToolBar(parent, SWT.FLAT | SWT.WRAP | SWT.RIGHT);
        tools.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        ToolIcons icons = new ToolIcons(resources);
        tool(icons.add(), "Add a code to the codebook", this::addCode);
        tool(icons.addSubCode(), "Add a sub-code under the selected code", this::addSubCode);
        tool(icons.rename(), "Rename the selected code", this::rename);
        tool(icons.colour(), "Choose the selected code's colour", this::recolour);
        tool(icons.merge(), "Merge the selected code into another (its codings move there)", this::merge);
        tool(icons.newCodebook(), "Start a codebook of your own", this::newCodebook);
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new CodeTree());
        TreeViewerColumn name = new TreeViewerColumn(viewer, SWT.LEFT);
        name.getColumn().setText("Code");
        name.getColumn().setWidth(230);
        name.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Code code) {
                    return (code.getShortcut() == null ? "" : code.getShortcut() + "  ") + code.getName();
                }
                return element instanceof Codebook codebook ? codebook.getName() : "";
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof Code code ? swatch(code) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof Code code ? tooltip(code) : null;
            }
        });
        TreeViewerColumn count = new TreeViewerColumn(viewer, SWT.RIGHT);
        count.getColumn().setText("Codings");
        count.getColumn().setWidth(70);
        count.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Code code ? String.valueOf(counts.getOrDefault(code, 0)) : "";
            }
        });
        // the names take what the column leaves, so the counts stay in view however narrow the part is
        Columns.stretch(viewer.getTree(), 0);
        ColumnViewerToolTipSupport.enableFor(viewer);
        message = new Label(parent, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        viewer.addDoubleClickListener(e -> selectedCode().ifPresent(this::codeWith));
        viewer.addSelectionChangedListener(e -> {
            if (selectionService != null) {
                selectedCode().ifPresent(selectionService::setSelection);
            }
        });
        dragAndDrop();
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** Applies a code to the transcript's selection, as a double-click does. */
    public void codeWith(Code code) {
        if (target == null || !code.isApplicable()) {
            message.setText("Open a transcript and select text to code it.");
            return;
        }
        target.codeSelection(code);
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        counts.clear();
        session.project().ifPresent(project -> {
            for (Document document : project.getDocuments()) {
                for (Coding coding : document.getCodings()) {
                    if (session.isVisible(coding)) {
                        counts.merge(coding.getCode(), 1, Integer::sum);
                    }
                }
            }
        });
        Object[] expanded = viewer.getExpandedElements();
        viewer.setInput(session.project().orElse(null));
        if (expanded.length == 0) {
            viewer.expandToLevel(2);
        } else {
            viewer.setExpandedElements(expanded);
        }
    }

    private Image swatch(Code code) {
        ImageData data = new ImageData(12, 12, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        int pixel = data.palette.getPixel(CodingColours.rgb(code.getColour()));
        for (int x = 0; x < 12; x++) {
            for (int y = 0; y < 12; y++) {
                data.setPixel(x, y, x == 0 || y == 0 || x == 11 || y == 11 ? 0x555555 : pixel);
            }
        }
        return resources.create(ImageDescriptor.createFromImageDataProvider(zoom -> zoom == 100 ? data : null));
    }

    private static String tooltip(Code code) {
        StringBuilder tip = new StringBuilder(CodePaths.path(code));
        if (code.getDefinition() != null) {
            tip.append("\n\n").append(code.getDefinition());
        }
        if (!code.getIndicators().isEmpty()) {
            tip.append("\n\nLook for: ").append(String.join("; ", code.getIndicators()));
        }
        if (code.getExample() != null) {
            tip.append("\n\nExample: ").append(code.getExample());
        }
        if (code.getSource() != null) {
            tip.append("\n\n").append(code.getSource());
        }
        return tip.toString();
    }

    private java.util.Optional<Code> selectedCode() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof Code code ? java.util.Optional.of(code) : java.util.Optional.empty();
    }

    private java.util.Optional<Codebook> selectedCodebook() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (first instanceof Codebook codebook) {
            return java.util.Optional.of(codebook);
        }
        if (first instanceof Code code) {
            Code top = code;
            while (top.getParent() != null) {
                top = top.getParent();
            }
            return java.util.Optional.ofNullable(top.getCodebook());
        }
        return session.project().flatMap(p -> p.getCodebooks().stream().findFirst());
    }

    private void tool(Image icon, String tooltip, Runnable action) {
        ToolItem item = new ToolItem(tools, SWT.PUSH);
        item.setImage(icon);
        item.setToolTipText(tooltip);
        item.addListener(SWT.Selection, e -> edit(action));
    }

    /** The tool bar, for tests. */
    public ToolBar tools() {
        return tools;
    }

    private void edit(Runnable action) {
        try {
            message.setText("");
            action.run();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
        message.getParent().layout(true);
    }

    private void addCode() {
        selectedCodebook().ifPresent(codebook -> ask("New code", "Name of the new code", "").ifPresent(name -> {
            String colour = CodePalette.next(coloursInUse());
            session.edit("Add code '" + name + "'", List.of(codebook), () -> CodebookEdits.add(codebook, null, name, colour));
        }));
    }

    /** The colours the project's codes have, which a new code's colour keeps away from. */
    private List<String> coloursInUse() {
        return session.project().map(p -> CodePaths.allCodes(p).stream().map(Code::getColour).toList()).orElse(List.of());
    }

    /** A codebook of the user's own beside the built-in one, e.g. for a study's inductive codes. */
    private void newCodebook() {
        session.project().ifPresent(project -> ask("New codebook", "Name of the new codebook", "").ifPresent(
                name -> session.edit("Add codebook '" + name + "'", List.of(project), () -> CodebookEdits.newCodebook(project, name))));
    }

    private void addSubCode() {
        selectedCode().ifPresent(parent -> ask("New sub-code", "Name of the new code under " + parent.getName(), "").ifPresent(
                name -> session.edit("Add code '" + name + "'", List.of(parent), () -> CodebookEdits.add(null, parent, name, parent.getColour()))));
    }

    private void rename() {
        selectedCode().ifPresent(code -> ask("Rename code", "New name", code.getName()).ifPresent(name -> session.edit(
                "Rename code '" + code.getName() + "' to '" + name + "'", List.of(code), () -> {
                    CodebookEdits.rename(code, name);
                    return code;
                })));
    }

    private void recolour() {
        selectedCode().ifPresent(code -> {
            ColorDialog dialog = new ColorDialog(viewer.getControl().getShell());
            dialog.setRGB(CodingColours.rgb(code.getColour()));
            if (dialog.open() != null) {
                session.edit("Recolour code '" + code.getName() + "'", List.of(code), () -> {
                    CodebookEdits.recolour(code, CodingColours.hex(dialog.getRGB()));
                    return code;
                });
            }
        });
    }

    private void merge() {
        selectedCode().ifPresent(code -> ask("Merge code", "Merge '" + CodePaths.path(code) + "' into which code (path or name)?", "")
                .ifPresent(targetName -> {
                    Project project = session.project().orElseThrow();
                    Code into = CodePaths.find(project, targetName)
                            .orElseThrow(() -> new IllegalArgumentException("no single code '" + targetName + "'"));
                    int moved = session.edit("Merge code '" + code.getName() + "' into '" + into.getName() + "'", List.of(project),
                            () -> CodebookEdits.merge(project, code, into));
                    message.setText(moved + " codings now carry '" + into.getName() + "'.");
                }));
    }

    private java.util.Optional<String> ask(String title, String question, String initial) {
        InputDialog dialog = new InputDialog(viewer.getControl().getShell(), title, question, initial,
                text -> text.isBlank() ? "Type a name." : null);
        return dialog.open() == InputDialog.OK ? java.util.Optional.of(dialog.getValue().strip()) : java.util.Optional.empty();
    }

    private void dragAndDrop() {
        Transfer[] text = {TextTransfer.getInstance()};
        viewer.addDragSupport(DND.DROP_COPY | DND.DROP_MOVE, text, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = selectedCode().isPresent();
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                selectedCode().ifPresent(code -> event.data = TranscriptViewer.CODE_DRAG_PREFIX + code.getId());
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, text, new DropTargetAdapter() {
            @Override
            public void drop(DropTargetEvent event) {
                if (!(event.data instanceof String data) || !data.startsWith(TranscriptViewer.CODE_DRAG_PREFIX)) {
                    return;
                }
                Project project = session.project().orElseThrow();
                Code moved = CodePaths.find(project, data.substring(TranscriptViewer.CODE_DRAG_PREFIX.length())).orElse(null);
                Widget item = event.item;
                Object onto = item instanceof TreeItem treeItem ? treeItem.getData() : null;
                if (moved == null || onto == moved) {
                    return;
                }
                edit(() -> session.edit("Move code '" + moved.getName() + "'", List.of(project), () -> {
                    if (onto instanceof Code parent) {
                        CodebookEdits.move(moved, null, parent);
                    } else {
                        CodebookEdits.move(moved, onto instanceof Codebook codebook ? codebook : selectedCodebook().orElseThrow(), null);
                    }
                    return moved;
                }));
            }
        });
    }

    private static final class CodeTree implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Project project ? project.getCodebooks().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Codebook codebook) {
                return codebook.getCodes().toArray();
            }
            return parent instanceof Code code ? code.getChildren().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof Code code) {
                return code.getParent() != null ? code.getParent() : code.getCodebook();
            }
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
