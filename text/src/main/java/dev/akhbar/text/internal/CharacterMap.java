package dev.akhbar.text.internal;

import java.util.List;

/**
 * Consecutive {@link CharacterRule}s fused into one lookup table over the Basic Multilingual Plane,
 * applied in one pass. The rules keep their order: each one sees what the previous one produced.
 * Supplementary code points (surrogate pairs) go through the rules one by one; an unpaired
 * surrogate is kept as it is (the unpaired-surrogate step replaces it earlier in the display form).
 */
public final class CharacterMap implements TextStep {

  private static final int SLOW_PATH = -2;
  private static final int BMP_SIZE = 0x10000;

  private final List<CharacterRule> rules;
  private final int[] table = new int[BMP_SIZE];

  public CharacterMap(List<? extends CharacterRule> rules) {
    this.rules = List.copyOf(rules);
    for (int c = 0; c < BMP_SIZE; c++) {
      if (Character.isSurrogate((char) c)) {
        table[c] = SLOW_PATH;
        continue;
      }
      int mapped = map(c);
      table[c] =
          mapped == CharacterRule.DELETE || Character.isBmpCodePoint(mapped) ? mapped : SLOW_PATH;
    }
  }

  /** What the rules, in order, make of one code point. */
  public int map(int codePoint) {
    int value = codePoint;
    for (CharacterRule rule : rules) {
      value = rule.apply(value);
      if (value == CharacterRule.DELETE) {
        return value;
      }
    }
    return value;
  }

  /** What the rules make of the BMP character {@code c}: a table look-up for most characters. */
  public int map(char c) {
    int mapped = table[c];
    return mapped == SLOW_PATH ? map((int) c) : mapped;
  }

  @Override
  public boolean isTrigger(char c) {
    return table[c] != c;
  }

  /** Its first loop stops at the first character the table changes. */
  @Override
  public boolean findsItsOwnWork() {
    return true;
  }

  @Override
  public boolean apply(TextBuffer in, TextBuffer out, Tally tally) {
    char[] s = in.chars();
    int n = in.length();
    int first = 0;
    while (first < n && table[s[first]] == s[first]) {
      first++;
    }
    if (first == n) {
      return false;
    }
    out.clear(n);
    out.append(in, 0, first);
    if (!in.tracking()) {
      applyUntracked(in, first, out);
      return true;
    }
    int i = first;
    while (i < n) {
      char c = s[i];
      int mapped = table[c];
      if (mapped == c) {
        int run = i + 1;
        while (run < n && table[s[run]] == s[run]) {
          run++;
        }
        out.append(in, i, run);
        i = run;
      } else if (mapped >= 0) {
        out.append((char) mapped, in, i, i + 1);
        i++;
      } else if (mapped == CharacterRule.DELETE) {
        i++;
      } else {
        i = applySlowly(in, i, out);
      }
    }
    return true;
  }

  /**
   * The loop without source spans: writes straight into {@code out}'s array, with no branch for
   * characters that stay, change or go; only one that the table cannot map leaves the loop.
   */
  private void applyUntracked(TextBuffer in, int first, TextBuffer out) {
    char[] s = in.chars();
    int n = in.length();
    int[] map = table;
    char[] o = out.chars();
    int length = first;
    for (int i = first; i < n; i++) {
      int mapped = map[s[i]];
      if (mapped == SLOW_PATH) {
        out.truncate(length);
        applyRest(in, i, out);
        return;
      }
      // A deleted character is written and then overwritten: no branch on the marks of a text.
      o[length] = (char) mapped;
      length += (mapped >>> 31) ^ 1;
    }
    out.truncate(length);
  }

  /** The rest of the text from {@code i}, through the general loop. */
  private void applyRest(TextBuffer in, int i, TextBuffer out) {
    char[] s = in.chars();
    int n = in.length();
    while (i < n) {
      char c = s[i];
      int mapped = table[c];
      if (mapped >= 0) {
        out.append((char) mapped, in, i, i + 1);
        i++;
      } else if (mapped == CharacterRule.DELETE) {
        i++;
      } else {
        i = applySlowly(in, i, out);
      }
    }
  }

  /** Surrogates, and BMP code points that a rule maps outside the BMP. Returns the next index. */
  private int applySlowly(TextBuffer in, int i, TextBuffer out) {
    char[] s = in.chars();
    char c = s[i];
    if (Character.isHighSurrogate(c) && i + 1 < in.length() && Character.isLowSurrogate(s[i + 1])) {
      int codePoint = Character.toCodePoint(c, s[i + 1]);
      int mapped = map(codePoint);
      if (mapped == codePoint) {
        out.append(in, i, i + 2);
      } else if (mapped != CharacterRule.DELETE) {
        out.appendCodePoint(mapped, in, i, i + 2);
      }
      return i + 2;
    }
    if (Character.isSurrogate(c)) {
      out.append(in, i);
      return i + 1;
    }
    int mapped = map(c);
    if (mapped != CharacterRule.DELETE) {
      out.appendCodePoint(mapped, in, i, i + 1);
    }
    return i + 1;
  }
}
