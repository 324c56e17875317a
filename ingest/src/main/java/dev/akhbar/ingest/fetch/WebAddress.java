package dev.akhbar.ingest.fetch;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the URLs found in feeds, sitemaps, pages and {@code Location} headers into absolute {@code
 * http}/{@code https} {@link URI}s in ASCII: raw Arabic paths and spaces percent-encoded as UTF-8,
 * an internationalized host in punycode, the fragment dropped.
 */
public final class WebAddress {

  private static final String HEX = "0123456789ABCDEF";

  private WebAddress() {}

  /** {@code url} as an absolute http(s) URI, or empty when it is none. */
  public static Optional<URI> parse(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(encodeIllegal(url.strip()));
      return checked(uri);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@code reference} (absolute or relative) resolved against {@code base}, or empty. */
  public static Optional<URI> resolve(URI base, String reference) {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    try {
      URI ref = new URI(encodeIllegal(reference.strip()));
      return checked(base.resolve(ref));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The origin ({@code scheme://host[:port]}) that robots.txt and politeness are keyed by. */
  public static String origin(URI uri) {
    int port = uri.getPort();
    return uri.getScheme() + "://" + uri.getHost() + (port > 0 ? ":" + port : "");
  }

  private static Optional<URI> checked(URI uri) throws URISyntaxException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.empty();
    }
    String asciiHost =
        host.startsWith("[")
            ? host.toLowerCase(Locale.ROOT)
            : IDN.toASCII(host.endsWith(".") ? host.substring(0, host.length() - 1) : host)
                .toLowerCase(Locale.ROOT);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    StringBuilder s = new StringBuilder(scheme).append("://").append(asciiHost);
    if (uri.getPort() > 0) {
      s.append(':').append(uri.getPort());
    }
    s.append(path);
    if (uri.getRawQuery() != null) {
      s.append('?').append(uri.getRawQuery());
    }
    return Optional.of(new URI(s.toString()).normalize());
  }

  /** Encodes what {@link URI} refuses; the fragment is cut first. */
  private static String encodeIllegal(String url) {
    int hash = url.indexOf('#');
    String s = hash >= 0 ? url.substring(0, hash) : url;
    StringBuilder out = new StringBuilder(s.length() + 16);
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      boolean strayPercent =
          b == '%' && !(i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]));
      if (b <= 0x20 || b >= 0x7F || "\"<>\\^`{|}".indexOf(b) >= 0 || strayPercent) {
        out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
      } else {
        out.append((char) b);
      }
    }
    return out.toString();
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
