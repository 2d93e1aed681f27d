package org.sameboat.model.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds a project's write lock, as written into the lock file so that a second writer can name the holder.
 *
 * @param pid   process id of the holder
 * @param host  machine the holder runs on (a project may sit on a shared folder)
 * @param user  operating-system user of the holder
 * @param since when the lock was taken
 */
public record LockOwner(long pid, String host, String user, Instant since) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    /** This process, now. */
    public static LockOwner current() {
        return new LockOwner(ProcessHandle.current().pid(), localHost(), System.getProperty("user.name", "?"), Instant.now());
    }

    /** The text kept in the lock file: one line of key=value pairs. */
    public String toFileText() {
        return "pid=" + pid + " host=" + host + " user=" + user + " since=" + since + "\n";
    }

    /** Reads what {@link #toFileText()} wrote; empty when the file is empty or written by something else. */
    public static Optional<LockOwner> parse(String text) {
        Map<String, String> values = new HashMap<>();
        for (String pair : text.strip().split(" ")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        try {
            return Optional.of(new LockOwner(Long.parseLong(values.get("pid")), values.getOrDefault("host", "?"),
                    values.getOrDefault("user", "?"), Instant.parse(values.get("since"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How a user is told who holds the lock, e.g. "process 4711 of dana on host lab-2 since 2025-03-01 14:02:11". */
    public String describe() {
        return "process " + pid + " of " + user + " on host " + host + " since " + SHOWN.format(since);
    }

    private static String localHost() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            // a machine without a resolvable name still has a lock to take; name it as the environment does
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown");
        }
    }
}
