package dev.akhbar.text.internal;

import java.util.Optional;

/**
 * Unifies whitespace: a run of whitespace becomes one space, or a paragraph break ({@code "\n\n"})
 * when it holds two or more line breaks, a FORM FEED or a U+2029 PARAGRAPH SEPARATOR; whitespace at
 * the start and the end goes. A single line break inside a paragraph becomes a space: the
 * contract's text is paragraphs separated by blank lines, with no line structure inside them.
 *
 * <p>Whitespace is every space separator (Zs: SPACE, NO-BREAK SPACE, the U+2000–U+200A spaces,
 * NARROW NO-BREAK SPACE, IDEOGRAPHIC SPACE…), TAB, LINE TABULATION, and the line breaks LINE FEED,
 * CARRIAGE RETURN (CR LF counts once), NEXT LINE and U+2028 LINE SEPARATOR. Punctuation is
 * untouched: the Arabic comma, semicolon and question mark keep their place and their spacing.
 */
public final class WhitespaceUnification implements TextStep {

  private static final byte NOT_SPACE = 0;
  private static final byte SPACE = 1;
  private static final byte LINE_BREAK = 2;
  private static final byte PARAGRAPH_BREAK = 3;
  private static final char LINE_SEPARATOR = '\u2028';
  private static final char PARAGRAPH_SEPARATOR = '\u2029';
  private static final char NEXT_LINE = '\u0085';
  private static final char NO_BREAK_SPACE = '\u00A0';

  /** U+1680 OGHAM SPACE MARK, the first whitespace after U+00A0. */
  private static final char OGHAM_SPACE_MARK = '\u1680';

  private static final String PARAGRAPH = "\n\n";
  private static final byte[] KIND = kinds();

  /** 0 for no whitespace, 1 for SPACE, 2 for LINE FEED, 3 for any other whitespace. */
  private static final byte[] PAIR_CLASS = pairClasses();

  /** Single spaces and {@code "\n\n"} breaks between other characters. */
  private static final PairCheck CLEAN = new PairCheck(PAIR_CLASS, WhitespaceUnification::badPairs);

  @Override
  public boolean isTrigger(char c) {
    return KIND[c] != NOT_SPACE;
  }

  @Override
  public Optional<PairCheck> pairCheck() {
    return Optional.of(CLEAN);
  }

  /** Its output is single spaces and {@code "\n\n"} breaks between other characters. */
  @Override
  public boolean isIdempotent() {
    return true;
  }

  @Override
  public boolean apply(TextBuffer in, TextBuffer out, Tally tally) {
    return isClean(in.chars(), in.length()) ? false : applyFailingCheck(in, out, tally);
  }

  @Override
  public boolean applyFailingCheck(TextBuffer in, TextBuffer out, Tally tally) {
    char[] s = in.chars();
    int n = in.length();
    int first = firstNeedingWork(s, n);
    if (first == n) {
      return false;
    }
    out.clear(n);
    int i = 0;
    while (i < n && KIND[s[i]] != NOT_SPACE) {
      i++;
    }
    // Units from here on are copied as they are, in one piece, until a run that changes.
    int copied = i;
    if (!in.tracking() && first > i) {
      // Before the first fault the text is words, single spaces and "\n\n" breaks: kept as it is.
      i = first;
    }
    while (i < n) {
      if (KIND[s[i]] == NOT_SPACE) {
        i++;
        continue;
      }
      int runStart = i;
      if (s[i] == ' ' && i + 1 < n && KIND[s[i + 1]] == NOT_SPACE) {
        i++;
        continue;
      }
      int runEnd = runStart;
      int lineBreaks = 0;
      boolean paragraph = false;
      while (runEnd < n && KIND[s[runEnd]] != NOT_SPACE) {
        byte kind = KIND[s[runEnd]];
        boolean crlf = s[runEnd] == '\n' && runEnd > runStart && s[runEnd - 1] == '\r';
        if (kind == LINE_BREAK && !crlf) {
          lineBreaks++;
        }
        paragraph |= kind == PARAGRAPH_BREAK;
        runEnd++;
      }
      i = runEnd;
      if (runEnd == n) {
        // Whitespace at the end goes.
        out.append(in, copied, runStart);
        copied = n;
      } else if (paragraph || lineBreaks >= 2) {
        // A break already written as "\n\n" stays in the copied piece, unless each of its units
        // must map to the whole run, as every paragraph break this step writes does.
        if (in.tracking() || !isParagraphBreak(s, runStart, runEnd)) {
          out.append(in, copied, runStart);
          out.append(PARAGRAPH, in, runStart, runEnd);
          copied = runEnd;
        }
      } else {
        out.append(in, copied, runStart);
        out.append(' ', in, runStart, runEnd);
        copied = runEnd;
      }
    }
    out.append(in, copied, n);
    return true;
  }

  private static boolean isParagraphBreak(char[] s, int from, int to) {
    return to - from == 2 && s[from] == '\n' && s[from + 1] == '\n';
  }

  /** The first index where the text is not already single spaces and {@code "\n\n"} breaks. */
  private static int firstNeedingWork(char[] s, int n) {
    for (int i = 0; i < n; i++) {
      char c = s[i];
      if (c > ' ' && (c < NEXT_LINE || (c > NO_BREAK_SPACE && c < OGHAM_SPACE_MARK))) {
        // No whitespace here (ASCII after the space, Arabic, most letters): comparisons only.
        continue;
      }
      byte kind = KIND[c];
      if (kind == NOT_SPACE) {
        continue;
      }
      if (i == 0) {
        return 0;
      }
      if (s[i] == ' ' && i + 1 < n && KIND[s[i + 1]] == NOT_SPACE) {
        continue;
      }
      if (s[i] == '\n' && i + 2 < n && s[i + 1] == '\n' && KIND[s[i + 2]] == NOT_SPACE) {
        i++;
        continue;
      }
      return i;
    }
    return n;
  }

  /**
   * Whether the text is already single spaces and {@code "\n\n"} breaks between other characters,
   * as most texts are: a {@link TwoBitScan} over {@link #PAIR_CLASS}.
   */
  static boolean isClean(char[] s, int n) {
    // The class is 0 exactly for what is not whitespace.
    return CLEAN.passes(s, n);
  }

  /** Any other whitespace; anything after a space; a lone line feed; a third line feed. */
  private static long badPairs(long low, long high, int step) {
    long white = low | high;
    long space = low & ~high;
    long lineFeed = high & ~low;
    long other = low & high;
    return other
        | ((space >>> step) & white)
        | ((lineFeed >>> step) & ~(lineFeed >>> (2 * step)) & ~lineFeed)
        | ((lineFeed >>> (2 * step)) & (lineFeed >>> step) & white);
  }

  private static byte[] pairClasses() {
    byte[] classes = new byte[0x10000];
    for (int c = 0; c < classes.length; c++) {
      if (KIND[c] != NOT_SPACE) {
        classes[c] = 3;
      }
    }
    classes[' '] = 1;
    classes['\n'] = 2;
    return classes;
  }

  private static byte[] kinds() {
    byte[] kinds = new byte[0x10000];
    for (int c = 0; c < kinds.length; c++) {
      if (Character.getType(c) == Character.SPACE_SEPARATOR) {
        kinds[c] = SPACE;
      }
    }
    kinds['\t'] = SPACE;
    kinds['\u000B'] = SPACE;
    kinds['\n'] = LINE_BREAK;
    kinds['\r'] = LINE_BREAK;
    kinds[NEXT_LINE] = LINE_BREAK;
    kinds[LINE_SEPARATOR] = LINE_BREAK;
    kinds['\f'] = PARAGRAPH_BREAK;
    kinds[PARAGRAPH_SEPARATOR] = PARAGRAPH_BREAK;
    return kinds;
  }
}
