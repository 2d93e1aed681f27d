package org.sameboat.ui.help;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** Help > About Sameboat: versions and views as text one can copy into a report, then every installed plugin. */
public final class AboutDialog extends Dialog {

    private final List<String> versions;
    private final List<About.Plugin> plugins;
    private Table table;

    public AboutDialog(Shell parent, List<String> versions, List<About.Plugin> plugins) {
        super(parent);
        this.versions = List.copyOf(versions);
        this.plugins = List.copyOf(plugins);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About Sameboat");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText("Sameboat: a workbench for qualitative research on mutual aid in groups.");
        Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
        text.setText(String.join("\n", versions));
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
        textData.widthHint = 640;
        text.setLayoutData(textData);
        new Label(area, SWT.NONE).setText("Installed plugins (" + plugins.size() + "):");
        table = ShortcutsDialog.table(area, new String[] {"Name", "Bundle", "Version", "State"}, new int[] {220, 260, 130, 80});
        for (About.Plugin plugin : plugins) {
            new TableItem(table, SWT.NONE).setText(new String[] {plugin.name(), plugin.symbolicName(), plugin.version(), plugin.state()});
        }
        return area;
    }

    public Table table() {
        return table;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
