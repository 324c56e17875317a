package dev.akhbar.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Decodes HTML character references once: the named ones of HTML 4 plus {@code &apos;} ({@code
 * &amp;}, {@code &nbsp;}, {@code &laquo;}, {@code &zwnj;}…, the table in {@code
 * html-entities.txt}), decimal {@code &#1576;} and hexadecimal {@code &#x628;}. A reference needs
 * its closing semicolon; an unknown name stays as text (AT&T, {@code &foo;}). As in HTML, a numeric
 * reference to NUL, a surrogate or beyond U+10FFFF becomes U+FFFD, and one to 0x80–0x9F is read as
 * windows-1252 ({@code &#151;} is an em dash). Decoding once means {@code &amp;lt;} becomes {@code
 * &lt;}, the text the page showed.
 */
public final class HtmlEntityDecoding implements TextStep {

  private static final int MAX_NAME_CHARS = 32;
  private static final int MAX_DECIMAL_DIGITS = 8;
  private static final int MAX_HEX_DIGITS = 6;
  private static final int FIRST_C1 = 0x80;
  private static final char REPLACEMENT_CHARACTER = '\uFFFD';

  /** What HTML makes of numeric references to 0x80–0x9F (windows-1252); 0 where it keeps them. */
  private static final char[] WINDOWS_1252_C1 = {
    '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030',
    '\u0160', '\u2039', '\u0152', 0, '\u017D', 0, 0, '\u2018', '\u2019', '\u201C', '\u201D',
    '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E',
    '\u0178'
  };

  private static final Map<String, Integer> NAMED = loadNamed();

  @Override
  public boolean isTrigger(char c) {
    return c == '&';
  }

  /** Its one pass stops at the first well-formed reference (a lone {@code &} costs a look). */
  @Override
  public boolean findsItsOwnWork() {
    return true;
  }

  @Override
  public boolean apply(TextBuffer in, TextBuffer out, Tally tally) {
    char[] s = in.chars();
    int n = in.length();
    int i = indexOfAmpersand(s, n, 0);
    if (i < 0) {
      return false;
    }
    out.clear(n);
    int copied = 0;
    boolean changed = false;
    while (i >= 0) {
      int semicolon = referenceEnd(s, n, i);
      int codePoint = semicolon > i ? decode(s, i, semicolon) : -1;
      if (codePoint >= 0) {
        out.append(in, copied, i);
        out.appendCodePoint(codePoint, in, i, semicolon + 1);
        copied = semicolon + 1;
        changed = true;
        i = indexOfAmpersand(s, n, copied);
      } else {
        i = indexOfAmpersand(s, n, i + 1);
      }
    }
    out.append(in, copied, n);
    return changed;
  }

  /** The index of the {@code ;} that ends a well-formed reference at {@code i}, or {@code i}. */
  private static int referenceEnd(char[] s, int n, int i) {
    int j = i + 1;
    if (j < n && s[j] == '#') {
      j++;
      boolean hex = j < n && (s[j] == 'x' || s[j] == 'X');
      if (hex) {
        j++;
      }
      int digitsStart = j;
      int maxDigits = hex ? MAX_HEX_DIGITS : MAX_DECIMAL_DIGITS;
      while (j < n && j - digitsStart < maxDigits && digitValue(s[j], hex) >= 0) {
        j++;
      }
      return j > digitsStart && j < n && s[j] == ';' ? j : i;
    }
    int nameStart = j;
    while (j < n && j - nameStart < MAX_NAME_CHARS && isAsciiLetterOrDigit(s[j])) {
      j++;
    }
    return j > nameStart && j < n && s[j] == ';' ? j : i;
  }

  /** The code point of the reference {@code s[i..semicolon]}, or -1 for an unknown name. */
  private static int decode(char[] s, int i, int semicolon) {
    if (s[i + 1] != '#') {
      Integer named = NAMED.get(new String(s, i + 1, semicolon - i - 1));
      return named == null ? -1 : named;
    }
    boolean hex = s[i + 2] == 'x' || s[i + 2] == 'X';
    int digitsStart = hex ? i + 3 : i + 2;
    // At most MAX_DECIMAL_DIGITS or MAX_HEX_DIGITS digits: the value fits an int.
    int value = 0;
    for (int j = digitsStart; j < semicolon; j++) {
      value = value * (hex ? 16 : 10) + digitValue(s[j], hex);
    }
    if (value == 0 || value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
      return REPLACEMENT_CHARACTER;
    }
    if (value >= FIRST_C1 && value < FIRST_C1 + WINDOWS_1252_C1.length) {
      char mapped = WINDOWS_1252_C1[value - FIRST_C1];
      return mapped != 0 ? mapped : value;
    }
    return value;
  }

  /** The value of the ASCII digit {@code c} (0–9, and a–f or A–F when {@code hex}), else -1. */
  private static int digitValue(char c, boolean hex) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (hex && c >= 'a' && c <= 'f') {
      return 10 + c - 'a';
    }
    if (hex && c >= 'A' && c <= 'F') {
      return 10 + c - 'A';
    }
    return -1;
  }

  private static int indexOfAmpersand(char[] s, int n, int from) {
    for (int j = from; j < n; j++) {
      if (s[j] == '&') {
        return j;
      }
    }
    return -1;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static Map<String, Integer> loadNamed() {
    Map<String, Integer> named = new HashMap<>();
    try (InputStream stream =
            HtmlEntityDecoding.class.getResourceAsStream("/dev/akhbar/text/html-entities.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.trim().split(" ");
        named.put(fields[0], Integer.parseInt(fields[1], 16));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read html-entities.txt from the classpath", e);
    }
    return Map.copyOf(named);
  }
}
