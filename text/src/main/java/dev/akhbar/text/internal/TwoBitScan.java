package dev.akhbar.text.internal;

/**
 * A check over neighbouring characters with no branch per character: each character's two-bit class
 * (from a table over the BMP) is shifted into a long, and after each group of {@link #GROUP_CHARS}
 * a rule finds, with a few shifts over the whole group at once, any character that may not stand
 * where it stands. The two spacing steps decide this way that a text needs no work.
 */
final class TwoBitScan {

  /** Which characters of a group break the rule. */
  @FunctionalInterface
  interface Rule {
    /**
     * The bad characters, bit {@code step * j} set for the character j places before the last of
     * the group; {@code low} and {@code high} hold the low and high bit of each class at those same
     * places, and no other bits. The group's two predecessors sit above it, so a rule may look two
     * characters back ({@code >>> step}, {@code >>> 2 * step}). The result may only have bits where
     * {@code low} and {@code high} may.
     */
    long bad(long low, long high, int step);
  }

  static final long EVEN_BITS = 0x5555_5555_5555_5555L;

  /** Characters of a group: two bits each, with room for the two before the group. */
  static final int GROUP_CHARS = Long.SIZE / 2 - 2;

  private TwoBitScan() {}

  /** Whether no character of {@code s[0, n)} breaks {@code rule}. */
  static boolean passes(char[] s, int n, byte[] classOf, Rule rule) {
    long classes = 0;
    for (int from = 0; from < n; from += GROUP_CHARS) {
      int to = Math.min(n, from + GROUP_CHARS);
      for (int i = from; i < to; i++) {
        classes = (classes << 2) | classOf[s[i]];
      }
      long bad = rule.bad(classes & EVEN_BITS, (classes >>> 1) & EVEN_BITS, 2);
      if ((bad & ((1L << (2 * (to - from))) - 1)) != 0) {
        return false;
      }
    }
    return true;
  }
}
