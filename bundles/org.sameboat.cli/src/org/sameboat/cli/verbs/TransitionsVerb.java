package org.sameboat.cli.verbs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.TransitionMatrix;
import org.sameboat.analysis.cooccurrence.Transitions;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.Project;

/** sameboat transitions DIR: how often one turn's dynamic is followed by another in the next turn. */
public final class TransitionsVerb implements Verb {

    @Override
    public String name() {
        return "transitions";
    }

    @Override
    public String synopsis() {
        return "DIR [--coder K] [--doc D] [--session N] [--stage S] [--role R] [--codes c1,c2] [--csv]";
    }

    @Override
    public String summary() {
        return "transition matrix of turn dynamics (rows: a turn's dynamic, columns: the next turn's)";
    }

    @Override
    public Set<String> options() {
        return Set.of("coder", "doc", "session", "stage", "role", "codes", "csv");
    }

    @Override
    public Set<String> flags() {
        return Set.of("csv");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        Project project = new Projects().read(folder).project();
        Filter filter = AnalysisScope.filter(project, folder, arguments);
        TransitionMatrix matrix = Transitions.compute(project, AnalysisScope.codes(project, folder, arguments), filter);
        int n = matrix.labels().size();
        // a label that never starts or ends a transition would only add an empty row and column
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long sum = 0;
            for (int j = 0; j < n; j++) {
                sum += matrix.count(i, j) + matrix.count(j, i);
            }
            if (sum > 0) {
                shown.add(i);
            }
        }
        List<String> labels = shown.stream().map(matrix.labels()::get).toList();
        if (arguments.flag("csv")) {
            List<String> header = new ArrayList<>(List.of("from"));
            header.addAll(labels);
            try {
                CSVPrinter printer = new CSVPrinter(console.out(), CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
                for (int i : shown) {
                    List<Object> row = new ArrayList<>(List.of(matrix.labels().get(i)));
                    for (int j : shown) {
                        row.add(matrix.count(i, j));
                    }
                    printer.printRecord(row);
                }
                printer.flush();
            } catch (IOException e) {
                throw CliException.failure("cannot write the matrix: " + e.getMessage());
            }
        } else {
            console.out().printf("transitions of turn dynamics: %,d, %s; rows: a turn, columns: the next turn%n", matrix.total(),
                    filter.coder().map(c -> "coder " + c.getName()).orElse("all coders' codings pooled"));
            if (shown.isEmpty()) {
                console.out().println("no transitions in scope");
            } else {
                MatrixText.print(console.out(), labels, (i, j) -> Long.toString(matrix.count(shown.get(i), shown.get(j))));
            }
        }
        console.out().flush();
        return 0;
    }
}
