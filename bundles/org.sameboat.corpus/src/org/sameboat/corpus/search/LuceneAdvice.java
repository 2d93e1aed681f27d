package org.sameboat.corpus.search;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lucene tells, through java.util.logging, that it could use the JDK's incubating vector API. That is advice for
 * server operators, not for a researcher running a command or the workbench, so Sameboat keeps it quiet in one
 * place: {@link ProjectIndex} asks for it before its first use of Lucene, and so does anything that uses Lucene
 * without a project index (the search benchmark's bare baseline).
 */
public final class LuceneAdvice {

    /** Held for the life of the class: JUL keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger VECTOR_ADVICE = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private LuceneAdvice() {
    }

    /** Shows only Lucene's severe vectorisation messages from now on; calling it again changes nothing. */
    public static void quiet() {
        VECTOR_ADVICE.setLevel(Level.SEVERE);
    }
}
