package dev.akhbar.processor.dedup;

import java.time.Duration;

/**
 * The limits of dedup, validated once.
 *
 * @param window how far apart in event time two articles may be and still be compared; also how
 *     long state is kept
 * @param threshold the least estimated Jaccard similarity of two bodies' shingles that makes them
 *     near copies
 * @param partitions the partition count of dedup's topics, which decides where each band lives
 * @param maxCandidates the most near candidates (distinct contents) one newcomer verifies
 */
public record DedupSettings(Duration window, double threshold, int partitions, int maxCandidates) {

  /** Default window: a week, longer than any wire story is republished. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

  /** Default similarity threshold, chosen by the near-duplicate benchmark (docs/dedup.md). */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /**
   * Default cap on near candidates verified per newcomer: a story rarely has more distinct
   * versions, and the cap bounds the cost of a band that boilerplate fills.
   */
  public static final int DEFAULT_MAX_CANDIDATES = 32;

  /** Most index entries read from one bucket per probe, for the same reason. */
  public static final int MAX_BUCKET_READ = 256;

  /**
   * Most index entries read per probe (one partition of the indexes) over all its band buckets,
   * read in turn: a lone crowded bucket still gets {@link #MAX_BUCKET_READ}, while the many crowded
   * buckets of a giant cluster share this.
   */
  public static final int MAX_PROBE_READ = 2 * MAX_BUCKET_READ;

  /**
   * Most candidates whose signature one probe checks (one partition of the indexes), most bands
   * shared first, so that a crowded bucket or a giant cluster costs a bounded amount per newcomer.
   */
  public static final int MAX_SIGNATURE_CHECKS = 256;

  public DedupSettings {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("dedup window must be positive, got " + window);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "similarity threshold must be in (0, 1], got " + threshold);
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be positive, got " + partitions);
    }
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("maxCandidates must be positive, got " + maxCandidates);
    }
  }

  /** The partition of dedup's indexes that owns the content buckets of {@code contentPrefix}. */
  public int contentGroupOf(long contentPrefix) {
    long h = contentPrefix * 0xC2B2AE3D27D4EB4FL;
    return (int) Math.floorMod(h ^ (h >>> 31), (long) partitions);
  }

  /** The partition of dedup's indexes that owns {@code bandKey} of band {@code band}. */
  public int groupOf(int band, long bandKey) {
    long h = (bandKey ^ (band * 0x9E3779B97F4A7C15L)) * 0xC2B2AE3D27D4EB4FL;
    return (int) Math.floorMod(h ^ (h >>> 31), (long) partitions);
  }
}
