package dev.akhbar.text.internal;

/**
 * Replaces each unpaired UTF-16 surrogate with U+FFFD REPLACEMENT CHARACTER, as a UTF-8 decoder
 * does with a broken byte sequence. A string with an unpaired surrogate cannot be written as UTF-8
 * JSON, so none may reach the display form.
 */
public final class UnpairedSurrogateRepair implements TextStep {

  public static final char REPLACEMENT_CHARACTER = '\uFFFD';

  @Override
  public boolean isTrigger(char c) {
    return Character.isSurrogate(c);
  }

  @Override
  public boolean apply(TextBuffer in, TextBuffer out, Tally tally) {
    char[] s = in.chars();
    int n = in.length();
    int first = firstUnpaired(s, 0, n);
    if (first < 0) {
      return false;
    }
    out.clear(n);
    int copied = 0;
    int i = first;
    while (i >= 0) {
      out.append(in, copied, i);
      out.append(REPLACEMENT_CHARACTER, in, i, i + 1);
      tally.unpairedSurrogates++;
      copied = i + 1;
      i = firstUnpaired(s, copied, n);
    }
    out.append(in, copied, n);
    return true;
  }

  private static int firstUnpaired(char[] s, int from, int n) {
    for (int i = from; i < n; i++) {
      char c = s[i];
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s[i + 1])) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }
}
