package org.sameboat.ui.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sameboat.model.Coding;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamFolder;
import org.sameboat.team.TeamLog;
import org.sameboat.ui.session.ProjectSession;

/**
 * The History section Details shows under a coding of a shared project: who added, changed or removed it, when,
 * with the message, newest first. The log is read once per state of the history (Git's HEAD log records every
 * commit, merge and reset, so its size and time tell when to read it again).
 */
public final class CodingHistory {

    private record Read(String stamp, List<TeamLog.Change> changes) {
    }

    private static final Map<Path, Read> READ = new ConcurrentHashMap<>();

    private CodingHistory() {
    }

    /** The section to append to a coding's details: empty when the project is not shared. */
    public static String section(ProjectSession session, Coding coding) {
        Path folder = session.folder().orElse(null);
        if (folder == null || !TeamFolder.isShared(folder) || session.project().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n\nHistory");
        try {
            List<TeamLog.Change> changes = changes(folder).stream().filter(c -> c.id().equals(coding.getId())).toList();
            if (changes.isEmpty()) {
                out.append("\nnot yet synced: made here since the last sync");
            }
            Changes words = new Changes(session.project().get());
            for (TeamLog.Change change : changes) {
                out.append('\n').append(Changes.WHEN.format(change.when())).append("  ").append(change.coder()).append(' ')
                        .append(change.action().word()).append(' ').append(words.what(change)).append("  \u2014 ").append(change.message());
            }
        } catch (TeamException e) {
            out.append('\n').append(e.getMessage());
        }
        return out.toString();
    }

    private static List<TeamLog.Change> changes(Path folder) throws TeamException {
        String stamp = stamp(folder);
        Read read = READ.get(folder);
        if (read == null || !read.stamp().equals(stamp)) {
            read = new Read(stamp, new TeamLog().changes(folder, change -> change.kind().equals("Coding")));
            READ.put(folder, read);
        }
        return read.changes();
    }

    private static String stamp(Path folder) {
        Path log = folder.resolve(".git").resolve("logs").resolve("HEAD");
        try {
            return Files.size(log) + "@" + Files.getLastModifiedTime(log).toMillis();
        } catch (IOException e) {
            return "unread" + System.nanoTime();
        }
    }
}
