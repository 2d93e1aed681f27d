package org.sameboat.interop.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.Bootstrap;
import org.sameboat.analysis.agreement.BootstrapInterval;
import org.sameboat.analysis.agreement.KrippendorffAlpha;
import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.analysis.contingency.ContingencyTable;
import org.sameboat.analysis.contingency.ResidualScale;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.network.InteractionNetwork;
import org.sameboat.analysis.network.Network;
import org.sameboat.analysis.network.NetworkEdge;
import org.sameboat.analysis.network.TurnTaking;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.profile.Profile;
import org.sameboat.analysis.profile.ProfileTable;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.CodeAgreement;
import org.sameboat.analysis.project.Comparison;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.sequence.EventKind;
import org.sameboat.analysis.sequence.LagSequential;
import org.sameboat.analysis.sequence.LagTable;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.AtomicFile;
import org.sameboat.model.text.XmlChars;

/**
 * A self-contained HTML report (no scripts, no external files) to share a project's state: the codebook with
 * definitions and counts, codings per document and per session, a heatmap of code co-occurrence drawn as inline
 * SVG, codings per code and coder, the profile of codes by stage and the lag-1 sequences of role and code (both
 * coloured by adjusted residual), the coders' agreement per turn, who talks to whom (the casework index per
 * document and the speaker → addressee table of {@link InteractionNetwork}), and epistemic networks of the first
 * and last stage ({@link EnaSection}).
 * <p>
 * Two codes co-occur when a coding of one and a coding of the other overlap in the same document (their ranges
 * share at least one character); each overlapping pair of codings counts once, whoever coded them.
 */
public final class HtmlReport {

    /** Beyond this many codes the heatmap shows the most used ones, so that it stays readable. */
    static final int HEATMAP_CODES = 40;
    /** Fixed, so that the same project always gets the same intervals. */
    static final long BOOTSTRAP_SEED = 20_260_101L;

    private final Project project;

    public HtmlReport(Project project) {
        this.project = project;
    }

    /** Writes the report atomically. */
    public void write(Path file) throws IOException {
        String html = render();
        AtomicFile.write(file, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The report as one HTML document. */
    public String render() {
        StringBuilder html = new StringBuilder();
        String title = project.getName() == null ? "Sameboat project" : project.getName();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
                        + "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}td.n{text-align:right}"
                        + ".swatch{display:inline-block;width:.9em;height:.9em;border:1px solid #888;margin-right:.3em}"
                        + "td.r{text-align:center;white-space:nowrap}</style>\n</head><body>\n");
        html.append("<h1>").append(esc(title)).append("</h1>\n");
        List<Coding> all = new ArrayList<>();
        project.getDocuments().forEach(d -> all.addAll(d.getCodings()));
        html.append("<p>").append(project.getDocuments().size()).append(" document(s), ").append(CodePaths.allCodes(project).size())
                .append(" code(s), ").append(project.getCoders().size()).append(" coder(s), ").append(all.size()).append(" coding(s).</p>\n");
        Map<Code, Integer> perCode = new HashMap<>();
        all.forEach(c -> perCode.merge(c.getCode(), 1, Integer::sum));
        codebook(html, perCode);
        documents(html);
        sessions(html);
        heatmap(html, perCode);
        byCoder(html, perCode);
        profile(html);
        sequences(html);
        agreement(html);
        network(html);
        new EnaSection(project).render(html);
        html.append("</body></html>\n");
        return html.toString();
    }

    private void codebook(StringBuilder html, Map<Code, Integer> perCode) {
        html.append("<h2>Codebook</h2>\n<table><tr><th>Code</th><th>Definition</th><th>Codings</th></tr>\n");
        for (Code code : CodePaths.allCodes(project)) {
            int depth = CodePaths.selfAndAncestors(code).size() - 1;
            html.append("<tr><td style=\"padding-left:").append(0.5 + 1.5 * depth).append("em\">");
            if (code.getColour() != null && code.getColour().matches("#[0-9A-Fa-f]{6}")) {
                html.append("<span class=\"swatch\" style=\"background:").append(code.getColour()).append("\"></span>");
            }
            html.append(esc(code.getName())).append("</td><td>").append(esc(code.getDefinition())).append("</td><td class=\"n\">")
                    .append(perCode.getOrDefault(code, 0)).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void documents(StringBuilder html) {
        html.append("<h2>Codings per document</h2>\n<table><tr><th>Document</th><th>Group</th><th>Session</th><th>Stage</th>"
                + "<th>Turns</th><th>Codings</th></tr>\n");
        for (Document d : project.getDocuments()) {
            html.append("<tr><td>").append(esc(d.getName())).append("</td><td>").append(esc(d.getGroup() == null ? "" : d.getGroup().getName()))
                    .append("</td><td class=\"n\">").append(d.getSession() == null ? "" : d.getSession()).append("</td><td>")
                    .append(d.getStage() == null ? "" : esc(d.getStage().getLiteral())).append("</td><td class=\"n\">").append(d.getTurns().size())
                    .append("</td><td class=\"n\">").append(d.getCodings().size()).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private record Session(String group, Integer number) {
        static final Comparator<Session> ORDER = Comparator.comparing(Session::group)
                .thenComparing(Session::number, Comparator.nullsLast(Comparator.naturalOrder()));

        String label() {
            String session = number == null ? "(no session)" : "session " + number;
            return group.isEmpty() ? session : group + ", " + session;
        }
    }

    private void sessions(StringBuilder html) {
        Map<Session, int[]> bySession = new TreeMap<>(Session.ORDER);
        for (Document d : project.getDocuments()) {
            Session key = new Session(d.getGroup() == null || d.getGroup().getName() == null ? "" : d.getGroup().getName(), d.getSession());
            int[] counts = bySession.computeIfAbsent(key, k -> new int[2]);
            counts[0]++;
            counts[1] += d.getCodings().size();
        }
        html.append("<h2>Codings per session</h2>\n<table><tr><th>Session</th><th>Documents</th><th>Codings</th></tr>\n");
        bySession.forEach((session, counts) -> html.append("<tr><td>").append(esc(session.label()))
                .append("</td><td class=\"n\">").append(counts[0]).append("</td><td class=\"n\">").append(counts[1]).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    /** Co-occurrence counts between codes, symmetric; see the class comment for what counts. */
    public Map<Code, Map<Code, Integer>> cooccurrence() {
        Map<Code, Map<Code, Integer>> counts = new LinkedHashMap<>();
        for (Document document : project.getDocuments()) {
            List<Coding> codings = new ArrayList<>(document.getCodings());
            codings.sort(Comparator.comparingInt(Coding::getStart));
            for (int i = 0; i < codings.size(); i++) {
                Coding a = codings.get(i);
                for (int j = i + 1; j < codings.size() && codings.get(j).getStart() < a.getEnd(); j++) {
                    Coding b = codings.get(j);
                    if (a.getCode() != b.getCode() && a.getCode() != null && b.getCode() != null) {
                        counts.computeIfAbsent(a.getCode(), k -> new HashMap<>()).merge(b.getCode(), 1, Integer::sum);
                        counts.computeIfAbsent(b.getCode(), k -> new HashMap<>()).merge(a.getCode(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private void heatmap(StringBuilder html, Map<Code, Integer> perCode) {
        html.append("<h2>Code co-occurrence</h2>\n");
        List<Code> codes = perCode.keySet().stream().filter(c -> c != null)
                .sorted(Comparator.comparing((Code c) -> -perCode.get(c)).thenComparing(CodePaths::path)).toList();
        if (codes.size() > HEATMAP_CODES) {
            html.append("<p>The ").append(HEATMAP_CODES).append(" most used of ").append(codes.size()).append(" codes in use.</p>\n");
            codes = codes.subList(0, HEATMAP_CODES);
        }
        if (codes.isEmpty()) {
            html.append("<p>No codings yet.</p>\n");
            return;
        }
        Map<Code, Map<Code, Integer>> counts = cooccurrence();
        int max = 1;
        for (Code a : codes) {
            for (Code b : codes) {
                max = Math.max(max, counts.getOrDefault(a, Map.of()).getOrDefault(b, 0));
            }
        }
        int cell = 22;
        int label = 220;
        int size = label + cell * codes.size() + 10;
        html.append("<p>Cells count pairs of overlapping codings of two codes; darker is more.</p>\n");
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(size).append("\" height=\"").append(size)
                .append("\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\"code co-occurrence heatmap\">\n");
        for (int i = 0; i < codes.size(); i++) {
            String name = esc(shorten(CodePaths.path(codes.get(i))));
            int middle = label + i * cell + cell / 2;
            html.append("<text x=\"").append(label - 4).append("\" y=\"").append(middle + 4).append("\" text-anchor=\"end\">").append(name)
                    .append("</text>\n");
            html.append("<text transform=\"translate(").append(middle + 4).append(",").append(label - 4)
                    .append(") rotate(-90)\">").append(name).append("</text>\n");
        }
        for (int row = 0; row < codes.size(); row++) {
            for (int col = 0; col < codes.size(); col++) {
                int value = counts.getOrDefault(codes.get(row), Map.of()).getOrDefault(codes.get(col), 0);
                double opacity = row == col ? 0 : (double) value / max;
                html.append("<rect x=\"").append(label + col * cell).append("\" y=\"").append(label + row * cell).append("\" width=\"")
                        .append(cell).append("\" height=\"").append(cell).append("\" fill=\"#b3002d\" fill-opacity=\"")
                        .append(String.format(Locale.ROOT, "%.3f", opacity)).append("\" stroke=\"#ddd\"><title>")
                        .append(esc(CodePaths.path(codes.get(row)) + " × " + CodePaths.path(codes.get(col)) + ": " + value))
                        .append("</title></rect>\n");
                if (value > 0 && row != col) {
                    html.append("<text x=\"").append(label + col * cell + cell / 2).append("\" y=\"").append(label + row * cell + cell / 2 + 4)
                            .append("\" text-anchor=\"middle\" fill=\"").append(opacity > 0.5 ? "#fff" : "#000").append("\">").append(value)
                            .append("</text>\n");
                }
            }
        }
        html.append("</svg>\n");
    }

    private void byCoder(StringBuilder html, Map<Code, Integer> perCode) {
        List<Coder> coders = project.getCoders();
        html.append("<h2>Codings per code and coder</h2>\n<table><tr><th>Code</th>");
        coders.forEach(c -> html.append("<th>").append(esc(c.getName())).append("</th>"));
        html.append("</tr>\n");
        Map<Code, Map<Coder, Integer>> counts = new HashMap<>();
        for (Document document : project.getDocuments()) {
            for (Coding coding : document.getCodings()) {
                counts.computeIfAbsent(coding.getCode(), k -> new HashMap<>()).merge(coding.getCoder(), 1, Integer::sum);
            }
        }
        for (Code code : CodePaths.allCodes(project)) {
            if (!perCode.containsKey(code)) {
                continue;
            }
            html.append("<tr><td>").append(esc(CodePaths.path(code))).append("</td>");
            for (Coder coder : coders) {
                html.append("<td class=\"n\">").append(counts.getOrDefault(code, Map.of()).getOrDefault(coder, 0)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /**
     * The turn-level agreement of all the project's coders ({@link TurnAgreement}, as
     * {@code sameboat agree DIR --unit turn} reports it), with a bootstrap interval for alpha; or a
     * sentence saying why there is none. Each figure carries its full value in {@code data-value},
     * so that the report can be checked against the command line.
     */
    /** The section of {@link Profile} by stage, all coders pooled: the table the profile view and verb show. */
    public ProfileTable stageProfile() {
        return Profile.compute(project, List.of(), Level.STAGE, Filter.none());
    }

    /** The section of {@link LagSequential} at lag 1 with role+code events, all coders pooled. */
    public LagTable roleCodeSequences() {
        return LagSequential.compute(project, List.of(), EventKind.ROLE_CODE, 1, Filter.none());
    }

    private void profile(StringBuilder html) {
        html.append("<h2 id=\"profile\">Profile by stage</h2>\n");
        ProfileTable profile = stageProfile();
        ContingencyTable test = profile.test();
        List<Integer> rows = new ArrayList<>();
        for (int c = 0; c < profile.codes().size(); c++) {
            if (test.rowTotal(c) > 0) {
                rows.add(c);
            }
        }
        if (rows.isEmpty()) {
            html.append("<p>No coding touches a turn, so there is no profile.</p>\n");
            return;
        }
        html.append("<p>Each cell: the turns of the stage that the code touches \u00B7 per 100 turns of the stage; the colour is the"
                + " cell's adjusted residual. ").append(testLine(test)).append("</p>\n");
        legend(html);
        html.append("<table class=\"profile\"><tr><th>Code</th>");
        for (int l = 0; l < profile.levels().size(); l++) {
            html.append("<th>").append(esc(profile.levels().get(l))).append(" (").append(profile.turns(l)).append(" turns)</th>");
        }
        html.append("</tr>\n");
        for (int c : rows) {
            html.append("<tr><td>").append(esc(profile.codes().get(c))).append("</td>");
            for (int l = 0; l < profile.levels().size(); l++) {
                double z = test.adjustedResidual(c, l);
                residualCell(html, z, String.format(Locale.ROOT, "%d \u00B7 %.1f", profile.count(c, l), profile.rate(c, l)),
                        String.format(Locale.ROOT, "%s, %s: expected %.2f, adjusted residual %s", profile.codes().get(c),
                                profile.levels().get(l), test.expected(c, l), signed(z)));
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void sequences(StringBuilder html) {
        html.append("<h2 id=\"sequences\">Sequences (lag 1, role+code)</h2>\n");
        LagTable table = roleCodeSequences();
        if (table.n() == 0) {
            html.append("<p>No document has two turns in a row, so there are no sequences.</p>\n");
            return;
        }
        html.append("<p>").append(table.n()).append(" pairs of a turn (row: its speaker's role and dynamic) and the next turn"
                + " (column); each cell is the pair's adjusted residual, its count and Yule's Q in the cell's title. ")
                .append(testLine(table.contingency())).append("</p>\n");
        legend(html);
        html.append("<table class=\"sequences\"><tr><th>Given \u2192 target</th>");
        table.events().forEach(e -> html.append("<th>").append(esc(e)).append("</th>"));
        html.append("</tr>\n");
        for (int g = 0; g < table.events().size(); g++) {
            html.append("<tr><td>").append(esc(table.events().get(g))).append("</td>");
            for (int t = 0; t < table.events().size(); t++) {
                double z = table.adjustedResidual(g, t);
                residualCell(html, z, signed(z), String.format(Locale.ROOT, "%s \u2192 %s: %d pairs, expected %.2f, Yule's Q %s",
                        table.events().get(g), table.events().get(t), table.count(g, t), table.expected(g, t),
                        Double.isNaN(table.yulesQ(g, t)) ? "n/a" : String.format(Locale.ROOT, "%+.3f", table.yulesQ(g, t))));
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** A cell coloured by its residual, bold with a star beyond ±1.96; every attribute value escaped like the text. */
    private static void residualCell(StringBuilder html, double residual, String text, String title) {
        String style = "background:" + ResidualScale.hex(residual) + ";color:" + (ResidualScale.darkTextOn(residual) ? "#141414" : "#ffffff");
        html.append("<td class=\"r\" style=\"").append(esc(style)).append("\" title=\"").append(esc(title)).append("\"");
        if (!Double.isNaN(residual)) {
            html.append(" data-residual=\"").append(residual).append("\"");
        }
        html.append(">");
        if (ResidualScale.flagged(residual)) {
            html.append("<b>").append(esc(text)).append(" *</b>");
        } else {
            html.append(esc(text));
        }
        html.append("</td>");
    }

    private static void legend(StringBuilder html) {
        html.append("<p>Colour: adjusted residual, ");
        for (double z : new double[] {-3, -2, -1, 0, 1, 2, 3}) {
            html.append("<span class=\"swatch\" style=\"").append(esc("background:" + ResidualScale.hex(z))).append("\"></span>")
                    .append(esc(z == 0 ? "0" : String.format(Locale.ROOT, "%+.0f", z))).append(' ');
        }
        html.append("(blue: fewer than independence expects, red: more); <b>bold *</b>: |residual| &gt; 1.96.</p>\n");
    }

    private static String testLine(ContingencyTable test) {
        if (test.degreesOfFreedom() == 0) {
            return "No chi-square test: it needs two rows and two columns with counts.";
        }
        String line = String.format(Locale.ROOT, "Chi-square %.2f, df %d, p %s.", test.chiSquare(), test.degreesOfFreedom(),
                test.p() < 0.001 ? String.format(Locale.ROOT, "%.2e", test.p()) : String.format(Locale.ROOT, "%.4f", test.p()));
        // with many small expected counts the p-value and the residuals are rough; the reader should know
        return test.approximationDoubtful() ? line + String.format(Locale.ROOT, " %d of %d cells expect fewer than 5, so read p and"
                + " the residuals with care.", test.expectedBelowFive(), test.cellsInUse()) : line;
    }

    private static String signed(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%+.2f", value);
    }

    private void agreement(StringBuilder html) {
        html.append("<h2>Agreement between coders (per turn)</h2>\n");
        if (project.getCoders().size() < 2) {
            html.append("<p>No agreement table: agreement compares at least two coders, and this project has ")
                    .append(project.getCoders().size()).append(".</p>\n");
            return;
        }
        Comparison comparison = Comparison.of(project, List.of(), List.of());
        if (comparison.documents().isEmpty()) {
            html.append("<p>No agreement table: no document was coded by every one of ")
                    .append(esc(String.join(", ", comparison.coderNames())))
                    .append(", so there is nothing to compare; agreement needs the coders to code the same documents.</p>\n");
            return;
        }
        TurnAgreement turns = TurnAgreement.of(comparison);
        AgreementReport report = turns.report();
        List<ReliabilityData> data = turns.data();
        html.append("<p>Coders ").append(esc(String.join(", ", report.coders()))).append("; ").append(report.documents())
                .append(" document(s) every one of them coded, ").append(report.units())
                .append(" turn(s). A code applies to a turn when a coding of it covers a character of the turn; the dynamic is "
                        + "the code covering most of the turn. The interval is a 95% bootstrap over turns (")
                .append(Bootstrap.DEFAULT_REPLICATES).append(" replicates, seed ").append(BOOTSTRAP_SEED).append(").</p>\n");
        String kappa = report.rows().isEmpty() ? "kappa" : report.rows().get(0).coefficients().get(1).coefficient();
        html.append("<table class=\"agreement\"><tr><th>Code</th><th>Percent agreement</th><th>").append(esc(kappa))
                .append("</th><th>Krippendorff's alpha (nominal)</th><th>alpha 95% interval</th></tr>\n");
        Bootstrap bootstrap = Bootstrap.withSeed(BOOTSTRAP_SEED);
        Map<String, String> undefined = new LinkedHashMap<>();
        for (int i = 0; i < report.rows().size(); i++) {
            CodeAgreement row = report.rows().get(i);
            html.append("<tr><td>").append(esc(row.label())).append("</td>");
            for (AgreementResult result : row.coefficients()) {
                figure(html, result.value());
                if (!result.defined()) {
                    undefined.putIfAbsent(row.label(), result.explanation());
                }
            }
            BootstrapInterval ci = bootstrap.interval(data.get(i), KrippendorffAlpha::nominal);
            if (ci.defined()) {
                html.append("<td class=\"n\">[").append(number(ci.lower())).append(", ").append(number(ci.upper())).append("]</td>");
            } else {
                html.append("<td class=\"n\">n/a</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        undefined.forEach((label, why) -> html.append("<p>n/a for ").append(esc(label)).append(": ").append(esc(why)).append("</p>\n"));
    }

    /**
     * Who talks to whom, as {@code sameboat network DIR} reports it: per document the member → member share of the
     * speaker changes and the worker's share of the turns, flagged below {@link TurnTaking#CASEWORK_THRESHOLD}, then
     * every speaker → addressee pair with its turns and its codings per code (all coders pooled).
     */
    private void network(StringBuilder html) {
        html.append("<h2>Who talks to whom</h2>\n");
        Network network = InteractionNetwork.compute(project, List.of(), Filter.none());
        if (network.overall().turns() == 0) {
            html.append("<p>No turns with a speaker, so no one talks to anyone yet.</p>\n");
            return;
        }
        html.append("<p>Each turn is addressed to a participant named in it, to the group (\"everyone\", \"all of you\", a "
                + "session's first turn), or else to the last other speaker, unless a coder said otherwise. Over all documents "
                + "members follow members in ").append(percent(network.overall().memberToMemberShare())).append(" of the ")
                .append(network.overall().pairs()).append(" changes of speaker, and the worker speaks ")
                .append(percent(network.overall().workerTurnShare())).append(" of the turns. A document where fewer than a third of "
                        + "the changes are member → member is flagged <em>casework in a group</em>: the worker takes the floor back "
                        + "before a second member speaks.</p>\n");
        html.append("<table class=\"casework\"><tr><th>Document</th><th>Turns</th><th>Changes of speaker</th>"
                + "<th>Member → member</th><th>Worker's turns</th><th>Casework in a group</th></tr>\n");
        for (TurnTaking d : network.documents()) {
            html.append("<tr><td>").append(esc(d.document())).append("</td><td class=\"n\">").append(d.turns())
                    .append("</td><td class=\"n\">").append(d.pairs()).append("</td>");
            share(html, d.memberToMemberShare());
            share(html, d.workerTurnShare());
            html.append("<td>").append(d.caseworkInAGroup() ? "yes" : "").append("</td></tr>\n");
        }
        html.append("</table>\n<table class=\"edges\"><tr><th>From</th><th>To</th><th>Turns</th><th>Codings</th></tr>\n");
        for (NetworkEdge edge : network.edges()) {
            html.append("<tr><td>").append(esc(network.nodes().get(edge.from()).name())).append("</td><td>")
                    .append(esc(network.nodes().get(edge.to()).name())).append("</td><td class=\"n\">").append(edge.turns())
                    .append("</td><td>");
            List<String> codings = new ArrayList<>();
            edge.codings().forEach((code, count) -> codings.add(esc(code) + " " + count));
            html.append(String.join(", ", codings)).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void share(StringBuilder html, double value) {
        if (Double.isNaN(value)) {
            html.append("<td class=\"n\">n/a</td>");
        } else {
            html.append("<td class=\"n\" data-value=\"").append(value).append("\">").append(percent(value)).append("</td>");
        }
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static void figure(StringBuilder html, double value) {
        if (Double.isNaN(value)) {
            html.append("<td class=\"n\">n/a</td>");
        } else {
            html.append("<td class=\"n\" data-value=\"").append(value).append("\">").append(number(value)).append("</td>");
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String shorten(String text) {
        return text.length() <= 34 ? text : "…" + text.substring(text.length() - 33);
    }

    static String esc(String text) {
        return XmlChars.escape(text);
    }
}
