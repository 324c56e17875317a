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

  /**
   * Whether the map leaves every character of a non-zero class of {@code check} as it is and makes
   * none, and no BMP character becomes a supplementary code point: replacing characters one for one
   * then keeps a text that passes the check passing it. Surrogates are left out: a supplementary
   * code point that becomes a BMP character, or nothing, is counted as a deletion ({@link
   * Tally#deletionsBesideSpacing}).
   */
  public boolean keepsClassesOf(PairCheck check) {
    for (int c = 0; c < BMP_SIZE; c++) {
      int mapped = table[c];
      if (mapped == c || mapped == CharacterRule.DELETE || Character.isSurrogate((char) c)) {
        continue;
      }
      if (check.classOf((char) c) != 0 || mapped < 0 || check.classOf((char) mapped) != 0) {
        return false;
      }
    }
    return true;
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
    if (!in.tracking()) {
      applyUntracked(in, first, out, tally);
      return true;
    }
    out.append(in, 0, first);
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
        countDeletion(s, i, n, tally);
        i++;
      } else {
        i = applySlowly(in, i, out, tally);
      }
    }
    return true;
  }

  /**
   * Counts a deletion at {@code i} beside a space or a line feed, or at an end of the text: only
   * such a deletion can leave spaces for the match form's clean-up ({@link
   * Tally#deletionsBesideSpacing}).
   */
  private static void countDeletion(char[] s, int i, int n, Tally tally) {
    if (i == 0 || i == n - 1 || isSpacing(s[i - 1]) || isSpacing(s[i + 1])) {
      tally.deletionsBesideSpacing++;
    }
  }

  private static boolean isSpacing(char c) {
    return c == ' ' || c == '\n';
  }

  /**
   * The loop without source spans, as Lucene's normalizer does it but without its quadratic shifts:
   * the text is copied whole and changed in place, with no write for the characters that stay; the
   * run of kept characters before each deleted one is moved back once, by as many places as were
   * deleted before it. Only a character the table cannot map leaves the loop.
   */
  private void applyUntracked(TextBuffer in, int first, TextBuffer out, Tally tally) {
    char[] s = in.chars();
    int n = in.length();
    int[] map = table;
    out.append(in, 0, n);
    char[] o = out.chars();
    int deleted = 0;
    int runStart = 0;
    for (int i = first; i < n; i++) {
      char c = s[i];
      int mapped = map[c];
      if (mapped == c) {
        continue;
      }
      if (mapped >= 0) {
        o[i] = (char) mapped;
      } else if (mapped == CharacterRule.DELETE) {
        moveBack(o, runStart, i, deleted);
        countDeletion(s, i, n, tally);
        deleted++;
        runStart = i + 1;
      } else {
        moveBack(o, runStart, i, deleted);
        out.truncate(i - deleted);
        applyRest(in, i, out, tally);
        return;
      }
    }
    moveBack(o, runStart, n, deleted);
    out.truncate(n - deleted);
  }

  /** Moves the kept run {@code o[from, to)} back by the {@code deleted} places before it. */
  private static void moveBack(char[] o, int from, int to, int deleted) {
    if (deleted > 0) {
      System.arraycopy(o, from, o, from - deleted, to - from);
    }
  }

  /** The rest of the text from {@code i}, through the general loop. */
  private void applyRest(TextBuffer in, int i, TextBuffer out, Tally tally) {
    char[] s = in.chars();
    int n = in.length();
    while (i < n) {
      char c = s[i];
      int mapped = table[c];
      if (mapped >= 0) {
        out.append((char) mapped, in, i, i + 1);
        i++;
      } else if (mapped == CharacterRule.DELETE) {
        countDeletion(s, i, n, tally);
        i++;
      } else {
        i = applySlowly(in, i, out, tally);
      }
    }
  }

  /** Surrogates, and BMP code points that a rule maps outside the BMP. Returns the next index. */
  private int applySlowly(TextBuffer in, int i, TextBuffer out, Tally tally) {
    char[] s = in.chars();
    char c = s[i];
    if (Character.isHighSurrogate(c) && i + 1 < in.length() && Character.isLowSurrogate(s[i + 1])) {
      int codePoint = Character.toCodePoint(c, s[i + 1]);
      int mapped = map(codePoint);
      if (mapped == codePoint) {
        out.append(in, i, i + 2);
        return i + 2;
      }
      if (mapped != CharacterRule.DELETE) {
        out.appendCodePoint(mapped, in, i, i + 2);
      }
      if (!Character.isSupplementaryCodePoint(mapped)) {
        // Gone or shorter: counted as a deletion that may touch the spacing, wherever it stands.
        tally.deletionsBesideSpacing++;
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
