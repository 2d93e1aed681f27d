package org.sameboat.benchmarks.ui;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.benchmarks.Benchmark;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.ui.parts.TranscriptPart;
import org.sameboat.ui.session.ProjectSession;

/**
 * The transcript editor on a large document (20,000 words, 5,000 codings by two coders): time to open it and
 * paint, to code a selection with a key press and repaint, and per scroll step through the whole text. Needs a
 * display (run under xvfb-run).
 */
public final class TranscriptBenchmark implements Benchmark {

    private static final String[] WORDS = ("we all felt alone with it until someone said the same thing happened to "
            + "them and then it was easier to talk about what nobody at home wants to hear").split(" ");

    @Override
    public String name() {
        return "transcript";
    }

    @Override
    public String description() {
        return "open, code and scroll a 20,000-word transcript with 5,000 codings (needs a display) [WORDS CODINGS]";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws Exception {
        int words = args.size() > 0 ? Integer.parseInt(args.get(0)) : 20_000;
        int codings = args.size() > 1 ? Integer.parseInt(args.get(1)) : 5_000;
        Path folder = Files.createTempDirectory("sameboat-bench-transcript-");
        new ProjectStore().save(project(words, codings), folder);
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new IllegalStateException("the transcript benchmark needs a display; run: xvfb-run -a ./sameboat bench transcript");
        }
        Display display = Display.getDefault();
        double[] open = new double[5];
        double[] code = new double[5];
        double[] scroll = new double[5];
        for (int round = 0; round < open.length; round++) {
            ProjectSession session = new ProjectSession(new ProjectStore(), Clock.systemUTC());
            Shell shell = new Shell(display);
            shell.setSize(1000, 800);
            shell.setLayout(new FillLayout());
            shell.open();
            IEclipseContext context = EclipseContextFactory.create();
            context.set(ProjectSession.class, session);
            context.set(Composite.class, shell);
            long t0 = System.nanoTime();
            session.open(folder, "alex");
            TranscriptPart part = ContextInjectionFactory.make(TranscriptPart.class, context);
            shell.layout(true, true);
            settle(display, shell);
            long t1 = System.nanoTime();
            part.viewer().select(1000 + round * 50, 1040 + round * 50);
            Event key = new Event();
            key.character = '5';
            key.keyCode = '5';
            part.viewer().text().notifyListeners(SWT.KeyDown, key);
            settle(display, shell);
            long t2 = System.nanoTime();
            int lines = part.viewer().text().getLineCount();
            int steps = 100;
            for (int step = 1; step <= steps; step++) {
                part.viewer().text().setTopIndex(lines * step / steps);
                settle(display, shell);
            }
            long t3 = System.nanoTime();
            open[round] = (t1 - t0) / 1e6;
            code[round] = (t2 - t1) / 1e6;
            scroll[round] = (t3 - t2) / 1e6 / steps;
            shell.dispose();
            context.dispose();
            // lets the project's lock go, so that the next round opens it for writing again, not read-only
            session.close();
        }
        out.printf("document: %,d words, %,d codings; median of %d rounds (first round includes class loading)%n%n", words, codings, open.length);
        out.println("| step | median (ms) | first round (ms) |");
        out.println("|---|---:|---:|");
        out.printf("| load project and open transcript (parse, layout, first paint) | %.0f | %.0f |%n", median(open), open[0]);
        out.printf("| code a selection with key 5 and repaint | %.1f | %.1f |%n", median(code), code[0]);
        out.printf("| one scroll step (1%% of the text) with repaint | %.1f | %.1f |%n", median(scroll), scroll[0]);
    }

    private static void settle(Display display, Shell shell) {
        shell.update();
        while (display.readAndDispatch()) {
            // run pending paints and events
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Project project(int words, int codings) {
        SameboatFactory factory = SameboatFactory.eINSTANCE;
        Project project = ProjectTemplate.create("transcript benchmark");
        List<Code> codes = CodePaths.allCodes(project);
        Coder[] coders = {Lookups.coderOrNew(project, "alex"), Lookups.coderOrNew(project, "sam")};
        Participant[] speakers = new Participant[5];
        for (int i = 0; i < speakers.length; i++) {
            speakers[i] = Ids.assign(factory.createParticipant());
            speakers[i].setPseudonym("Member" + (i + 1));
            project.getParticipants().add(speakers[i]);
        }
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        Document document = Ids.assign(factory.createDocument());
        document.setName("long session");
        int written = 0;
        int turnNumber = 0;
        while (written < words) {
            Participant speaker = speakers[turnNumber % speakers.length];
            text.append(speaker.getPseudonym()).append(": ");
            int start = text.length();
            int length = 10 + random.nextInt(60);
            for (int w = 0; w < length && written < words; w++, written++) {
                text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            Turn turn = Ids.assign(factory.createTurn());
            turn.setSpeaker(speaker);
            turn.setStart(start);
            turn.setEnd(text.length());
            turn.setTime(turnNumber * 20_000L);
            document.getTurns().add(turn);
            text.append('\n');
            turnNumber++;
        }
        document.setText(text.toString());
        for (int c = 0; c < codings; c++) {
            Turn turn = document.getTurns().get(random.nextInt(document.getTurns().size()));
            int from = turn.getStart() + random.nextInt(Math.max(1, turn.getEnd() - turn.getStart() - 5));
            Coding coding = Ids.assign(factory.createCoding());
            coding.setStart(from);
            coding.setEnd(Math.min(turn.getEnd(), from + 5 + random.nextInt(120)));
            coding.setCode(codes.get(c % codes.size()));
            coding.setCoder(coders[c % 2]);
            if (document.getCodings().stream().noneMatch(o -> o.getStart() == coding.getStart() && o.getEnd() == coding.getEnd()
                    && o.getCode() == coding.getCode() && o.getCoder() == coding.getCoder())) {
                document.getCodings().add(coding);
            }
        }
        project.getDocuments().add(document);
        return project;
    }
}
