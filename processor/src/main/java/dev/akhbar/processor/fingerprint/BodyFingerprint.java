package dev.akhbar.processor.fingerprint;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprints of one body.
 *
 * @param contentHash SHA-256 hex of the match form
 * @param signature the MinHash signature
 * @param bandKeys one LSH key per band, index = band number
 */
public record BodyFingerprint(String contentHash, int[] signature, long[] bandKeys) {

  /** The band keys as the contract's hex strings. */
  public List<String> bandKeysHex() {
    List<String> hex = new ArrayList<>(bandKeys.length);
    for (long key : bandKeys) {
      hex.add(HexFormat.of().toHexDigits(key));
    }
    return hex;
  }
}
