package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sameboat.analysis.project.CodeAgreement;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.ClassCollector;
import org.sameboat.interop.exercise.ClassReport;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.ExerciseInfo;
import org.sameboat.interop.exercise.Feedback;
import org.sameboat.interop.exercise.FeedbackJson;
import org.sameboat.interop.exercise.FeedbackText;
import org.sameboat.interop.merge.MergeReport;
import org.sameboat.interop.merge.MergeSource;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.model.Project;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * sameboat exercise collect EXDIR STUDENT_EXERCISE...: merge students' handed-in copies into the instructor's exercise
 * and report per student, per code, and the class's most frequent confusions.
 */
final class ExerciseCollect implements ExerciseStep {

    @Override
    public String name() {
        return "collect";
    }

    @Override
    public String synopsis() {
        return "EXDIR STUDENT_EXERCISE... [--json]";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = ExerciseStep.positional(arguments, 0, "the instructor's exercise folder EXDIR");
        ExerciseStep.positional(arguments, 1, "at least one STUDENT_EXERCISE folder");
        try (Projects projects = new Projects()) {
            ExerciseInfo exercise = new ExerciseFolder(Path.of(folder)).info();
            Project project = projects.edit(folder).project();
            MergeSource source = new MergeSource(new QdpxReader());
            List<ClassCollector.Copy> copies = new ArrayList<>();
            for (String other : arguments.positional().subList(2, arguments.positional().size())) {
                if (Path.of(other).toAbsolutePath().normalize().equals(Path.of(folder).toAbsolutePath().normalize())) {
                    throw CliException.usage(other + " is the instructor's exercise itself");
                }
                copies.add(new ClassCollector.Copy(source.read(Path.of(other)), new ExerciseFolder(Path.of(other)).info()));
            }
            Map<String, MergeReport> reports = new LinkedHashMap<>();
            ClassReport report = new ClassCollector(project, exercise).collect(copies, reports);
            projects.save(project, folder);
            if (arguments.flag("json")) {
                console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json(report)));
            } else {
                print(report, reports, console);
            }
            return 0;
        } catch (InteropException e) {
            throw CliException.failure(e.getMessage() + "; nothing was changed");
        }
    }

    private static void print(ClassReport report, Map<String, MergeReport> reports, Console console) {
        reports.forEach((label, merge) -> console.out().println("merged " + label + ": " + merge.added().size() + " added, "
                + merge.conflicts().size() + " conflict(s)"));
        console.out().println();
        for (Feedback student : report.students()) {
            console.out().println(student.info().submission().get().coder() + ": " + student.overall().map(FeedbackText::figures).orElse("")
                    + ", " + student.misses().size() + " turn(s) read differently");
            for (CodeAgreement row : student.perCode()) {
                console.out().println("  " + row.label() + ": " + FeedbackText.figures(row));
            }
        }
        console.out().println();
        console.out().println("the class's most frequent confusions (expert's code -> students' code: turns, over all students):");
        report.confusions().stream().limit(10).forEach(c -> console.out().println("  " + c.expert() + " -> " + c.student() + ": " + c.turns()));
        if (report.confusions().isEmpty()) {
            console.out().println("  none: every student read every turn as the expert did");
        }
        console.out().flush();
    }

    private static JsonObject json(ClassReport report) {
        JsonObject out = new JsonObject();
        JsonArray students = new JsonArray();
        report.students().forEach(s -> students.add(FeedbackJson.of(s)));
        out.add("students", students);
        JsonArray labels = new JsonArray();
        report.labels().forEach(labels::add);
        out.add("labels", labels);
        JsonArray matrix = new JsonArray();
        for (long[] row : report.pooled()) {
            JsonArray r = new JsonArray();
            for (long cell : row) {
                r.add(cell);
            }
            matrix.add(r);
        }
        out.add("pooled", matrix);
        JsonArray confusions = new JsonArray();
        for (ClassReport.Confusion c : report.confusions()) {
            JsonObject o = new JsonObject();
            o.addProperty("expert", c.expert());
            o.addProperty("student", c.student());
            o.addProperty("turns", c.turns());
            confusions.add(o);
        }
        out.add("confusions", confusions);
        return out;
    }
}
