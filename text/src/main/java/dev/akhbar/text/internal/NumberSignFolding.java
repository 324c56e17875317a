package dev.akhbar.text.internal;

import static dev.akhbar.text.internal.ArabicLetters.ARABIC_DECIMAL_SEPARATOR;
import static dev.akhbar.text.internal.ArabicLetters.ARABIC_PERCENT_SIGN;
import static dev.akhbar.text.internal.ArabicLetters.ARABIC_THOUSANDS_SEPARATOR;

/**
 * Folds the signs that belong to Eastern Arabic numbers, once their digits are ASCII: ٫ U+066B
 * ARABIC DECIMAL SEPARATOR to '.', ٬ U+066C ARABIC THOUSANDS SEPARATOR to ',', ٪ U+066A ARABIC
 * PERCENT SIGN to '%'; so that ٣٫٥٪ and 3.5% match. The Arabic comma, semicolon and question mark
 * stay Arabic.
 */
public final class NumberSignFolding implements CharacterRule {

  @Override
  public int apply(int c) {
    return switch (c) {
      case ARABIC_DECIMAL_SEPARATOR -> '.';
      case ARABIC_THOUSANDS_SEPARATOR -> ',';
      case ARABIC_PERCENT_SIGN -> '%';
      default -> c;
    };
  }
}
