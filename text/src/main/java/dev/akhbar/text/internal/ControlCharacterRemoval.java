package dev.akhbar.text.internal;

/**
 * Removes C0 and C1 control characters (NUL, bell, escape, U+007F DELETE, U+0080–U+009F…) that leak
 * from broken encodings and databases. Keeps the ones that are whitespace in running text — TAB,
 * LINE FEED, LINE TABULATION, FORM FEED, CARRIAGE RETURN and NEXT LINE — for the whitespace step.
 */
public final class ControlCharacterRemoval implements CharacterRule {

  private static final int CHARACTER_TABULATION = '\t';
  private static final int LINE_FEED = '\n';
  private static final int LINE_TABULATION = '\u000B';
  private static final int FORM_FEED = '\f';
  private static final int CARRIAGE_RETURN = '\r';
  private static final int NEXT_LINE = '\u0085';

  @Override
  public int apply(int c) {
    if (Character.getType(c) != Character.CONTROL) {
      return c;
    }
    return switch (c) {
      case CHARACTER_TABULATION,
          LINE_FEED,
          LINE_TABULATION,
          FORM_FEED,
          CARRIAGE_RETURN,
          NEXT_LINE ->
          c;
      default -> DELETE;
    };
  }
}
