package dev.akhbar.text.internal;

import java.util.Optional;

/**
 * Tidies the spaces and line breaks of an already unified text after characters were deleted from
 * it: whitespace at the start and end goes, and a run of spaces and line feeds between words keeps
 * only its line feeds (at most two: a paragraph break) or, without any, one space. Only deletes, so
 * that the match form stays no longer than the display form. A display form needs it when a mark
 * stood alone between spaces (NFKC makes " ً" of U+FE70 ARABIC FATHATAN ISOLATED FORM).
 */
public final class SpaceCleanup implements TextStep {

  /** 1 for SPACE, 2 for LINE FEED, 0 for every other character. */
  private static final byte[] PAIR_CLASS = new byte[0x10000];

  static {
    PAIR_CLASS[' '] = 1;
    PAIR_CLASS['\n'] = 2;
  }

  /** No space or line feed at the ends, none after a space, no three line feeds in a row. */
  private static final PairCheck CLEAN =
      new PairCheck(
          PAIR_CLASS,
          (space, lineFeed, step) ->
              (space & ((space | lineFeed) >>> step))
                  | (lineFeed & (space >>> step))
                  | (lineFeed & (lineFeed >>> step) & (lineFeed >>> (2 * step))));

  @Override
  public Optional<PairCheck> pairCheck() {
    return Optional.of(CLEAN);
  }

  @Override
  public boolean isTrigger(char c) {
    return isSpace(c);
  }

  @Override
  public boolean apply(TextBuffer in, TextBuffer out, Tally tally) {
    char[] s = in.chars();
    int n = in.length();
    if (isClean(s, n)) {
      return false;
    }
    out.clear(n);
    int i = 0;
    while (i < n && isSpace(s[i])) {
      i++;
    }
    while (i < n) {
      int wordEnd = i;
      while (wordEnd < n && !isSpace(s[wordEnd])) {
        wordEnd++;
      }
      out.append(in, i, wordEnd);
      int runEnd = wordEnd;
      int lineFeeds = 0;
      int firstSpace = -1;
      while (runEnd < n && isSpace(s[runEnd])) {
        if (s[runEnd] == '\n') {
          if (lineFeeds < 2) {
            lineFeeds++;
          }
        } else if (firstSpace < 0) {
          firstSpace = runEnd;
        }
        runEnd++;
      }
      if (runEnd < n) {
        if (lineFeeds > 0) {
          int kept = 0;
          for (int k = wordEnd; k < runEnd && kept < lineFeeds; k++) {
            if (s[k] == '\n') {
              out.append(in, k);
              kept++;
            }
          }
        } else if (firstSpace >= 0) {
          out.append(in, firstSpace);
        }
      }
      i = runEnd;
    }
    return true;
  }

  /**
   * Whether the text has no space or line feed at its ends, none after a space, and no three line
   * feeds in a row: a {@link TwoBitScan} with {@code 01} for a space and {@code 10} for a line
   * feed.
   */
  static boolean isClean(char[] s, int n) {
    return CLEAN.passes(s, n);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n';
  }
}
