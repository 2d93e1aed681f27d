package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamLog;

/** sameboat team log DIR: who added, changed or removed which coding and code, when, with the message. */
public final class TeamLogVerb implements Verb {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public String name() {
        return "team log";
    }

    @Override
    public String synopsis() {
        return "DIR [--coder K] [--code C] [--doc D] [--since yyyy-mm-dd|WEEKDAY]";
    }

    @Override
    public String summary() {
        return "the history of the shared project: who added, changed or removed each coding and code, when, with the message";
    }

    @Override
    public Set<String> options() {
        return Set.of("coder", "code", "doc", "since");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        ZoneId zone = ZoneId.systemDefault();
        Project project;
        try (Projects projects = new Projects()) {
            project = projects.read(folder).project();
        }
        Predicate<TeamLog.Change> filter = change -> !change.kind().equals("Project");
        if (arguments.option("coder").isPresent()) {
            String coder = arguments.option("coder").get();
            filter = filter.and(change -> change.coder().equalsIgnoreCase(coder));
        }
        if (arguments.option("since").isPresent()) {
            Instant since = since(arguments.option("since").get(), zone);
            filter = filter.and(change -> !change.when().isBefore(since));
        }
        if (arguments.option("code").isPresent()) {
            String reference = arguments.option("code").get();
            String code = CodePaths.find(project, reference).map(Code::getId).orElse(reference);
            filter = filter.and(change -> change.kind().equals("Coding") ? change.field("code").orElse("").equals(code)
                    : change.kind().equals("Code") && change.id().equals(code));
        }
        if (arguments.option("doc").isPresent()) {
            String reference = arguments.option("doc").get();
            String document = Lookups.document(project, reference).map(Document::getId).orElse(reference);
            filter = filter.and(change -> change.id().equals(document) || change.container().orElse("").equals(document));
        }
        try {
            List<TeamLog.Change> changes = new TeamLog().changes(Path.of(folder), filter);
            Map<String, String> names = names(project);
            for (TeamLog.Change change : changes) {
                console.out().println(WHEN.format(change.when().atZone(zone)) + "  " + change.coder() + "  " + change.action().word() + " "
                        + describe(change, names) + "  — " + change.message());
            }
            console.out().println(changes.size() + " change(s)");
            return 0;
        } catch (TeamException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    /** A date, or a weekday meaning its latest occurrence before today ("since Tuesday"). */
    private static Instant since(String value, ZoneId zone) throws CliException {
        LocalDate today = LocalDate.now(zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equalsIgnoreCase(value) || day.name().substring(0, 3).equalsIgnoreCase(value)) {
                return today.with(TemporalAdjusters.previous(day)).atStartOfDay(zone).toInstant();
            }
        }
        try {
            return LocalDate.parse(value).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw CliException.usage("--since takes a date (yyyy-mm-dd) or a weekday, not " + value);
        }
    }

    private static Map<String, String> names(Project project) {
        Map<String, String> names = new HashMap<>();
        CodePaths.allCodes(project).forEach(code -> names.put(code.getId(), CodePaths.path(code)));
        project.getDocuments().forEach(document -> names.put(document.getId(), document.getName()));
        project.getCoders().forEach(coder -> names.put(coder.getId(), coder.getName()));
        return names;
    }

    private static String describe(TeamLog.Change change, Map<String, String> names) {
        String kind = change.kind().toLowerCase(Locale.ROOT);
        return switch (change.kind()) {
            case "Coding" -> "coding '" + name(change.field("code"), names) + "' by " + name(change.field("coder"), names) + " in '"
                    + name(change.container(), names) + "' at " + change.field("start").orElse("0") + ".." + change.field("end").orElse("0");
            case "Code", "Codebook", "Document", "Coder", "Group", "Case" -> kind + " '" + change.field("name").orElse(change.id()) + "'";
            case "Memo" -> "memo '" + change.field("title").orElse(change.id()) + "'";
            default -> kind + " " + change.id();
        };
    }

    private static String name(Optional<String> id, Map<String, String> names) {
        return id.map(i -> names.getOrDefault(i, i)).orElse("?");
    }
}
