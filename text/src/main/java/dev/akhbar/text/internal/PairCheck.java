package dev.akhbar.text.internal;

/**
 * A spacing step's proof that a text needs no work from it: every character has a two-bit class (0
 * for the characters the step leaves alone wherever they stand), a text is clean when it neither
 * starts nor ends with a character of a non-zero class and no character breaks the rule. The step
 * checks it in its own {@code TwoBitScan}; a form chain may instead fold the classes and the rule
 * into the one scan it makes of a text anyway (see {@link TextStep#pairCheck()}).
 */
public final class PairCheck {

  private final byte[] classOf;
  private final TwoBitScan.Rule rule;

  PairCheck(byte[] classOf, TwoBitScan.Rule rule) {
    this.classOf = classOf;
    this.rule = rule;
  }

  /** The two-bit class of {@code c}: 0 to 3. */
  public int classOf(char c) {
    return classOf[c];
  }

  /**
   * The characters that break the rule, as in {@code TwoBitScan.Rule.bad}: {@code low} and {@code
   * high} hold the low and high bit of each class at every {@code step}-th place, the last
   * character at place 0; bit {@code step * j} set for a bad character j places before the last.
   * Looks two characters back at most.
   */
  public long bad(long low, long high, int step) {
    return rule.bad(low, high, step);
  }

  /** Whether {@code s[0, n)} is clean, in one {@code TwoBitScan} of its own. */
  public boolean passes(char[] s, int n) {
    if (n == 0) {
      return true;
    }
    if (classOf[s[0]] != 0 || classOf[s[n - 1]] != 0) {
      return false;
    }
    return TwoBitScan.passes(s, n, classOf, rule);
  }
}
