package dev.akhbar.processor.tag;

/**
 * The proclitics written glued to an Arabic word: the conjunctions و and ف, the prepositions ب, ك
 * and ل, and their pairs (وب، ول، فب …). A word is tried whole first; a peeled reading is only a
 * candidate, kept when what remains is a known phrase (so بنغازي is never ب + نغازي unless نغازي
 * were a known name, and it is not). After ل the article loses its alef (ل + القاهرة = للقاهرة), so
 * a stem starting with ل is also tried with the alef restored.
 */
final class Clitics {

  /** A peeled stem must keep at least this many chars, so that short words are not shredded. */
  static final int MIN_STEM_CHARS = 3;

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char KAF = '\u0643';
  private static final char LAM = '\u0644';
  static final char ALEF = '\u0627';

  private Clitics() {}

  static boolean isConjunction(char c) {
    return c == WAW || c == FEH;
  }

  static boolean isPreposition(char c) {
    return c == BEH || c == KAF || c == LAM;
  }

  /**
   * How many proclitic chars the word in {@code chars[start, end)} may shed: a bitmask where bit k
   * set means "the first k chars may be peeled" (k = 1 or 2), as long as {@value #MIN_STEM_CHARS}
   * chars remain.
   */
  static int peelable(char[] chars, int start, int end) {
    int mask = 0;
    int length = end - start;
    if (length - 1 < MIN_STEM_CHARS) {
      return 0;
    }
    char first = chars[start];
    if (isConjunction(first) || isPreposition(first)) {
      mask |= 1 << 1;
    }
    if (isConjunction(first) && length - 2 >= MIN_STEM_CHARS && isPreposition(chars[start + 1])) {
      mask |= 1 << 2;
    }
    return mask;
  }

  /** True when a stem after peeling {@code skip} chars may be read with the article's alef back. */
  static boolean restoresAlef(char[] chars, int start, int skip) {
    return chars[start + skip - 1] == LAM && chars[start + skip] == LAM;
  }
}
