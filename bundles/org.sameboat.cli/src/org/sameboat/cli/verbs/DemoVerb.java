package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.CodeAgreement;
import org.sameboat.analysis.project.Comparison;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.sequence.EventKind;
import org.sameboat.analysis.sequence.LagSequential;
import org.sameboat.analysis.sequence.LagTable;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectStoreException;

/** sameboat demo: the bundled sample project, built in a temporary folder, loaded and summarised. */
public final class DemoVerb implements Verb {

    private static final String GIVEN = "worker: ";
    private static final String MEMBER = "member: ";

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
        String format = "  %-" + width(report.rows().stream().map(CodeAgreement::label).toList()) + "s %8s %8s%n";
        console.out().printf(format, "", "percent", "kappa");
        for (CodeAgreement row : report.rows()) {
            console.out().printf(format, row.label(), figure(row, "percent"), figure(row, "kappa"));
        }
    }

    private static int width(List<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * What members did right after the worker's skills: for each skill, the member dynamic of the next turn most
     * above chance (lag 1, role and code, both coders pooled), as `sequence --events role+code` computes it. Only
     * cells above chance (adjusted residual > 1.96) are shown; their expected counts are small, which is said.
     */
    private static void printSequence(Project project, Path folder, Console console) {
        List<Code> skills = LagSequential.skillCodes(project);
        if (skills.isEmpty()) {
            return;
        }
        LagTable table = LagSequential.compute(project, List.of(), EventKind.ROLE_CODE, 1, Filter.none());
        List<String> events = table.events();
        List<String> lines = new ArrayList<>();
        List<String> givens = new ArrayList<>();
        for (Code skill : skills) {
            int given = events.indexOf(GIVEN + CodePaths.path(skill));
            if (given < 0) {
                continue;
            }
            long turns = 0;
            int best = -1;
            for (int target = 0; target < events.size(); target++) {
                turns += table.count(given, target);
                boolean member = events.get(target).startsWith(MEMBER) && !events.get(target).equals(MEMBER + "none");
                double residual = table.adjustedResidual(given, target);
                if (member && table.count(given, target) > 0 && residual > 1.96
                        && (best < 0 || residual > table.adjustedResidual(given, best))) {
                    best = target;
                }
            }
            if (best >= 0) {
                givens.add(CodePaths.path(skill) + " (" + turns + ")");
                lines.add(String.format(Locale.ROOT, "%s (%d of %d next turns), adjusted residual %+.2f, Yule's Q %+.2f", events.get(best),
                        table.count(given, best), turns, table.adjustedResidual(given, best), table.yulesQ(given, best)));
            }
        }
        console.out().println("what members did next after the worker's skills (lag 1, both coders pooled; member dynamics above chance):");
        if (lines.isEmpty()) {
            console.out().println("  none above chance");
            return;
        }
        String format = "  %-" + width(givens) + "s -> %s%n";
        for (int i = 0; i < lines.size(); i++) {
            console.out().printf(format, givens.get(i), lines.get(i));
        }
        console.out().println("  (expected counts are far below 5: leads to read in the transcripts, not findings; docs/analysis.md)");
        console.out().println("  the whole table: sameboat sequence " + folder + " --events role+code");
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
        // in codebook order: the dynamics and obstacles, then the worker's skills
        Map<Code, Map<String, Integer>> table = new TreeMap<>(Comparator.comparingInt(CodePaths.allCodes(loaded.project())::indexOf));
        for (Document document : loaded.project().getDocuments()) {
            for (Coding coding : document.getCodings()) {
                table.computeIfAbsent(coding.getCode(), k -> new TreeMap<>()).merge(coding.getCoder().getName(), 1, Integer::sum);
            }
        }
        String format = "  %-" + width(table.keySet().stream().map(CodePaths::path).toList()) + "s %s%n";
        table.forEach((code, perCoder) -> console.out().printf(format, CodePaths.path(code), perCoder));
        console.out().println();
        printAgreement(loaded, console);
        console.out().println();
        printSequence(loaded.project(), folder, console);
        console.out().println();
        console.out().println("next:  sameboat agree " + folder + " --unit turn        sameboat search " + folder + " '\"same boat\" OR alone'");
        console.out().println("       sameboat cooccur " + folder + " --mode turn      ./sameboat open " + folder + " --coder alex");
        return loaded.hasErrors() ? 1 : 0;
    }
}
