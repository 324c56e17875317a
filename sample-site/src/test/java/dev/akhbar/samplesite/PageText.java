package dev.akhbar.samplesite;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visible text of a stored page, good enough for the manifest checks: decoded with the charset
 * the server declares (else the page's own {@code <meta charset>}), tags and scripts dropped,
 * character references resolved, whitespace collapsed. Not an extractor: it keeps menus and all.
 */
final class PageText {

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta\\s+charset=\"?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCRIPT_OR_STYLE =
      Pattern.compile("<(script|style)[^>]*>.*?</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>?");
  private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(\\d+);");
  private static final Map<String, String> NAMED =
      Map.of(
          "&nbsp;", " ", "&amp;", "&", "&quot;", "\"", "&lt;", "<", "&gt;", ">", "&raquo;", "»",
          "&bull;", "•", "&copy;", "©");

  private PageText() {}

  /** The charset a client should use: the Content-Type's, else the page's meta, else UTF-8. */
  static Charset charsetOf(String contentType, byte[] page) {
    Optional<String> declared = parameter(contentType, "charset");
    if (declared.isPresent()) {
      return Charset.forName(declared.get());
    }
    Matcher meta = META_CHARSET.matcher(new String(page, StandardCharsets.ISO_8859_1));
    return meta.find() ? Charset.forName(meta.group(1)) : StandardCharsets.UTF_8;
  }

  static String of(String contentType, byte[] page) {
    String html = new String(page, charsetOf(contentType, page));
    String text = TAG.matcher(SCRIPT_OR_STYLE.matcher(html).replaceAll(" ")).replaceAll(" ");
    for (Map.Entry<String, String> entity : NAMED.entrySet()) {
      text = text.replace(entity.getKey(), entity.getValue());
    }
    text =
        NUMERIC_REFERENCE
            .matcher(text)
            .replaceAll(
                m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
    return text.replaceAll("\\s+", " ");
  }

  private static Optional<String> parameter(String contentType, String name) {
    for (String part : contentType.split(";")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length == 2 && pair[0].trim().toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(pair[1].trim().replace("\"", ""));
      }
    }
    return Optional.empty();
  }
}
