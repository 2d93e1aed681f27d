package org.sameboat.ui.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sameboat.model.Coding;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamFolder;
import org.sameboat.team.TeamLog;
import org.sameboat.ui.session.ProjectSession;

/**
 * The History section Details shows under a coding of a shared project: who added, changed or removed it, when,
 * with the message, newest first. The log is read once per state of the history (Git's HEAD log records every
 * commit, merge and reset, so its size and time tell when to read it again), in a job: reading it walks every
 * commit's changed records, seconds on a large project, which must not hold up selecting a coding.
 */
public final class CodingHistory {

    /** The log as read at one stamp, or why it could not be read. */
    private record Read(String stamp, List<TeamLog.Change> changes, String failure) {
    }

    private static final Map<Path, Read> READ = new ConcurrentHashMap<>();
    /** The stamps being read now, by folder, so that a second selection does not start a second read. */
    private static final Map<Path, String> READING = new ConcurrentHashMap<>();

    private CodingHistory() {
    }

    /**
     * The section to append to a coding's details: empty when the project is not shared. When the log has not been
     * read in its present state, the section says it is being read, a job reads it, and {@code whenRead} runs on the
     * UI thread once it has been.
     */
    public static String section(ProjectSession session, Coding coding, Runnable whenRead) {
        Path folder = session.folder().orElse(null);
        if (folder == null || !TeamFolder.isShared(folder) || session.project().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n\nHistory");
        String stamp = stamp(folder);
        Read read = READ.get(folder);
        if (read == null || !read.stamp().equals(stamp)) {
            readLater(folder, stamp, whenRead);
            return out.append("\nreading the team's history\u2026").toString();
        }
        if (read.failure() != null) {
            return out.append('\n').append(read.failure()).toString();
        }
        List<TeamLog.Change> changes = read.changes().stream().filter(c -> c.id().equals(coding.getId())).toList();
        if (changes.isEmpty()) {
            out.append("\nnot yet synced: made here since the last sync");
        }
        Changes words = new Changes(session.project().get());
        for (TeamLog.Change change : changes) {
            out.append('\n').append(Changes.WHEN.format(change.when())).append("  ").append(change.coder()).append(' ')
                    .append(change.action().word()).append(' ').append(words.what(change)).append("  \u2014 ").append(change.message());
        }
        return out.toString();
    }

    private static void readLater(Path folder, String stamp, Runnable whenRead) {
        if (stamp.equals(READING.put(folder, stamp))) {
            return;
        }
        Display display = Display.getCurrent();
        Job.create("Reading the team's history", monitor -> {
            Read read;
            try {
                read = new Read(stamp, new TeamLog().changes(folder, change -> change.kind().equals("Coding")), null);
            } catch (TeamException e) {
                read = new Read(stamp, List.of(), e.getMessage());
            }
            READ.put(folder, read);
            READING.remove(folder, stamp);
            if (display != null && !display.isDisposed()) {
                display.asyncExec(whenRead);
            }
        }).schedule();
    }

    private static String stamp(Path folder) {
        Path log = folder.resolve(".git").resolve("logs").resolve("HEAD");
        try {
            return Files.size(log) + "@" + Files.getLastModifiedTime(log).toMillis();
        } catch (IOException e) {
            // no HEAD log to tell the state by: read the history once, as it is now
            return "no HEAD log";
        }
    }
}
