package dev.akhbar.processor.fingerprint;

/** The 64-bit mixing that every fingerprint here, and dedup's bucket filter, is built from. */
public final class Mix {

  /** The golden-ratio odd constant: multiplying by it spreads consecutive values apart. */
  public static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Mix() {}

  /**
   * MurmurHash3's 64-bit finalizer: every input bit affects every output bit, which is what lets
   * one hash per shingle stand in for many independent hash functions.
   */
  public static long fmix64(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }

  /** Maps a uniformly distributed 64-bit hash to [0, bound) without a division. */
  static int range(long hash, int bound) {
    return (int) (((hash >>> 32) * bound) >>> 32);
  }
}
