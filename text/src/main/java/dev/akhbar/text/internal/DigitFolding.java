package dev.akhbar.text.internal;

import static dev.akhbar.text.internal.ArabicLetters.ARABIC_INDIC_DIGIT_NINE;
import static dev.akhbar.text.internal.ArabicLetters.ARABIC_INDIC_DIGIT_ZERO;
import static dev.akhbar.text.internal.ArabicLetters.EXTENDED_ARABIC_INDIC_DIGIT_NINE;
import static dev.akhbar.text.internal.ArabicLetters.EXTENDED_ARABIC_INDIC_DIGIT_ZERO;

/**
 * Folds Eastern Arabic digits ٠–٩ (U+0660–U+0669) and Persian/Urdu digits ۰–۹ (U+06F0–U+06F9) to
 * the ASCII digits 0–9. Fullwidth and mathematical digits are already ASCII after NFKC.
 */
public final class DigitFolding implements CharacterRule {

  @Override
  public int apply(int c) {
    if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_NINE) {
      return '0' + (c - ARABIC_INDIC_DIGIT_ZERO);
    }
    if (c >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO && c <= EXTENDED_ARABIC_INDIC_DIGIT_NINE) {
      return '0' + (c - EXTENDED_ARABIC_INDIC_DIGIT_ZERO);
    }
    return c;
  }
}
