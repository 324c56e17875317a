package dev.akhbar.text.internal;

import static dev.akhbar.text.internal.ArabicLetters.WAW;
import static dev.akhbar.text.internal.ArabicLetters.WAW_WITH_HAMZA_ABOVE;
import static dev.akhbar.text.internal.ArabicLetters.YEH;
import static dev.akhbar.text.internal.ArabicLetters.YEH_WITH_HAMZA_ABOVE;

/**
 * Folds a hamza on a waw or yeh seat to the bare seat: ؤ U+0624 to و, ئ U+0626 to ي. Writers who
 * drop the hamza write the seat alone (موتمر for مؤتمر), as they write ا for أ. Neither Lucene nor
 * CAMeL Tools does this; it is in the match form because news text drops the hamza this way. U+0621
 * ARABIC LETTER HAMZA on the line stays: removing it would change words (سماء, سما).
 */
public final class HamzaSeatFolding implements CharacterRule {

  @Override
  public int apply(int c) {
    return switch (c) {
      case WAW_WITH_HAMZA_ABOVE -> WAW;
      case YEH_WITH_HAMZA_ABOVE -> YEH;
      default -> c;
    };
  }
}
