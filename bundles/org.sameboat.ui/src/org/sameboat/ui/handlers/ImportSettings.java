package org.sameboat.ui.handlers;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sameboat.corpus.imports.CsvColumns;
import org.sameboat.corpus.imports.ImportException;
import org.sameboat.corpus.imports.ImportFormat;
import org.sameboat.corpus.imports.Source;
import org.sameboat.corpus.imports.SourceDecoder;
import org.sameboat.corpus.imports.Transcript;
import org.sameboat.model.Stage;

/**
 * The body of the import dialog: the files, their format, an utterance table's columns, the session facts to fill
 * per file, and a preview of what the chosen file gives (turns, speakers, header) parsed by the importer itself, so
 * what is shown is what will be imported.
 */
public final class ImportSettings {

    /** Shown turns are capped: the preview is for checking the reading, not for reading the session. */
    static final int PREVIEW_TURNS = 200;
    private static final String NO_COLUMN = "(none)";

    private final List<Path> files;
    private final Map<Path, Source> read = new HashMap<>();
    private final Map<Path, HeaderFields> fields = new LinkedHashMap<>();
    private final Runnable changed;
    private final org.eclipse.swt.widgets.List fileList;
    private final Combo format;
    private final Group csvGroup;
    private final Map<String, Combo> columns = new LinkedHashMap<>();
    private final Map<String, Text> fieldTexts = new LinkedHashMap<>();
    private final Combo stage;
    private final Label summary;
    private final Table preview;
    private Path shown;
    private Optional<String> problem = Optional.empty();
    private boolean filling;

    /** @param changed told whenever the settings change, e.g. to enable the Import button */
    public ImportSettings(Composite parent, List<Path> files, Runnable changed) {
        this.files = List.copyOf(files);
        this.changed = changed;
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));

        Composite left = new Composite(body, SWT.NONE);
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        left.setLayout(new GridLayout(2, false));
        label(left, "Files:", 2);
        fileList = new org.eclipse.swt.widgets.List(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        listData.heightHint = 80;
        listData.widthHint = 260;
        fileList.setLayoutData(listData);
        this.files.forEach(f -> fileList.add(f.getFileName().toString()));
        fileList.addListener(SWT.Selection, e -> showFile(fileList.getSelectionIndex()));

        label(left, "Format:", 1);
        format = new Combo(left, SWT.READ_ONLY);
        for (ImportFormat f : ImportFormat.values()) {
            format.add(formatLabel(f));
        }
        format.select(0);
        format.addListener(SWT.Selection, e -> refresh());

        csvGroup = new Group(left, SWT.NONE);
        csvGroup.setText("Utterance table columns");
        csvGroup.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        csvGroup.setLayout(new GridLayout(2, false));
        for (String key : List.of("doc", "speaker", "time", "text", "role")) {
            label(csvGroup, switch (key) {
                case "doc" -> "Document:";
                case "speaker" -> "Speaker:";
                case "time" -> "Time:";
                case "text" -> "Text:";
                default -> "Role:";
            }, 1);
            Combo combo = new Combo(csvGroup, SWT.READ_ONLY);
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combo.addListener(SWT.Selection, e -> refresh());
            columns.put(key, combo);
        }

        Group facts = new Group(left, SWT.NONE);
        facts.setText("Session (blank: as the file says)");
        facts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        facts.setLayout(new GridLayout(2, false));
        for (String key : List.of("title", "group", "session", "date")) {
            label(facts, Character.toUpperCase(key.charAt(0)) + key.substring(1) + ":", 1);
            Text text = new Text(facts, SWT.BORDER);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.addListener(SWT.Modify, e -> fieldsEdited());
            fieldTexts.put(key, text);
        }
        label(facts, "Stage:", 1);
        stage = new Combo(facts, SWT.READ_ONLY);
        stage.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        stage.add("");
        for (Stage s : Stage.values()) {
            if (s != Stage.UNSPECIFIED) {
                stage.add(s.getLiteral());
            }
        }
        stage.addListener(SWT.Selection, e -> fieldsEdited());
        label(facts, "Worker(s):", 1);
        Text workers = new Text(facts, SWT.BORDER);
        workers.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        workers.setToolTipText("Speakers who are group workers, separated by commas");
        workers.addListener(SWT.Modify, e -> fieldsEdited());
        fieldTexts.put("workers", workers);

        Composite right = new Composite(body, SWT.NONE);
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        right.setLayout(new GridLayout(1, false));
        summary = new Label(right, SWT.WRAP);
        GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false);
        summaryData.widthHint = 480;
        summary.setLayoutData(summaryData);
        preview = new Table(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        preview.setHeaderVisible(true);
        GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true);
        previewData.heightHint = 320;
        preview.setLayoutData(previewData);
        for (String[] column : new String[][] {{"Speaker", "110"}, {"Time", "70"}, {"Text", "420"}}) {
            TableColumn c = new TableColumn(preview, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        fileList.select(0);
        showFile(0);
    }

    private static void label(Composite parent, String text, int span) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, span, 1));
    }

    private static String formatLabel(ImportFormat f) {
        return switch (f) {
            case AUTO -> "Detect per file";
            case TXT -> "Plain text (no turns)";
            case TURNS -> "Speaker turns (Name: text)";
            case VTT -> "WebVTT subtitles";
            case SRT -> "SRT subtitles";
            case CSV -> "Utterance table (CSV)";
        };
    }

    /** Shows one file's preview and fields. */
    public void showFile(int index) {
        if (index < 0 || index >= files.size()) {
            return;
        }
        shown = files.get(index);
        if (fileList.getSelectionIndex() != index) {
            fileList.select(index);
        }
        fillColumns();
        refresh();
    }

    public void setFormat(ImportFormat chosen) {
        format.select(chosen.ordinal());
        refresh();
    }

    /** Maps a role (doc, speaker, time, text, role) to a column of the table; "(none)" for an optional one. */
    public void setColumn(String key, String column) {
        Combo combo = columns.get(key);
        int at = combo.indexOf(column);
        if (at < 0) {
            throw new IllegalArgumentException("no column '" + column + "'");
        }
        combo.select(at);
        refresh();
    }

    /** Sets one session fact of the shown file, as typing it does (title, group, session, date, stage, workers). */
    public void setField(String key, String value) {
        if (key.equals("stage")) {
            stage.select(Math.max(0, stage.indexOf(value)));
            fieldsEdited();
        } else {
            fieldTexts.get(key).setText(value);
        }
    }

    public String field(String key) {
        return key.equals("stage") ? stage.getText() : fieldTexts.get(key).getText();
    }

    public Table preview() {
        return preview;
    }

    public String summary() {
        return summary.getText();
    }

    /** Why the import cannot go ahead yet, in one line; empty when it can. */
    public Optional<String> problem() {
        return problem;
    }

    public ImportPlan plan() {
        return new ImportPlan(files, chosenFormat(), csvColumns(), fields);
    }

    private ImportFormat chosenFormat() {
        return ImportFormat.values()[Math.max(0, format.getSelectionIndex())];
    }

    /** The file's bytes, read once; a file that cannot be read is the problem to show. */
    private Optional<Source> source(Path file) {
        Source known = read.get(file);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Source source = Source.read(file);
            read.put(file, source);
            return Optional.of(source);
        } catch (ImportException e) {
            problem = Optional.of(e.getMessage());
            return Optional.empty();
        }
    }

    /** The table's header row offered in the column choices, with a guess from common names. */
    private void fillColumns() {
        List<String> header = List.of();
        Optional<Source> source = source(shown);
        boolean table = source.isPresent() && resolves(source.get(), ImportFormat.CSV);
        if (table) {
            header = headerOf(source.get());
        }
        for (Map.Entry<String, Combo> entry : columns.entrySet()) {
            Combo combo = entry.getValue();
            String before = combo.getText();
            combo.removeAll();
            boolean optional = entry.getKey().equals("time") || entry.getKey().equals("role");
            if (optional) {
                combo.add(NO_COLUMN);
            }
            header.forEach(combo::add);
            int keep = combo.indexOf(before);
            int guessed = guess(entry.getKey(), header);
            if (keep >= 0) {
                combo.select(keep);
            } else if (guessed >= 0) {
                combo.select(guessed + (optional ? 1 : 0));
            } else if (optional) {
                combo.select(0);
            } else {
                // no column says it holds this: the user chooses rather than importing a guess
                combo.deselectAll();
            }
        }
        csvGroup.setEnabled(table);
    }

    private boolean resolves(Source source, ImportFormat expected) {
        try {
            return chosenFormat().resolve(source) == expected;
        } catch (ImportException e) {
            return false;
        }
    }

    private static List<String> headerOf(Source source) {
        try (CSVParser parser = CSVParser.parse(new StringReader(SourceDecoder.decode(source)), CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                List<String> names = new ArrayList<>();
                record.forEach(name -> names.add(name.strip()));
                return names;
            }
        } catch (IOException | ImportException | RuntimeException e) {
            return List.of();
        }
        return List.of();
    }

    /** The column whose name says what it holds, as tables from other tools name them; -1 when none does. */
    private static int guess(String key, List<String> header) {
        Set<String> names = switch (key) {
            case "doc" -> new LinkedHashSet<>(List.of("doc", "document", "transcript", "transcript_id", "session", "file"));
            case "speaker" -> new LinkedHashSet<>(List.of("speaker", "interlocutor", "name", "who"));
            case "time" -> new LinkedHashSet<>(List.of("time", "timestamp", "start", "begin"));
            case "text" -> new LinkedHashSet<>(List.of("text", "utterance", "utterance_text", "content", "turn"));
            default -> new LinkedHashSet<>(List.of("role", "speaker_role"));
        };
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private Optional<CsvColumns> csvColumns() {
        if (!csvGroup.getEnabled() || !columnsChosen()) {
            return Optional.empty();
        }
        return Optional.of(new CsvColumns(columns.get("doc").getText(), columns.get("speaker").getText(),
                optionalColumn("time"), columns.get("text").getText(), optionalColumn("role")));
    }

    private boolean columnsChosen() {
        return List.of("doc", "speaker", "text").stream().noneMatch(key -> columns.get(key).getText().isEmpty());
    }

    private Optional<String> optionalColumn(String key) {
        String text = columns.get(key).getText();
        return text.isEmpty() || text.equals(NO_COLUMN) ? Optional.empty() : Optional.of(text);
    }

    private void fieldsEdited() {
        if (filling || shown == null) {
            return;
        }
        fields.put(shown, new HeaderFields(field("title"), field("group"), field("session"), field("date"), field("stage"),
                field("workers")));
        refresh();
    }

    /** Parses the shown file as chosen and shows what it gives; the first problem found disables importing. */
    private void refresh() {
        problem = Optional.empty();
        preview.removeAll();
        Optional<Source> source = source(shown);
        if (source.isEmpty()) {
            finish();
            return;
        }
        if (csvGroup.getEnabled() != resolves(source.get(), ImportFormat.CSV)) {
            fillColumns();
        }
        if (csvGroup.getEnabled() && !columnsChosen()) {
            problem = Optional.of("choose the columns that hold the document, the speaker and the text of each row");
            finish();
            return;
        }
        List<Transcript> transcripts;
        try {
            transcripts = chosenFormat().parse(source.get(), csvColumns());
        } catch (ImportException e) {
            problem = Optional.of(e.getMessage());
            finish();
            return;
        }
        if (!fields.containsKey(shown) && transcripts.size() == 1) {
            fill(HeaderFields.of(transcripts.get(0)));
            fields.put(shown, HeaderFields.of(transcripts.get(0)));
        } else {
            fill(fields.getOrDefault(shown, HeaderFields.BLANK));
        }
        problem = fields.values().stream().map(HeaderFields::problem).flatMap(Optional::stream).findFirst();
        Set<String> speakers = new LinkedHashSet<>();
        int turns = 0;
        for (Transcript transcript : transcripts) {
            for (Transcript.ParsedTurn turn : transcript.turns()) {
                speakers.add(turn.speaker());
                if (turns++ < PREVIEW_TURNS) {
                    TableItem item = new TableItem(preview, SWT.NONE);
                    String text = transcript.text().codePoints().skip(turn.start()).limit(turn.end() - turn.start())
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                    item.setText(new String[] {turn.speaker(), turn.timeMillis().map(ImportSettings::clock).orElse(""),
                            text.replace('\n', ' ')});
                }
            }
        }
        Transcript first = transcripts.isEmpty() ? null : transcripts.get(0);
        StringBuilder said = new StringBuilder();
        said.append(shown.getFileName()).append(": ").append(transcripts.size()).append(" document(s), ").append(turns)
                .append(" turn(s), ").append(speakers.size()).append(" speaker(s)");
        if (!speakers.isEmpty()) {
            said.append(" (").append(String.join(", ", speakers.stream().limit(8).toList())).append(speakers.size() > 8 ? ", \u2026" : "")
                    .append(")");
        }
        if (first != null && first.metadata() != Transcript.SessionMetadata.NONE) {
            said.append("\nHeader: ").append(headerLine(first.metadata()));
        }
        transcripts.stream().flatMap(t -> t.warnings().stream()).findFirst().ifPresent(w -> said.append("\nNote: ").append(w));
        summary.setText(said.toString());
        finish();
    }

    private static String headerLine(Transcript.SessionMetadata metadata) {
        List<String> parts = new ArrayList<>();
        metadata.group().ifPresent(g -> parts.add("group " + g));
        metadata.session().ifPresent(s -> parts.add("session " + s));
        metadata.date().ifPresent(d -> parts.add("date " + d));
        metadata.stage().ifPresent(s -> parts.add("stage " + s));
        if (!metadata.workers().isEmpty()) {
            parts.add("worker " + String.join(", ", metadata.workers()));
        }
        return parts.isEmpty() ? "none" : String.join(" \u00B7 ", parts);
    }

    private void fill(HeaderFields shownFields) {
        filling = true;
        try {
            fieldTexts.get("title").setText(shownFields.title());
            fieldTexts.get("group").setText(shownFields.group());
            fieldTexts.get("session").setText(shownFields.session());
            fieldTexts.get("date").setText(shownFields.date());
            fieldTexts.get("workers").setText(shownFields.workers());
            stage.select(Math.max(0, stage.indexOf(shownFields.stage())));
        } finally {
            filling = false;
        }
    }

    private void finish() {
        problem.ifPresent(p -> summary.setText(p));
        summary.getParent().layout(true, true);
        changed.run();
    }

    private static String clock(long millis) {
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
