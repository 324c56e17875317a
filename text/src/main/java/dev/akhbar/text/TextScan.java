package dev.akhbar.text;

import dev.akhbar.text.internal.PairCheck;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one scan a {@link FormChain} makes of a text before its steps run. One table look-up per
 * character gives an int holding three things: the bits of the steps the character triggers,
 * whether it is a character of the words the glued-word step looks at, and its two-bit class for a
 * spacing step's {@link PairCheck}. The scan ORs the first, shifts the other two into two longs,
 * and after each group of {@link #GROUP_CHARS} characters applies the spacing rule and finds the
 * ends of long words with a few shifts over the whole group. So one pass over the text answers what
 * the trigger scan, the whitespace step's "already clean?" scan and the glued-word step's scan used
 * to answer in three.
 */
final class TextScan {

  /** Steps with a bit of their own in the table. */
  static final int STEP_BITS = 28;

  /** Set for every character: the bit of the steps past {@link #STEP_BITS}, which always run. */
  static final int ALWAYS = 1 << STEP_BITS;

  private static final int WORD_SHIFT = STEP_BITS + 1;
  private static final int PAIR_SHIFT = STEP_BITS + 2;
  private static final int TRIGGER_MASK = (ALWAYS << 1) - 1;
  private static final long EVEN_BITS = 0x5555_5555_5555_5555L;

  /**
   * Characters per group: two bits each in the spacing lane, with room for the two before the group
   * (the word lane needs room for {@link GluedWordStep#MIN_WORD_CHARS} before it: less).
   */
  static final int GROUP_CHARS = Long.SIZE / 2 - 2;

  private final int[] table = new int[0x10000];
  private final PairCheck spacing;
  private final FoldedEndings endings;

  /**
   * A scan for the steps whose bits {@code stepBits} gives for every BMP character (below {@link
   * #ALWAYS}), with the spacing step's check and the glued-word step's endings when the chain has
   * them.
   */
  TextScan(int[] stepBits, Optional<PairCheck> spacing, Optional<FoldedEndings> endings) {
    this.spacing = spacing.orElse(null);
    this.endings = endings.orElse(null);
    for (int c = 0; c < table.length; c++) {
      if ((stepBits[c] & ~(ALWAYS - 1)) != 0) {
        throw new IllegalArgumentException("step bits above " + STEP_BITS + " for " + c);
      }
      int value = stepBits[c] | ALWAYS;
      if (this.endings != null && GluedWordStep.isWordCharacter((char) c)) {
        value |= 1 << WORD_SHIFT;
      }
      if (this.spacing != null) {
        value |= this.spacing.classOf((char) c) << PAIR_SHIFT;
      }
      table[c] = value;
    }
  }

  /** What one scan found. */
  static final class Result {
    /** The bits of the steps the text triggers; {@link #ALWAYS} is set. */
    int triggers;

    /** Whether the text passes the spacing step's check (true without a spacing step). */
    boolean spacingClean;

    /**
     * The ends (exclusive) of the words the glued-word step must ask about, in increasing order:
     * runs of {@link GluedWordStep#MIN_WORD_CHARS} word characters or more that may end in a listed
     * name or phrase ({@link FoldedEndings#mayEnd}).
     */
    int[] wordEnds = new int[0];

    int wordEndCount;

    private void addWordEnd(int end) {
      if (wordEndCount == wordEnds.length) {
        wordEnds = Arrays.copyOf(wordEnds, Math.max(16, 2 * wordEnds.length));
      }
      wordEnds[wordEndCount++] = end;
    }
  }

  /** Scans {@code s[0, n)} into {@code result}. */
  void scan(char[] s, int n, Result result) {
    result.wordEndCount = 0;
    if (spacing == null && endings == null) {
      result.triggers = triggersOnly(s, n);
      result.spacingClean = true;
      return;
    }
    int[] values = table;
    int bits = ALWAYS;
    long pairs = 0;
    long words = 0;
    boolean clean = true;
    for (int from = 0; from < n; from += GROUP_CHARS) {
      int to = Math.min(n, from + GROUP_CHARS);
      for (int i = from; i < to; i++) {
        int value = values[s[i]];
        bits |= value;
        pairs = (pairs << 2) | (value >>> PAIR_SHIFT);
        words = (words << 1) | ((value >>> WORD_SHIFT) & 1);
      }
      int size = to - from;
      if (clean && spacing != null) {
        long bad = spacing.bad(pairs & EVEN_BITS, (pairs >>> 1) & EVEN_BITS);
        clean = (bad & ((1L << (2 * size)) - 1)) == 0;
      }
      // Bit j: character to - 1 - j is the first after a run of MIN_WORD_CHARS word characters.
      long ends = ~words & GluedWordStep.endsOfLongWords(words) & ((1L << size) - 1);
      while (ends != 0) {
        int j = Long.SIZE - 1 - Long.numberOfLeadingZeros(ends);
        ends &= ~(1L << j);
        int end = to - 1 - j;
        if (endings.mayEnd(s, end, runBefore(s, end, words >>> (j + 1), Long.SIZE - 1 - j))) {
          result.addWordEnd(end);
        }
      }
    }
    if (endings != null && (words & 1) != 0) {
      int chars = runBefore(s, n, words, Long.SIZE);
      if (chars >= GluedWordStep.MIN_WORD_CHARS && endings.mayEnd(s, n, chars)) {
        result.addWordEnd(n);
      }
    }
    if (spacing != null && n > 0) {
      clean &= spacing.classOf(s[0]) == 0 && spacing.classOf(s[n - 1]) == 0;
    }
    result.triggers = bits & TRIGGER_MASK;
    result.spacingClean = clean;
  }

  /**
   * The length of the run of word characters that ends before {@code end}: the run of set bits at
   * the bottom of {@code lane}, whose {@code visible} bits are known; a run as long as them is
   * measured in the text.
   */
  private static int runBefore(char[] s, int end, long lane, int visible) {
    int run = Long.numberOfTrailingZeros(~lane);
    return run < visible ? run : end - GluedWordStep.wordStart(s, end);
  }

  private int triggersOnly(char[] s, int n) {
    int[] values = table;
    int bits = ALWAYS;
    for (int i = 0; i < n; i++) {
      bits |= values[s[i]];
    }
    return bits & TRIGGER_MASK;
  }
}
