package dev.akhbar.text.internal;

import java.util.Locale;

/**
 * Removes markup left in extracted text: tags, comments, declarations and processing instructions,
 * and the content of {@code script} and {@code style} elements. A tag is {@code <}, an optional
 * {@code /}, an ASCII letter, then anything up to {@code >} (quoted attribute values may hold
 * {@code <} and {@code >}); a {@code <} that does not open one within {@link #MAX_TAG_CHARS} is
 * text ({@code 3 < 5}, {@code <<}). Block elements ({@code p}, {@code div}, {@code li}, {@code
 * h1}…) become a paragraph break, {@code br} a line break, table cells a space, and inline elements
 * ({@code a}, {@code b}, {@code span}…) nothing, as a browser draws them. CDATA sections keep their
 * content.
 */
public final class HtmlMarkupRemoval implements TextStep {

  /** Longest tag, comment or declaration recognised, in UTF-16 units; longer ones stay as text. */
  public static final int MAX_TAG_CHARS = 4_096;

  /** Longest {@code script}/{@code style} content removed with its element, in UTF-16 units. */
  public static final int MAX_RAW_TEXT_CHARS = 262_144;

  private static final char NEXT_LINE = '\u0085';
  private static final String COMMENT_OPEN = "<!--";
  private static final String COMMENT_CLOSE = "-->";
  private static final String CDATA_OPEN = "<![CDATA[";
  private static final String CDATA_CLOSE = "]]>";

  @Override
  public boolean isTrigger(char c) {
    return c == '<';
  }

  @Override
  public boolean apply(TextBuffer in, TextBuffer out, Tally tally) {
    char[] s = in.chars();
    int n = in.length();
    int i = indexOf(s, n, '<', 0);
    if (i < 0) {
      return false;
    }
    out.clear(n);
    int copied = 0;
    boolean changed = false;
    while (i >= 0) {
      int end = markupEnd(s, n, i);
      if (end > i) {
        out.append(in, copied, i);
        changed = true;
        if (startsWith(s, n, i, CDATA_OPEN)) {
          out.append(in, i + CDATA_OPEN.length(), end - CDATA_CLOSE.length());
        } else {
          out.append(replacement(s, n, i), in, i, end);
        }
        copied = end;
        i = indexOf(s, n, '<', end);
      } else {
        i = indexOf(s, n, '<', i + 1);
      }
    }
    out.append(in, copied, n);
    return changed;
  }

  /** The end (exclusive) of the markup that starts at {@code i}, or {@code i} when it is text. */
  private static int markupEnd(char[] s, int n, int i) {
    if (startsWith(s, n, i, COMMENT_OPEN)) {
      return endAfter(s, n, i + COMMENT_OPEN.length(), COMMENT_CLOSE, i, MAX_TAG_CHARS);
    }
    if (startsWith(s, n, i, CDATA_OPEN)) {
      return endAfter(s, n, i + CDATA_OPEN.length(), CDATA_CLOSE, i, MAX_RAW_TEXT_CHARS);
    }
    if (i + 1 >= n) {
      return i;
    }
    char next = s[i + 1];
    if (next == '!' || next == '?') {
      return i + 2 < n && isAsciiLetter(s[i + 2]) ? tagEnd(s, n, i, i + 2) : i;
    }
    boolean closing = next == '/';
    int nameStart = closing ? i + 2 : i + 1;
    if (nameStart >= n || !isAsciiLetter(s[nameStart])) {
      return i;
    }
    int nameEnd = nameStart;
    while (nameEnd < n
        && (isAsciiLetter(s[nameEnd]) || isAsciiDigit(s[nameEnd]) || s[nameEnd] == '-')) {
      nameEnd++;
    }
    if (nameEnd < n && !(s[nameEnd] == '>' || s[nameEnd] == '/' || isSpace(s[nameEnd]))) {
      return i;
    }
    int end = tagEnd(s, n, i, nameEnd);
    if (end == i || closing) {
      return end;
    }
    return HtmlElementKind.of(s, nameStart, nameEnd) == HtmlElementKind.RAW_TEXT
        ? rawTextEnd(
            s, n, end, new String(s, nameStart, nameEnd - nameStart).toLowerCase(Locale.ROOT))
        : end;
  }

  /** After {@code >} closing the tag opened at {@code open}, scanning from {@code from}. */
  private static int tagEnd(char[] s, int n, int open, int from) {
    int limit = Math.min(n, open + MAX_TAG_CHARS);
    char quote = 0;
    for (int j = from; j < limit; j++) {
      char c = s[j];
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return j + 1;
      } else if (c == '<') {
        return open;
      }
    }
    return open;
  }

  /** After the closing tag of a raw-text element, or {@code tagEnd} when none is near. */
  private static int rawTextEnd(char[] s, int n, int tagEnd, String name) {
    int limit = Math.min(n, tagEnd + MAX_RAW_TEXT_CHARS);
    for (int j = indexOf(s, limit, '<', tagEnd); j >= 0; j = indexOf(s, limit, '<', j + 1)) {
      if (j + 2 + name.length() <= limit
          && s[j + 1] == '/'
          && new String(s, j + 2, name.length()).equalsIgnoreCase(name)) {
        int end = tagEnd(s, n, j, j + 2 + name.length());
        return end > j ? end : tagEnd;
      }
    }
    return tagEnd;
  }

  private static int endAfter(char[] s, int n, int from, String close, int open, int maxChars) {
    int limit = Math.min(n, open + maxChars);
    for (int j = from; j + close.length() <= limit; j++) {
      if (startsWith(s, limit, j, close)) {
        return j + close.length();
      }
    }
    return open;
  }

  private static String replacement(char[] s, int n, int i) {
    int nameStart = i + 1 < n && s[i + 1] == '/' ? i + 2 : i + 1;
    int nameEnd = nameStart;
    while (nameEnd < n && (isAsciiLetter(s[nameEnd]) || isAsciiDigit(s[nameEnd]))) {
      nameEnd++;
    }
    return HtmlElementKind.of(s, nameStart, nameEnd).replacement();
  }

  private static boolean startsWith(char[] s, int n, int i, String prefix) {
    if (i + prefix.length() > n) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (s[i + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(char[] s, int n, char c, int from) {
    for (int j = from; j < n; j++) {
      if (s[j] == c) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether {@code c} ends a tag name: any whitespace, including the ones the whitespace step turns
   * into a space later (NO-BREAK SPACE, U+0085 NEXT LINE), so that {@code <b\u0085>} is a tag now
   * and not only once it has become {@code <b >}.
   */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == NEXT_LINE;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
