package org.sameboat.views.agreement;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The reading guide under the figures: one line of published benchmarks, and the colours of their bands. */
final class GuideLine {

    private final Label line;
    private final List<Label> legend = new ArrayList<>();

    GuideLine(Composite parent, LocalResourceManager resources) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        GridLayout layout = new GridLayout(1 + ReadingGuide.Band.values().length, false);
        layout.marginHeight = 0;
        box.setLayout(layout);
        line = new Label(box, SWT.WRAP);
        GridData lineData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        // a small hint lets the line wrap inside the view instead of asking for its whole length
        lineData.widthHint = 300;
        line.setLayoutData(lineData);
        // a label reads "&" as a mnemonic marker: doubled, it shows as itself
        line.setText(ReadingGuide.LINE.replace("&", "&&"));
        for (ReadingGuide.Band band : ReadingGuide.Band.values()) {
            Label swatch = new Label(box, SWT.BORDER | SWT.CENTER);
            swatch.setText(" " + ReadingGuide.LEGEND.get(band.ordinal()) + " ");
            swatch.setBackground(resources.create(ColorDescriptor.createFrom(band.colour)));
            swatch.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            legend.add(swatch);
        }
    }

    Label line() {
        return line;
    }

    /** The swatches, in band order (good, tentative, poor). */
    List<Label> legend() {
        return List.copyOf(legend);
    }
}
