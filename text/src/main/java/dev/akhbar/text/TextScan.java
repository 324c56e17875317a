package dev.akhbar.text;

import dev.akhbar.text.internal.PairCheck;
import java.util.Arrays;

/**
 * One scan that answers two questions about a text: whether the spacing step ({@code whitespace})
 * has anything to do ({@link PairCheck}), and which words the glued-word step must ask its splitter
 * about. The two used to be two scans of their own.
 *
 * <p>Every BMP character has a three-bit class from one table: the low two bits are its class for
 * the spacing check, the third says whether it is a word character of the glued-word step ({@link
 * GluedWordStep#isWordCharacter}). The classes are shifted into one long, three bits per character,
 * with no branch per character; after each group of {@link #GROUP_CHARS} characters the spacing
 * rule and the ends of long words are found with a few shifts over the whole group, as {@code
 * TwoBitScan} and {@link GluedWordStep} do alone. A long word's length comes from the same bits;
 * each is then turned away by its last four characters ({@link FoldedEndings#mayEnd}) unless it may
 * end in a listed name or phrase.
 */
final class TextScan {

  /** Bits of a character's class. */
  static final int STEP = 3;

  private static final int WORD = 1 << 2;

  /** Bit 3j of every long: the low bit of the character j places before the last. */
  private static final long LANE = 0x9249_2492_4924_9249L;

  /** Characters whose three bits fit in a long, the last one's word bit excepted. */
  private static final int LONG_CHARS = Long.SIZE / STEP;

  /**
   * Characters per group: with the {@link GluedWordStep#MIN_WORD_CHARS} before them (the most
   * either rule looks back), their word bits fit in a long.
   */
  static final int GROUP_CHARS = LONG_CHARS - GluedWordStep.MIN_WORD_CHARS;

  private final byte[] classes = new byte[0x10000];
  private final PairCheck spacing;
  private final FoldedEndings endings;

  TextScan(PairCheck spacing, FoldedEndings endings) {
    this.spacing = spacing;
    this.endings = endings;
    for (int c = 0; c < classes.length; c++) {
      int value = spacing.classOf((char) c);
      if (GluedWordStep.isWordCharacter((char) c)) {
        value |= WORD;
      }
      classes[c] = (byte) value;
    }
  }

  /** What one scan found. */
  static final class Result {
    /**
     * Whether the text passes the spacing check. When it does not, the scan stops at the first
     * group that fails it, and {@link #wordEnds} are not found: the spacing step changes the text.
     */
    boolean spacingClean;

    /**
     * The ends (exclusive) of the words the glued-word step must ask about, in increasing order:
     * runs of {@link GluedWordStep#MIN_WORD_CHARS} word characters or more that may end in a listed
     * name or phrase.
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

  /** Scans {@code s[0, n)} into {@code result}; stops early when the spacing is not clean. */
  void scan(char[] s, int n, Result result) {
    result.wordEndCount = 0;
    byte[] classOf = classes;
    long lane = 0;
    result.spacingClean = false;
    if (n > 0 && (spacing.classOf(s[0]) != 0 || spacing.classOf(s[n - 1]) != 0)) {
      return;
    }
    for (int from = 0; from < n; from += GROUP_CHARS) {
      int to = Math.min(n, from + GROUP_CHARS);
      for (int i = from; i < to; i++) {
        lane = (lane << STEP) | classOf[s[i]];
      }
      long group = (1L << (STEP * (to - from))) - 1;
      if ((spacing.bad(lane & LANE, (lane >>> 1) & LANE, STEP) & group) != 0) {
        // The spacing step has work and will change the text: the words are not needed.
        result.wordEndCount = 0;
        return;
      }
      long words = (lane >>> 2) & LANE;
      // Bit 3j: character to - 1 - j is the first after a run of MIN_WORD_CHARS word characters.
      long ends = ~words & endsOfLongWords(words) & group & LANE;
      while (ends != 0) {
        int bit = Long.SIZE - 1 - Long.numberOfLeadingZeros(ends);
        ends &= ~(1L << bit);
        int j = bit / STEP;
        int end = to - 1 - j;
        int chars = runBefore(s, end, words >>> (STEP * (j + 1)), LONG_CHARS - 1 - j);
        if (endings.mayEnd(s, end, chars)) {
          result.addWordEnd(end);
        }
      }
    }
    if (n > 0 && GluedWordStep.isWordCharacter(s[n - 1])) {
      long words = (lane >>> 2) & LANE;
      int chars = runBefore(s, n, words, LONG_CHARS);
      if (chars >= GluedWordStep.MIN_WORD_CHARS && endings.mayEnd(s, n, chars)) {
        result.addWordEnd(n);
      }
    }
    result.spacingClean = true;
  }

  /**
   * Bit 3j set where the word bits of the {@link GluedWordStep#MIN_WORD_CHARS} characters before
   * character j are all set.
   */
  private static long endsOfLongWords(long words) {
    long run = words >>> STEP;
    for (int k = 2; k <= GluedWordStep.MIN_WORD_CHARS; k++) {
      run &= words >>> (STEP * k);
    }
    return run;
  }

  /**
   * The length of the run of word characters that ends before {@code end}: the run of word bits at
   * the bottom of {@code words}, whose first {@code known} characters are known; a run as long as
   * that is measured in the text.
   */
  private static int runBefore(char[] s, int end, long words, int known) {
    int run = Long.numberOfTrailingZeros(~words & LANE) / STEP;
    return run < known ? run : end - GluedWordStep.wordStart(s, end);
  }
}
