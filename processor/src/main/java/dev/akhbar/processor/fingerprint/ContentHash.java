package dev.akhbar.processor.fingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a match-form body: equal hashes are exact copies (the contract's content_hash). */
public final class ContentHash {

  private ContentHash() {}

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code matchForm}. */
  public static String of(String matchForm) {
    return HexFormat.of().formatHex(digest(matchForm));
  }

  /** The first 8 bytes of a hex content hash, as a long: a compact tag for telling copies apart. */
  public static long prefix(String hexHash) {
    if (hexHash.length() < 16) {
      throw new IllegalArgumentException("not a content hash: " + hexHash);
    }
    return HexFormat.fromHexDigitsToLong(hexHash, 0, 16);
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
