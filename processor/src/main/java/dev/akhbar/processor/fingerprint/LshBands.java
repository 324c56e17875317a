package dev.akhbar.processor.fingerprint;

/**
 * Locality-sensitive hashing of MinHash signatures: the first {@code bands × rows} values are cut
 * into bands of {@code rows}, and each band is hashed to one 64-bit key. Two texts of Jaccard
 * similarity {@code s} share at least one band key with probability {@code 1 − (1 − s^rows)^bands}
 * (see {@link #candidateProbability(double)}), which is the recall ceiling of near-duplicate
 * search.
 */
public final class LshBands {

  /**
   * Default bands, chosen by the near-duplicate benchmark (docs/dedup.md): with {@link
   * #DEFAULT_ROWS} a pair becomes a candidate with probability 0.87 at J = 0.5, 0.99 at 0.6 and
   * 0.02 at 0.2.
   */
  public static final int DEFAULT_BANDS = 32;

  /** Default rows per band. */
  public static final int DEFAULT_ROWS = 4;

  private final int bands;
  private final int rows;

  public LshBands(int bands, int rows) {
    if (bands < 1 || bands > 255) {
      throw new IllegalArgumentException("LSH bands must be in [1, 255], got " + bands);
    }
    if (rows < 1) {
      throw new IllegalArgumentException("LSH rows must be positive, got " + rows);
    }
    this.bands = bands;
    this.rows = rows;
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The signature length these bands need. */
  public int functionsNeeded() {
    return bands * rows;
  }

  /** One key per band of {@code signature}; the array index is the band number. */
  public long[] keys(int[] signature) {
    if (signature.length < functionsNeeded()) {
      throw new IllegalArgumentException(
          "signature has " + signature.length + " values, bands need " + functionsNeeded());
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long h = band + 1L;
      for (int row = 0; row < rows; row++) {
        h = h * Mix.GOLDEN + (signature[band * rows + row] & 0xFFFF_FFFFL);
      }
      keys[band] = Mix.fmix64(h);
    }
    return keys;
  }

  /** The probability that two texts of Jaccard similarity {@code s} share a band. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }
}
