package dev.akhbar.processor.tag;

import dev.akhbar.text.Normalizer;

/**
 * The match form of one UTF-16 unit, as the text module's {@link Normalizer} makes it, remembered
 * in a table. Tagging projects text char by char so that every match-form char knows the source
 * chars it came from: this is what maps an entity found on the match form back to offsets in the
 * text as given (the display form of an article, or the raw stdin of {@code akhbar tag}). The rules
 * stay in the normalizer; this class only asks it, once per distinct char.
 *
 * <p>A char is normalized between two digits so that display-form whitespace rules (leading and
 * trailing space dropped) cannot erase it: a space comes out as one space, a control char as
 * nothing, a lam-alef ligature as two letters. Thread-safe: racing threads compute and store the
 * same value.
 */
final class MatchProjection {

  private static final String[] TABLE = new String[Character.MAX_VALUE + 1];

  /**
   * Per char: 0 not yet known, 1 + the char it becomes when that is exactly one char (the usual
   * case), or {@link #SEVERAL} when it becomes nothing or several chars (then ask {@link #of}).
   */
  private static final int[] SINGLE = new int[Character.MAX_VALUE + 1];

  static final int SEVERAL = -1;
  private static final char GUARD = '0';

  private MatchProjection() {}

  /**
   * What {@code c} becomes in the match form: usually itself, sometimes nothing or several chars.
   */
  static String of(char c) {
    String known = TABLE[c];
    if (known == null) {
      known = compute(c);
      TABLE[c] = known;
    }
    return known;
  }

  /** The one char {@code c} becomes, or {@link #SEVERAL} when it becomes nothing or several. */
  static int single(char c) {
    int known = SINGLE[c];
    if (known == 0) {
      String projected = of(c);
      known = projected.length() == 1 ? 1 + projected.charAt(0) : SEVERAL;
      SINGLE[c] = known;
    }
    return known == SEVERAL ? SEVERAL : known - 1;
  }

  private static String compute(char c) {
    if (Character.isSurrogate(c)) {
      return String.valueOf(c);
    }
    Normalizer normalizer = Normalizer.defaults();
    String guarded = normalizer.match(normalizer.display(GUARD + String.valueOf(c) + GUARD));
    if (guarded.length() < 2
        || guarded.charAt(0) != GUARD
        || guarded.charAt(guarded.length() - 1) != GUARD) {
      return String.valueOf(c);
    }
    return guarded.substring(1, guarded.length() - 1).intern();
  }
}
