package org.sameboat.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind {@code ./sameboat VERB ...}: no display, exit code from the verb. */
public final class SameboatApplication implements IApplication {

    /**
     * Lucene tells, through java.util.logging, that it could use the JDK's incubating vector API; that is advice
     * for server operators, not for someone running a command. Held here because JUL keeps loggers weakly and a
     * collected logger would forget its level.
     */
    private final Logger luceneVectorAdvice = Logger.getLogger("org.apache.lucene.internal.vectorization");

    @Override
    public Object start(IApplicationContext context) {
        luceneVectorAdvice.setLevel(Level.SEVERE);
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
