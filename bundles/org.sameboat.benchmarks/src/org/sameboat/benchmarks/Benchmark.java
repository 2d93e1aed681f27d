package org.sameboat.benchmarks;

import java.io.PrintStream;
import java.util.List;

/** One benchmark: prints its figures as a markdown table. */
public interface Benchmark {

    String name();

    String description();

    void run(List<String> args, PrintStream out) throws Exception;
}
