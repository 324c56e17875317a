package dev.akhbar.text.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * What the markup step makes of an element's tag, by the element's name as a browser draws it: a
 * block element ({@code p}, {@code div}, {@code li}, {@code h1}…) is a paragraph break, {@code br}
 * a line break, a table cell a space, the content of {@code script}, {@code style} and {@code
 * noscript} goes with its tags, and any other element (inline: {@code a}, {@code b}, {@code span}…,
 * or unknown) is nothing. Names are matched in any ASCII case.
 *
 * <p>A name is looked up straight from the text, with no string made of it: its letters, digits and
 * hyphens are packed six bits each into a long, searched among the known names' codes.
 */
enum HtmlElementKind {
  /** Drawn inline, or unknown: the tag is removed and leaves nothing. */
  INLINE(""),
  /** {@code br}. */
  LINE_BREAK("\n"),
  /** A block element: a paragraph break. */
  BLOCK("\n\n"),
  /** A table cell: a space. */
  CELL(" "),
  /** An element whose content is not text: its content goes with its tags. */
  RAW_TEXT("");

  /** The longest known name, in characters; a longer one is {@link #INLINE}. */
  private static final int MAX_NAME_CHARS = 10;

  private static final int BITS_PER_CHAR = 6;

  private static final Map<String, HtmlElementKind> NAMED =
      Map.ofEntries(
          Map.entry("address", BLOCK),
          Map.entry("article", BLOCK),
          Map.entry("aside", BLOCK),
          Map.entry("blockquote", BLOCK),
          Map.entry("dd", BLOCK),
          Map.entry("div", BLOCK),
          Map.entry("dl", BLOCK),
          Map.entry("dt", BLOCK),
          Map.entry("figcaption", BLOCK),
          Map.entry("figure", BLOCK),
          Map.entry("footer", BLOCK),
          Map.entry("form", BLOCK),
          Map.entry("h1", BLOCK),
          Map.entry("h2", BLOCK),
          Map.entry("h3", BLOCK),
          Map.entry("h4", BLOCK),
          Map.entry("h5", BLOCK),
          Map.entry("h6", BLOCK),
          Map.entry("header", BLOCK),
          Map.entry("hr", BLOCK),
          Map.entry("li", BLOCK),
          Map.entry("main", BLOCK),
          Map.entry("nav", BLOCK),
          Map.entry("ol", BLOCK),
          Map.entry("p", BLOCK),
          Map.entry("pre", BLOCK),
          Map.entry("section", BLOCK),
          Map.entry("table", BLOCK),
          Map.entry("tbody", BLOCK),
          Map.entry("tfoot", BLOCK),
          Map.entry("thead", BLOCK),
          Map.entry("tr", BLOCK),
          Map.entry("ul", BLOCK),
          Map.entry("br", LINE_BREAK),
          Map.entry("td", CELL),
          Map.entry("th", CELL),
          Map.entry("script", RAW_TEXT),
          Map.entry("style", RAW_TEXT),
          Map.entry("noscript", RAW_TEXT));

  /** The known names' codes, sorted, and the kind of each. */
  private static final long[] CODES;

  private static final HtmlElementKind[] KINDS;

  static {
    String[] names = NAMED.keySet().stream().sorted().toArray(String[]::new);
    long[] codes = new long[names.length];
    for (int k = 0; k < names.length; k++) {
      codes[k] = code(names[k].toCharArray(), 0, names[k].length());
    }
    Arrays.sort(codes);
    HtmlElementKind[] kinds = new HtmlElementKind[codes.length];
    for (String name : names) {
      kinds[Arrays.binarySearch(codes, code(name.toCharArray(), 0, name.length()))] =
          NAMED.get(name);
    }
    CODES = codes;
    KINDS = kinds;
  }

  private final String replacement;

  HtmlElementKind(String replacement) {
    this.replacement = replacement;
  }

  /** The text that takes the place of a tag of this kind. */
  String replacement() {
    return replacement;
  }

  /** The kind of the element named {@code s[from, to)}. */
  static HtmlElementKind of(char[] s, int from, int to) {
    long code = code(s, from, to);
    if (code < 0) {
      return INLINE;
    }
    int at = Arrays.binarySearch(CODES, code);
    return at >= 0 ? KINDS[at] : INLINE;
  }

  /**
   * Six bits per character, the first highest: 1–26 for an ASCII letter of either case, 27–36 for a
   * digit, 37 for a hyphen; -1 for a name that is empty, too long or holds anything else.
   */
  private static long code(char[] s, int from, int to) {
    if (to <= from || to - from > MAX_NAME_CHARS) {
      return -1;
    }
    long code = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      int value;
      if (c >= 'a' && c <= 'z') {
        value = 1 + c - 'a';
      } else if (c >= 'A' && c <= 'Z') {
        value = 1 + c - 'A';
      } else if (c >= '0' && c <= '9') {
        value = 27 + c - '0';
      } else if (c == '-') {
        value = 37;
      } else {
        return -1;
      }
      code = (code << BITS_PER_CHAR) | value;
    }
    return code;
  }
}
