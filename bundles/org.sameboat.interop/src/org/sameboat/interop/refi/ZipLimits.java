package org.sameboat.interop.refi;

/**
 * Bounds on what an archive may make us read, so that a hostile or broken file cannot exhaust memory or disk.
 *
 * @param maxEntries      most entries an archive may list
 * @param maxTotalBytes   most bytes all entries read may inflate to, together
 * @param maxRatio        most an entry may inflate relative to its compressed size (zip bombs reach thousands)
 * @param ratioFloorBytes entries smaller than this are not held to the ratio: short texts compress very well
 * @param maxXmlBytes     most bytes the project XML may have; it is held in memory as a tree several times its size
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioFloorBytes, long maxXmlBytes) {

    /** Generous enough for large real projects, far below what a zip bomb produces. */
    public static final ZipLimits DEFAULT = new ZipLimits(20_000, 1L << 30, 200, 1L << 20, 256L << 20);

    public ZipLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxRatio < 1 || ratioFloorBytes < 0 || maxXmlBytes < 1) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
