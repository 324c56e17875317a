package dev.akhbar.samplesite;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Replaces the placeholders of a stored file with live base URLs: {@code {{site}}} with the serving
 * outlet's, {@code {{site:ID}}} with outlet ID's. It works on bytes, not text, so that a
 * windows-1256 page is served exactly as stored: the placeholders and URLs are ASCII, which every
 * charset the site uses encodes alike.
 */
final class Placeholders {

  private static final byte[] OPEN = "{{site".getBytes(StandardCharsets.US_ASCII);
  private static final byte CLOSE = '}';
  private static final byte ID_SEPARATOR = ':';

  /** The most bytes between "{{site" and its "}}": an outlet id is short and on one line. */
  static final int MAX_PLACEHOLDER_BYTES = 64;

  private final String outletId;
  private final Map<String, URI> baseUrls;

  /**
   * @param outletId the outlet that serves the files
   * @param baseUrls every outlet's base URL, by id
   */
  Placeholders(String outletId, Map<String, URI> baseUrls) {
    if (!baseUrls.containsKey(outletId)) {
      throw new IllegalArgumentException("no base URL for outlet " + outletId);
    }
    this.outletId = outletId;
    this.baseUrls = Map.copyOf(baseUrls);
  }

  /**
   * The file with its placeholders replaced.
   *
   * @throws IllegalStateException when a placeholder names an unknown outlet or is not closed, so
   *     that a broken fixture fails at start, not in a test far away
   */
  byte[] substitute(byte[] file, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 256);
    int i = 0;
    while (i < file.length) {
      int after = i + OPEN.length;
      // "{{sitemap}}" is another word, not a placeholder.
      if (!startsWith(file, i, OPEN) || (after < file.length && isIdentifierByte(file[after]))) {
        out.write(file[i++]);
        continue;
      }
      int end = indexOfClose(file, after);
      if (end < 0) {
        throw new IllegalStateException(name + ": unclosed placeholder at byte " + i);
      }
      String inside = new String(file, after, end - after, StandardCharsets.US_ASCII);
      String id;
      if (inside.isEmpty()) {
        id = outletId;
      } else if (inside.charAt(0) == ID_SEPARATOR) {
        id = inside.substring(1);
      } else {
        throw new IllegalStateException(name + ": malformed placeholder {{site" + inside + "}}");
      }
      URI base = baseUrls.get(id);
      if (base == null) {
        throw new IllegalStateException(name + ": placeholder names unknown outlet " + id);
      }
      out.writeBytes(base.toString().getBytes(StandardCharsets.US_ASCII));
      i = end + 2;
    }
    return out.toByteArray();
  }

  private static boolean isIdentifierByte(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
  }

  private static boolean startsWith(byte[] data, int at, byte[] prefix) {
    if (at + prefix.length > data.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (data[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first "}}" from {@code from}, or -1 when none closes the placeholder. */
  private static int indexOfClose(byte[] data, int from) {
    for (int k = from; k + 1 < data.length && k <= from + MAX_PLACEHOLDER_BYTES; k++) {
      if (data[k] == '\n') {
        return -1;
      }
      if (data[k] == CLOSE && data[k + 1] == CLOSE) {
        return k;
      }
    }
    return -1;
  }
}
