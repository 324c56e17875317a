package dev.akhbar.text.internal;

import static dev.akhbar.text.internal.ArabicLetters.FATHATAN;
import static dev.akhbar.text.internal.ArabicLetters.SUKUN;
import static dev.akhbar.text.internal.ArabicLetters.SUPERSCRIPT_ALEF;

/**
 * Removes the diacritics of ordinary vowelled Arabic: the harakat U+064B ARABIC FATHATAN to U+0652
 * ARABIC SUKUN (tanween, short vowels, shadda, sukun) and U+0670 ARABIC LETTER SUPERSCRIPT ALEF
 * (the dagger alef of هٰذا). The same set as CAMeL Tools' {@code dediac_ar}; Lucene's
 * ArabicNormalizer keeps the dagger alef.
 */
public final class ArabicDiacriticRemoval implements CharacterRule {

  @Override
  public int apply(int c) {
    return (c >= FATHATAN && c <= SUKUN) || c == SUPERSCRIPT_ALEF ? DELETE : c;
  }
}
