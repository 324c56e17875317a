package dev.akhbar.common.url;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The canonical form of an article URL, from which its {@link ArticleId} is computed. The rules, in
 * the order they apply (test vectors in {@code docs/contract.md}):
 *
 * <ol>
 *   <li>Only {@code http} and {@code https}; scheme and host lower-case; an internationalized host
 *       in its ASCII (punycode) form; a trailing dot of the host dropped; user info dropped.
 *   <li>The default port (80 for http, 443 for https) dropped.
 *   <li>An empty path becomes {@code /}; dot segments removed; the path keeps its case.
 *   <li>Percent-encoding unified: characters outside ASCII and spaces encoded as UTF-8, hex digits
 *       upper-case, encoded unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) decoded.
 *   <li>Tracking parameters dropped ({@code utm_*} and the names in {@link #TRACKING_PARAMETERS},
 *       compared case-insensitively), empty parameters dropped, the others kept in their order; no
 *       {@code ?} when none is left.
 *   <li>The fragment dropped.
 * </ol>
 *
 * <p>A page's {@code <link rel="canonical">} takes precedence over the fetched URL; that choice is
 * the extractor's, and the URL it picks is canonicalized by the same rules.
 */
public final class CanonicalUrl {

  /** Parameter names that only track a visit and never select content. */
  public static final Set<String> TRACKING_PARAMETERS =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "igshid",
          "twclid",
          "mc_cid",
          "mc_eid",
          "ref",
          "ref_src",
          "ref_url",
          "_ga",
          "_gl",
          "_hsenc",
          "_hsmi",
          "mkt_tok",
          "oly_anon_id",
          "oly_enc_id",
          "vero_id",
          "wt_mc",
          "at_medium",
          "at_campaign",
          "ocid",
          "cmpid",
          "s_cid",
          "spm");

  /** The prefix of the Google Analytics campaign parameters ({@code utm_source}, …). */
  public static final String TRACKING_PREFIX = "utm_";

  private static final String HEX = "0123456789ABCDEF";

  private CanonicalUrl() {}

  /**
   * The canonical form of {@code url}.
   *
   * @throws IllegalArgumentException when {@code url} is not an absolute http or https URL
   */
  public static String of(String url) {
    Objects.requireNonNull(url, "url");
    URI uri = parse(url.strip());
    String scheme = lower(uri.getScheme());
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("url must be http or https, got: " + url);
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("url has no host: " + url);
    }
    StringBuilder out = new StringBuilder(url.length());
    out.append(scheme).append("://").append(canonicalHost(host));
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || ("http".equals(scheme) && port == 80)
            || ("https".equals(scheme) && port == 443);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    String path = uri.getRawPath();
    out.append(path == null || path.isEmpty() ? "/" : unifyPercentEncoding(path));
    String query = canonicalQuery(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  /** Whether a query parameter of that name only tracks the visit. */
  public static boolean isTrackingParameter(String name) {
    String lower = lower(name);
    return lower.startsWith(TRACKING_PREFIX) || TRACKING_PARAMETERS.contains(lower);
  }

  private static URI parse(String url) {
    try {
      return new URI(encodeIllegal(asciiHost(url))).normalize();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + url + " (" + e.getReason() + ")", e);
    }
  }

  /** An internationalized host in its ASCII form, before anything else is escaped. */
  private static String asciiHost(String url) {
    int schemeEnd = url.indexOf("://");
    if (schemeEnd < 0) {
      return url;
    }
    int start = schemeEnd + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(start, end);
    int at = authority.lastIndexOf('@');
    String hostPort = authority.substring(at + 1);
    if (hostPort.chars().allMatch(c -> c < 0x80)) {
      return url;
    }
    int colon = hostPort.lastIndexOf(':'); // IPv6 literals are ASCII, so a colon here is a port
    String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
    String port = colon >= 0 ? hostPort.substring(colon) : "";
    try {
      return url.substring(0, start)
          + authority.substring(0, at + 1)
          + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED)
          + port
          + url.substring(end);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid host name: " + host, e);
    }
  }

  private static String canonicalHost(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (h.startsWith("[")) {
      return lower(h); // IPv6 literal
    }
    try {
      return lower(IDN.toASCII(h, IDN.ALLOW_UNASSIGNED));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid host name: " + host, e);
    }
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String parameter : rawQuery.split("&")) {
      if (parameter.isEmpty()) {
        continue;
      }
      int eq = parameter.indexOf('=');
      String name = eq < 0 ? parameter : parameter.substring(0, eq);
      if (name.isEmpty() || isTrackingParameter(decodeLenient(name))) {
        continue;
      }
      kept.add(unifyPercentEncoding(parameter));
    }
    return String.join("&", kept);
  }

  /**
   * Encodes what {@link URI} refuses (spaces, characters outside ASCII, stray {@code %}) so that
   * pages linking raw Arabic paths can still be parsed. The fragment is cut first.
   */
  private static String encodeIllegal(String url) {
    int hash = url.indexOf('#');
    String s = hash >= 0 ? url.substring(0, hash) : url;
    StringBuilder out = new StringBuilder(s.length() + 16);
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      boolean strayPercent =
          b == '%' && !(i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]));
      if (b <= 0x20
          || b >= 0x7F
          || b == '"'
          || b == '<'
          || b == '>'
          || b == '\\'
          || b == '^'
          || b == '`'
          || b == '{'
          || b == '|'
          || b == '}'
          || strayPercent) {
        appendEscape(out, b);
      } else {
        out.append((char) b);
      }
    }
    return out.toString();
  }

  /** Upper-case hex in escapes; escapes of unreserved characters decoded (RFC 3986 6.2.2). */
  private static String unifyPercentEncoding(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%'
          && i + 2 < raw.length()
          && isHex(raw.charAt(i + 1))
          && isHex(raw.charAt(i + 2))) {
        int value =
            Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16);
        if (isUnreserved(value)) {
          out.append((char) value);
        } else {
          appendEscape(out, value);
        }
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String decodeLenient(String raw) {
    if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%'
          && i + 2 < raw.length()
          && isHex(raw.charAt(i + 1))
          && isHex(raw.charAt(i + 2))) {
        bytes.write(
            Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void appendEscape(StringBuilder out, int b) {
    out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
