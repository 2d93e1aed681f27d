package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.ProjectSummary;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.corpus.imports.ImportException;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.CodeAgreement;
import org.sameboat.analysis.project.Comparison;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectStoreException;

/** sameboat demo: the bundled sample project, built in a temporary folder, loaded and summarised. */
public final class DemoVerb implements Verb {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String synopsis() {
        return "[DIR]";
    }

    @Override
    public String summary() {
        return "build the bundled sample project (a temporary folder unless DIR is given), load it and summarise it";
    }

    /** How far the sample's two coders agree per turn: the figure a team checks before trusting a finding. */
    private static void printAgreement(LoadedProject loaded, Console console) {
        var project = loaded.project();
        // only the codes the sample uses: a row for each of the built-in codes nobody applied says nothing
        Set<Code> used = new HashSet<>();
        project.getDocuments().forEach(d -> d.getCodings().forEach(c -> used.add(c.getCode())));
        var codes = CodePaths.allCodes(project).stream().filter(used::contains).toList();
        AgreementReport report = TurnAgreement.of(Comparison.of(project, project.getCoders(), codes)).report();
        console.out().println("agreement of " + String.join(" and ", report.coders()) + " per turn (" + report.units() + " turns):");
        console.out().printf("  %-30s %8s %8s%n", "", "percent", "kappa");
        for (CodeAgreement row : report.rows()) {
            console.out().printf("  %-30s %8s %8s%n", row.label(), figure(row, "percent"), figure(row, "kappa"));
        }
    }

    private static String figure(CodeAgreement row, String coefficient) {
        return row.coefficients().stream().filter(r -> r.coefficient().toLowerCase(java.util.Locale.ROOT).contains(coefficient))
                .findFirst().map(r -> r.defined() ? String.format("%.3f", r.value()) : "n/a").orElse("");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        arguments.expectAtMost(1);
        Path folder;
        try {
            folder = arguments.positional().isEmpty() ? Files.createTempDirectory("sameboat-demo-") : Path.of(arguments.positional().get(0));
            SampleProject.create(folder);
        } catch (IOException | ProjectStoreException | ImportException e) {
            throw CliException.failure("could not build the sample project: " + e.getMessage());
        }
        LoadedProject loaded = new Projects().read(folder.toString());
        console.out().println("Sample project built and loaded from " + folder);
        console.out().println();
        new ProjectSummary(loaded).print(console.out());
        console.out().println();
        console.out().println("codings per code and coder:");
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        for (Document document : loaded.project().getDocuments()) {
            for (Coding coding : document.getCodings()) {
                table.computeIfAbsent(CodePaths.path(coding.getCode()), k -> new TreeMap<>())
                        .merge(coding.getCoder().getName(), 1, Integer::sum);
            }
        }
        table.forEach((code, perCoder) -> console.out().printf("  %-30s %s%n", code, perCoder));
        console.out().println();
        printAgreement(loaded, console);
        console.out().println();
        console.out().println("next:  sameboat agree " + folder + " --unit turn        sameboat search " + folder + " '\"same boat\" OR alone'");
        console.out().println("       sameboat cooccur " + folder + " --mode turn      ./sameboat open " + folder + " --coder alex");
        return loaded.hasErrors() ? 1 : 0;
    }
}
