package dev.akhbar.text.internal;

/**
 * Tidies the spaces and line breaks of an already unified text after characters were deleted from
 * it: whitespace at the start and end goes, and a run of spaces and line feeds between words keeps
 * only its line feeds (at most two: a paragraph break) or, without any, one space. Only deletes, so
 * that the match form stays no longer than the display form. A display form needs it when a mark
 * stood alone between spaces (NFKC makes " ً" of U+FE70 ARABIC FATHATAN ISOLATED FORM).
 */
public final class SpaceCleanup implements TextStep {

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

  private static boolean isClean(char[] s, int n) {
    if (n > 0 && (isSpace(s[0]) || isSpace(s[n - 1]))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (s[i] > ' ') {
        // Neither a space nor a line feed: the common case, one comparison.
        continue;
      }
      if (s[i] == ' ' && isSpace(s[i - 1])) {
        return false;
      }
      if (s[i] == '\n' && s[i - 1] == ' ') {
        return false;
      }
      if (s[i] == '\n' && i >= 2 && s[i - 1] == '\n' && s[i - 2] == '\n') {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n';
  }
}
