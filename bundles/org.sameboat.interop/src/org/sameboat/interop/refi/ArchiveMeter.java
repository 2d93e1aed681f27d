package org.sameboat.interop.refi;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what reading an archive cost: bytes inflated (whether kept or only counted) and bytes kept in memory.
 * The reader's promise that a hostile archive is refused without being held is checked against these counts,
 * and they are cheap enough to keep always.
 */
public final class ArchiveMeter {

    private final AtomicLong inflated = new AtomicLong();
    private final AtomicLong kept = new AtomicLong();

    /** Bytes inflated from the archive so far, including those only counted and dropped. */
    public long inflated() {
        return inflated.get();
    }

    /** Bytes of entries read into memory so far. */
    public long kept() {
        return kept.get();
    }

    void inflated(long bytes) {
        inflated.addAndGet(bytes);
    }

    void kept(long bytes) {
        kept.addAndGet(bytes);
    }
}
