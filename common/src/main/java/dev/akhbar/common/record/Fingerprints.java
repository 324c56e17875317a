package dev.akhbar.common.record;

import java.util.List;

/**
 * What dedup computed from the match form of the body.
 *
 * @param contentHash SHA-256 hex of the match form of the body: equal hashes are exact copies
 * @param minhashBands the LSH band keys of the body's MinHash signature, hex, one per band
 */
public record Fingerprints(String contentHash, List<String> minhashBands) {
  public Fingerprints {
    minhashBands = minhashBands == null ? List.of() : List.copyOf(minhashBands);
  }
}
