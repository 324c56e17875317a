package dev.akhbar.text.internal;

import static dev.akhbar.text.internal.ArabicLetters.HEH;
import static dev.akhbar.text.internal.ArabicLetters.TEH_MARBUTA;
import static dev.akhbar.text.internal.ArabicLetters.TEH_MARBUTA_GOAL;

/**
 * Folds ة U+0629 ARABIC LETTER TEH MARBUTA, and its Urdu form ۃ U+06C3 TEH MARBUTA GOAL, to ه
 * U+0647 ARABIC LETTER HEH: the two are written interchangeably at the end of a word (مدينه,
 * مدينة).
 */
public final class TehMarbutaFolding implements CharacterRule {

  @Override
  public int apply(int c) {
    return c == TEH_MARBUTA || c == TEH_MARBUTA_GOAL ? HEH : c;
  }
}
