package org.sameboat.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.validation.Problem;

/** The counts a user checks first: documents, turns, codes, coders, codings, and any problems. */
public final class ProjectSummary {

    private final LoadedProject loaded;

    public ProjectSummary(LoadedProject loaded) {
        this.loaded = loaded;
    }

    public void print(PrintStream out) {
        Project project = loaded.project();
        int turns = 0;
        int codings = 0;
        Map<String, Integer> perCoder = new TreeMap<>();
        for (Document document : project.getDocuments()) {
            turns += document.getTurns().size();
            codings += document.getCodings().size();
            for (Coding coding : document.getCodings()) {
                Coder coder = coding.getCoder();
                perCoder.merge(coder == null ? "(none)" : coder.getName(), 1, Integer::sum);
            }
        }
        out.println("project    " + project.getName());
        out.println("documents  " + project.getDocuments().size());
        out.println("turns      " + turns);
        out.println("codes      " + CodePaths.allCodes(project).size() + " in " + project.getCodebooks().size() + " codebook(s)");
        out.println("coders     " + project.getCoders().size());
        out.println("codings    " + codings);
        perCoder.forEach((coder, count) -> out.println("  by " + coder + ": " + count));
        out.println("problems   " + (loaded.problems().isEmpty() ? "none" : loaded.problems().size()));
        for (Problem problem : loaded.problems()) {
            out.println("  " + problem);
        }
    }
}
