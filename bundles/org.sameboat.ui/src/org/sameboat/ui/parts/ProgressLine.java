package org.sameboat.ui.parts;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The status line's progress: shows the running background job (import, reindex, agreement) with a bar and a
 * cancel button. It becomes the job manager's progress provider, so every job reports here.
 */
public final class ProgressLine {

    private final UISynchronize ui;
    private Label label;
    private ProgressBar bar;
    private Button cancel;
    private volatile IProgressMonitor current;
    private final ProgressProvider provider = new ProgressProvider() {
        @Override
        public IProgressMonitor createMonitor(Job job) {
            return job.isUser() ? monitor() : new NullProgressMonitor();
        }
    };

    @Inject
    public ProgressLine(UISynchronize ui) {
        this.ui = ui;
    }

    @PostConstruct
    public void create(Composite parent) {
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(3, false);
        grid.marginHeight = 0;
        line.setLayout(grid);
        label = new Label(line, SWT.NONE);
        label.setLayoutData(new GridData(260, SWT.DEFAULT));
        bar = new ProgressBar(line, SWT.SMOOTH);
        bar.setLayoutData(new GridData(160, SWT.DEFAULT));
        cancel = new Button(line, SWT.PUSH | SWT.FLAT);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, e -> {
            IProgressMonitor monitor = current;
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        });
        idle();
        Job.getJobManager().setProgressProvider(provider);
        // the job manager outlives the window; once the line is gone, jobs get the manager's own monitors again
        line.addListener(SWT.Dispose, e -> Job.getJobManager().setProgressProvider(null));
    }

    private void idle() {
        label.setText("");
        bar.setVisible(false);
        cancel.setVisible(false);
    }

    /** The line's label, bar and cancel button, for tests. */
    public Label label() {
        return label;
    }

    public ProgressBar bar() {
        return bar;
    }

    /**
     * The monitor a job reporting here gets. Jobs (and {@link org.eclipse.core.runtime.SubMonitor}) report with
     * {@code worked}, which the plain monitor ignores: this one moves the bar on both.
     */
    public IProgressMonitor monitor() {
        return new LineMonitor();
    }

    private final class LineMonitor extends NullProgressMonitor {
        private int total = 1;
        private double worked;
        private String task = "";

        @Override
        public void beginTask(String name, int totalWork) {
            current = this;
            total = Math.max(1, totalWork);
            worked = 0;
            if (name != null && !name.isEmpty()) {
                task = name;
            }
            String shown = task;
            ui.asyncExec(() -> {
                if (!label.isDisposed()) {
                    label.setText(shown);
                    bar.setMaximum(total);
                    bar.setSelection(0);
                    bar.setVisible(true);
                    cancel.setVisible(true);
                }
            });
        }

        @Override
        public void setTaskName(String name) {
            task = name == null ? "" : name;
            subTask(task);
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void internalWorked(double work) {
            worked = Math.min(total, worked + work);
            int selection = (int) Math.round(worked);
            ui.asyncExec(() -> {
                if (!bar.isDisposed()) {
                    bar.setSelection(selection);
                }
            });
        }

        @Override
        public void subTask(String name) {
            String shown = name == null || name.isEmpty() ? task : name;
            ui.asyncExec(() -> {
                if (!label.isDisposed()) {
                    label.setText(shown);
                    // paint now: the step that follows may keep the UI thread busy (an import's last step does)
                    label.getParent().update();
                }
            });
        }

        @Override
        public void done() {
            current = null;
            ui.asyncExec(() -> {
                if (!label.isDisposed()) {
                    idle();
                }
            });
        }
    }
}
