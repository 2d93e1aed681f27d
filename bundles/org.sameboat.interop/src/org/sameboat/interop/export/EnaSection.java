package org.sameboat.interop.export;

import static org.sameboat.interop.export.HtmlReport.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.ena.Accumulation;
import org.sameboat.analysis.ena.Comparison;
import org.sameboat.analysis.ena.EnaModel;
import org.sameboat.analysis.ena.EnaSet;
import org.sameboat.analysis.ena.GroupPair;
import org.sameboat.analysis.profile.Level;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Stage;
import org.sameboat.model.codebook.CodePaths;

/**
 * The report's epistemic network section: speakers in the first and the last stage the project has, compared by a
 * means rotation ({@code sameboat ena DIR --unit speaker --window 4 --groups stage:FIRST,LAST}, over the most used
 * codes), drawn as inline SVG: each stage's mean network on the fitted node positions, and the points with the
 * difference network.
 */
final class EnaSection {

    /** A network of more codes than this is unreadable at report size; the most used ones are modelled. */
    static final int CODES = 12;
    static final int WINDOW = 4;
    private static final int SIZE = 320;
    private static final String FIRST_COLOUR = "#1f5fa8";
    private static final String SECOND_COLOUR = "#b3002d";

    private final Project project;

    EnaSection(Project project) {
        this.project = project;
    }

    void render(StringBuilder html) {
        html.append("<h2>Epistemic networks by stage</h2>\n");
        List<Stage> stages = Stage.VALUES.stream().filter(s -> s != Stage.UNSPECIFIED && s != Stage.PRE_GROUP)
                .filter(s -> project.getDocuments().stream().anyMatch(d -> d.getStage() == s)).toList();
        if (stages.size() < 2) {
            html.append("<p>No epistemic network comparison: it compares two group stages, and this project's documents are in ")
                    .append(stages.size()).append(".</p>\n");
            return;
        }
        GroupPair pair = new GroupPair(Level.STAGE, stages.get(0).toString(), stages.get(stages.size() - 1).toString());
        EnaSet set;
        try {
            set = EnaModel.fit(Accumulation.of(project, mostUsedCodes(), Level.SPEAKER, Optional.of(Level.STAGE), WINDOW,
                    Filter.none()), Optional.of(pair));
        } catch (IllegalArgumentException e) {
            html.append("<p>No epistemic network comparison: ").append(esc(e.getMessage())).append(".</p>\n");
            return;
        }
        Comparison c = set.comparison().orElseThrow();
        html.append("<p>Each speaker in each stage is a unit; a turn's codes are connected with each other and with the codes of"
                + " the ").append(WINDOW - 1).append(" turns before it (all coders pooled, the ").append(set.accumulation().codes().size())
                .append(" most used codes). Dimension 1 runs from ").append(esc(pair.second())).append(" (left) to ")
                .append(esc(pair.first())).append(" (right) and holds ").append(percent(set.variance()[0]))
                .append(" of the variance. See <code>sameboat ena</code> and docs/analysis.md for the method.</p>\n");
        html.append("<p>").append(esc(pair.first())).append(": ").append(c.n1()).append(" unit(s), mean ").append(number(c.mean1()))
                .append("; ").append(esc(pair.second())).append(": ").append(c.n2()).append(" unit(s), mean ").append(number(c.mean2()))
                .append(". ");
        if (c.undefined().isPresent()) {
            html.append("No t-test: ").append(esc(c.undefined().get())).append(". ");
        } else {
            html.append(String.format(Locale.ROOT, "Welch's t = %.2f, df = %.1f, p = %s; Cohen's d = %.2f. ", c.t(), c.df(),
                    p(c.tP()), c.cohensD()));
        }
        html.append(String.format(Locale.ROOT, "Mann–Whitney U = %.1f, p = %s.</p>\n", c.u(), p(c.uP())));
        double[] first = set.meanNetwork(set.unitsOf(pair.first()));
        double[] second = set.meanNetwork(set.unitsOf(pair.second()));
        double[] difference = new double[first.length];
        for (int i = 0; i < first.length; i++) {
            difference[i] = first[i] - second[i];
        }
        Frame frame = Frame.of(set);
        html.append("<div>\n");
        network(html, set, frame, first, esc(pair.first()) + " mean network", false);
        network(html, set, frame, second, esc(pair.second()) + " mean network", false);
        network(html, set, frame, difference, "difference (" + esc(pair.first()) + " blue, " + esc(pair.second()) + " red) and points",
                true);
        html.append("</div>\n");
    }

    private List<Code> mostUsedCodes() {
        Map<Code, Integer> uses = new HashMap<>();
        for (Document document : project.getDocuments()) {
            for (Coding coding : document.getCodings()) {
                if (coding.getCode() != null) {
                    uses.merge(coding.getCode(), 1, Integer::sum);
                }
            }
        }
        List<Code> all = CodePaths.allCodes(project);
        List<Code> used = new ArrayList<>(all.stream().filter(uses::containsKey)
                .sorted(Comparator.comparing((Code code) -> -uses.get(code))).limit(CODES).toList());
        used.sort(Comparator.comparingInt(all::indexOf)); // codebook order, as sameboat ena lists them
        return used;
    }

    /** Maps dimensions 1 and 2 onto the drawing, the same for the three drawings so that they can be compared. */
    private record Frame(double minX, double minY, double scale) {

        static Frame of(EnaSet set) {
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            List<double[]> all = new ArrayList<>(List.of(set.nodes()));
            all.addAll(List.of(set.points()));
            for (double[] p : all) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                double y = p.length > 1 ? p[1] : 0;
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
            return new Frame(minX - 0.05 * span, minY - 0.05 * span, (SIZE - 20) / (1.1 * span));
        }

        double x(double[] p) {
            return 10 + (p[0] - minX) * scale;
        }

        double y(double[] p) {
            return SIZE - 10 - ((p.length > 1 ? p[1] : 0) - minY) * scale;
        }
    }

    private static void network(StringBuilder html, EnaSet set, Frame frame, double[] weights, String title, boolean points) {
        double max = 1e-12;
        for (double w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(SIZE).append("\" height=\"").append(SIZE + 20)
                .append("\" font-family=\"sans-serif\" font-size=\"10\" role=\"img\" aria-label=\"").append(title).append("\">\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(SIZE).append("\" height=\"").append(SIZE)
                .append("\" fill=\"none\" stroke=\"#ccc\"/>\n");
        double[][] nodes = set.nodes();
        int codes = nodes.length;
        int p = 0;
        for (int j = 1; j < codes; j++) {
            for (int i = 0; i < j; i++, p++) {
                double w = weights[p];
                if (Math.abs(w) < 1e-9) {
                    continue;
                }
                String colour = w > 0 ? FIRST_COLOUR : SECOND_COLOUR;
                html.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-opacity=\"%.2f\" stroke-width=\"%.2f\">"
                                + "<title>%s: %.3f</title></line>%n",
                        frame.x(nodes[i]), frame.y(nodes[i]), frame.x(nodes[j]), frame.y(nodes[j]), colour,
                        0.3 + 0.7 * Math.abs(w) / max, 0.5 + 5 * Math.abs(w) / max, esc(set.accumulation().pairs().get(p)), w));
            }
        }
        if (points) {
            Comparison c = set.comparison().orElseThrow();
            for (int u = 0; u < set.points().length; u++) {
                Optional<String> group = set.accumulation().groupValues().get(u);
                String colour = group.map(g -> g.equals(c.pair().first()) ? FIRST_COLOUR
                        : g.equals(c.pair().second()) ? SECOND_COLOUR : "#999").orElse("#999");
                html.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s</title></circle>%n",
                        frame.x(set.points()[u]), frame.y(set.points()[u]), colour, esc(set.accumulation().units().get(u))));
            }
        }
        for (int n = 0; n < codes; n++) {
            double x = frame.x(nodes[n]);
            double y = frame.y(nodes[n]);
            html.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"6\" fill=\"#222\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", x - 3, y - 3, x + 5, y - 4,
                    esc(shortName(set.accumulation().codes().get(n)))));
        }
        html.append("<text x=\"4\" y=\"").append(SIZE + 14).append("\">").append(title).append("</text>\n</svg>\n");
    }

    private static String shortName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.length() <= 24 ? name : name.substring(0, 23) + "…";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%+.3f", value);
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "n/a" : p < 0.001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.3f", p);
    }
}
