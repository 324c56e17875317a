package dev.akhbar.text.internal;

import static dev.akhbar.text.internal.ArabicLetters.FARSI_YEH;
import static dev.akhbar.text.internal.ArabicLetters.HEH;
import static dev.akhbar.text.internal.ArabicLetters.HEH_DOACHASHMEE;
import static dev.akhbar.text.internal.ArabicLetters.HEH_GOAL;
import static dev.akhbar.text.internal.ArabicLetters.HEH_GOAL_WITH_HAMZA_ABOVE;
import static dev.akhbar.text.internal.ArabicLetters.HEH_WITH_YEH_ABOVE;
import static dev.akhbar.text.internal.ArabicLetters.KAF;
import static dev.akhbar.text.internal.ArabicLetters.KEHEH;
import static dev.akhbar.text.internal.ArabicLetters.SWASH_KAF;
import static dev.akhbar.text.internal.ArabicLetters.YEH;
import static dev.akhbar.text.internal.ArabicLetters.YEH_BARREE;
import static dev.akhbar.text.internal.ArabicLetters.YEH_BARREE_WITH_HAMZA_ABOVE;

/**
 * Folds the Persian and Urdu letters that have an Arabic twin, which Arabic text typed on a Persian
 * keyboard or taken from Urdu sources carries:
 *
 * <ul>
 *   <li>ک U+06A9 KEHEH and ڪ U+06AA SWASH KAF to ك U+0643 KAF;
 *   <li>ی U+06CC FARSI YEH, ے U+06D2 YEH BARREE and ۓ U+06D3 YEH BARREE WITH HAMZA ABOVE to ي
 *       U+064A YEH;
 *   <li>ہ U+06C1 HEH GOAL, ۂ U+06C2 HEH GOAL WITH HAMZA ABOVE, ۀ U+06C0 HEH WITH YEH ABOVE and ھ
 *       U+06BE HEH DOACHASHMEE (which some Arabic sites use for every heh) to ه U+0647 HEH.
 * </ul>
 *
 * <p>Letters with no Arabic twin (پ چ ژ گ ٹ ڈ ڑ ں) stay: folding them would merge distinct words.
 */
public final class PersianLetterFolding implements CharacterRule {

  @Override
  public int apply(int c) {
    return switch (c) {
      case KEHEH, SWASH_KAF -> KAF;
      case FARSI_YEH, YEH_BARREE, YEH_BARREE_WITH_HAMZA_ABOVE -> YEH;
      case HEH_GOAL, HEH_GOAL_WITH_HAMZA_ABOVE, HEH_WITH_YEH_ABOVE, HEH_DOACHASHMEE -> HEH;
      default -> c;
    };
  }
}
