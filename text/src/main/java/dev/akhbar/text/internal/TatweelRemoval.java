package dev.akhbar.text.internal;

import static dev.akhbar.text.internal.ArabicLetters.TATWEEL;

/**
 * Removes U+0640 ARABIC TATWEEL, the stretching stroke of justified text (بنـــغازي is بنغازي).
 * Runs again after NFKC because the medial presentation forms of the harakat (U+FE71, U+FE77…)
 * decompose into tatweel plus a mark.
 */
public final class TatweelRemoval implements CharacterRule {

  @Override
  public int apply(int c) {
    return c == TATWEEL ? DELETE : c;
  }
}
