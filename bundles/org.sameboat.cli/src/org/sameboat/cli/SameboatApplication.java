package org.sameboat.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind {@code ./sameboat VERB ...}: no display, exit code from the verb. */
public final class SameboatApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = raw instanceof String[] strings ? strings : new String[0];
        int exit = Cli.standard(Console.system()).run(args);
        System.out.flush();
        return Integer.valueOf(exit);
    }

    @Override
    public void stop() {
        // verbs run to completion; nothing to interrupt
    }
}
