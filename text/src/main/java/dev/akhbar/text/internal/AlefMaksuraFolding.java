package dev.akhbar.text.internal;

import static dev.akhbar.text.internal.ArabicLetters.ALEF_MAKSURA;
import static dev.akhbar.text.internal.ArabicLetters.YEH;

/**
 * Folds ى U+0649 ARABIC LETTER ALEF MAKSURA to ي U+064A ARABIC LETTER YEH: Egyptian spelling writes
 * final yeh without dots (فى for في), and other outlets write على as علي.
 */
public final class AlefMaksuraFolding implements CharacterRule {

  @Override
  public int apply(int c) {
    return c == ALEF_MAKSURA ? YEH : c;
  }
}
