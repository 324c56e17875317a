package dev.akhbar.processor.fingerprint;

/**
 * Computes every fingerprint of one match-form body, in one ordered chain: content hash, shingles,
 * signature, band keys. Thread-safe.
 */
public final class Fingerprinter {

  private final WordShingles shingles;
  private final MinHasher minHasher;
  private final LshBands bands;

  public Fingerprinter(WordShingles shingles, MinHasher minHasher, LshBands bands) {
    if (bands.functionsNeeded() > minHasher.functions()) {
      throw new IllegalArgumentException(
          "bands × rows = "
              + bands.functionsNeeded()
              + " exceeds the signature length "
              + minHasher.functions());
    }
    this.shingles = shingles;
    this.minHasher = minHasher;
    this.bands = bands;
  }

  public static Fingerprinter withDefaults() {
    return new Fingerprinter(
        new WordShingles(WordShingles.DEFAULT_WORDS),
        new MinHasher(MinHasher.DEFAULT_FUNCTIONS),
        new LshBands(LshBands.DEFAULT_BANDS, LshBands.DEFAULT_ROWS));
  }

  public BodyFingerprint of(String bodyMatch) {
    int[] signature = minHasher.signature(shingles.hashes(bodyMatch));
    return new BodyFingerprint(ContentHash.of(bodyMatch), signature, bands.keys(signature));
  }

  public WordShingles shingles() {
    return shingles;
  }

  public MinHasher minHasher() {
    return minHasher;
  }

  public LshBands bands() {
    return bands;
  }
}
