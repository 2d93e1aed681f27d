package org.sameboat.interop.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.sameboat.interop.InteropException;
import org.sameboat.model.text.OneLine;

/**
 * A read-only view of an archive that refuses what archives can be used for in attacks: entry names that climb
 * out of the archive (zip slip) or are absolute, too many entries, and entries that inflate beyond the
 * {@link ZipLimits}. Sizes are counted while inflating, since the sizes an archive declares may lie. Nothing is
 * ever extracted to disk; entries are read into memory on demand.
 */
final class SafeZip implements AutoCloseable {

    private final String label;
    private final ZipFile zip;
    private final ZipLimits limits;
    /** Entries by their name, in archive order; directories are left out. */
    private final Map<String, ZipEntry> entries;
    private final ArchiveMeter meter;
    private long bytesRead;

    private SafeZip(String label, ZipFile zip, ZipLimits limits, Map<String, ZipEntry> entries, ArchiveMeter meter) {
        this.label = label;
        this.zip = zip;
        this.limits = limits;
        this.entries = entries;
        this.meter = meter;
    }

    /** Opens an archive and checks its directory; fails with a one-line reason when it is unsafe or unreadable. */
    public static SafeZip open(Path file, ZipLimits limits) throws InteropException {
        return open(file, limits, new ArchiveMeter());
    }

    /** As {@link #open(Path, ZipLimits)}, counting what is inflated and kept on the given meter. */
    public static SafeZip open(Path file, ZipLimits limits, ArchiveMeter meter) throws InteropException {
        String label = String.valueOf(file.getFileName());
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new InteropException(label + " is not a zip archive (" + OneLine.of(e) + ")", e);
        } catch (IOException e) {
            throw new InteropException(label + " cannot be read: " + OneLine.of(e), e);
        }
        try {
            if (zip.size() > limits.maxEntries()) {
                throw new InteropException(label + " lists " + zip.size() + " entries; at most " + limits.maxEntries() + " are accepted");
            }
            Map<String, ZipEntry> entries = new LinkedHashMap<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                checkName(label, name);
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.putIfAbsent(name, entry) != null) {
                    throw new InteropException(label + " holds entry '" + name + "' twice; the archive is damaged or forged");
                }
            }
            return new SafeZip(label, zip, limits, entries, meter);
        } catch (InteropException | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static void checkName(String label, String name) throws InteropException {
        String slashed = name.replace('\\', '/');
        boolean unsafe = slashed.startsWith("/") || slashed.indexOf('\0') >= 0 || slashed.matches("^[A-Za-z]:.*")
                || List.of(slashed.split("/")).contains("..");
        if (unsafe) {
            throw new InteropException(label + " holds an entry named '" + name.replace("\0", "\\0")
                    + "' that points outside the archive; it was not imported");
        }
    }

    /** Names of all file entries, in archive order. */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    /** The entry with this exact name, or else the one whose name matches ignoring case. */
    public Optional<String> find(String name) {
        String wanted = name.replace('\\', '/');
        if (entries.containsKey(wanted)) {
            return Optional.of(wanted);
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        return entries.keySet().stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    /**
     * Checks, before any of them is read into memory, that reading these entries (an entry named twice is read
     * twice) stays within the total limit on top of what was read so far. The sizes the archive declares are
     * summed first, which refuses an honest oversized archive at once; then each distinct entry is inflated into
     * nothing, counting, since declared sizes may lie: a lying archive is refused once the count passes the limit,
     * having held no more than one buffer. Without this, the entries were read one by one into the project being
     * built, and an archive just over the limit was refused only when a gigabyte or more was already held.
     */
    public void checkTotal(List<String> names) throws InteropException {
        long declared = bytesRead;
        for (String name : names) {
            ZipEntry entry = entry(name);
            declared += Math.max(entry.getSize(), 0);
            if (declared > limits.maxTotalBytes()) {
                throw tooLarge();
            }
        }
        Map<String, Long> inflated = new LinkedHashMap<>();
        long streamed = bytesRead;
        for (String name : names) {
            if (!inflated.containsKey(name)) {
                long size = stream(name, Long.MAX_VALUE, limits.maxTotalBytes() - streamed, null);
                inflated.put(name, size);
                streamed += size;
            }
        }
        long total = bytesRead;
        for (String name : names) {
            total += inflated.get(name);
            if (total > limits.maxTotalBytes()) {
                throw tooLarge();
            }
        }
    }

    /** Reads a whole entry, holding it and the archive as a whole to the limits. */
    public byte[] read(String name) throws InteropException {
        return read(name, Long.MAX_VALUE);
    }

    /** Reads a whole entry that may be at most maxBytes long, besides the other limits. */
    public byte[] read(String name, long maxBytes) throws InteropException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long size = stream(name, maxBytes, limits.maxTotalBytes() - bytesRead, out);
        bytesRead += size;
        meter.kept(size);
        return out.toByteArray();
    }

    /**
     * Inflates one entry into out (or into nothing when out is null) and returns its size; fails as soon as the
     * entry passes maxBytes, its ratio limit, or the room left in the total.
     */
    private long stream(String name, long maxBytes, long room, ByteArrayOutputStream out) throws InteropException {
        ZipEntry entry = entry(name);
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long entryLimit = Math.max(limits.ratioFloorBytes(), compressed * limits.maxRatio());
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[1 << 16];
            long entryBytes = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                entryBytes += n;
                meter.inflated(n);
                if (entryBytes > entryLimit) {
                    throw new InteropException(label + ": entry '" + name + "' inflates more than " + limits.maxRatio()
                            + " times its compressed size; it looks like a zip bomb and was not read");
                }
                if (entryBytes > maxBytes) {
                    throw new InteropException(label + ": entry '" + name + "' is larger than " + maxBytes + " bytes; it was not read");
                }
                if (entryBytes > room) {
                    throw tooLarge();
                }
                if (out != null) {
                    out.write(buffer, 0, n);
                }
            }
            return entryBytes;
        } catch (IOException e) {
            throw new InteropException(label + ": entry '" + name + "' cannot be read: " + OneLine.of(e), e);
        }
    }

    private ZipEntry entry(String name) throws InteropException {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new InteropException(label + " has no entry '" + name + "'");
        }
        return entry;
    }

    private InteropException tooLarge() {
        return new InteropException(label + " inflates to more than " + limits.maxTotalBytes()
                + " bytes; it looks like a zip bomb and was not read");
    }

    /** The archive's file name, for messages. */
    public String label() {
        return label;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only; nothing is lost when closing fails
        }
    }

}
