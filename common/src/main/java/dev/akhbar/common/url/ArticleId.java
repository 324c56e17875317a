package dev.akhbar.common.url;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key of every article record: the full lower-case hex SHA-256 (64 characters) of the article's
 * canonical URL, UTF-8 encoded.
 */
public final class ArticleId {

  private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

  private ArticleId() {}

  /** The id of an already canonical URL (see {@link CanonicalUrl#of(String)}). */
  public static String ofCanonicalUrl(String canonicalUrl) {
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    return sha256Hex(canonicalUrl);
  }

  /** Whether {@code id} has the shape of an article id: 64 lower-case hex digits. */
  public static boolean isValid(String id) {
    return id != null && SHAPE.matcher(id).matches();
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
