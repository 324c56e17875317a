package dev.akhbar.text.internal;

import static dev.akhbar.text.internal.ArabicLetters.ALEF;
import static dev.akhbar.text.internal.ArabicLetters.ALEF_WASLA;
import static dev.akhbar.text.internal.ArabicLetters.ALEF_WITH_HAMZA_ABOVE;
import static dev.akhbar.text.internal.ArabicLetters.ALEF_WITH_HAMZA_BELOW;
import static dev.akhbar.text.internal.ArabicLetters.ALEF_WITH_MADDA_ABOVE;
import static dev.akhbar.text.internal.ArabicLetters.ALEF_WITH_WAVY_HAMZA_ABOVE;
import static dev.akhbar.text.internal.ArabicLetters.ALEF_WITH_WAVY_HAMZA_BELOW;

/**
 * Folds the alef variants to U+0627 ARABIC LETTER ALEF: آ U+0622 WITH MADDA ABOVE, أ U+0623 WITH
 * HAMZA ABOVE, إ U+0625 WITH HAMZA BELOW, ٱ U+0671 ALEF WASLA, and the rare ٲ U+0672 and ٳ U+0673
 * (wavy hamza). Writers drop the hamza freely (اكد for أكد), so matching must too.
 */
public final class AlefVariantFolding implements CharacterRule {

  @Override
  public int apply(int c) {
    return switch (c) {
      case ALEF_WITH_MADDA_ABOVE,
          ALEF_WITH_HAMZA_ABOVE,
          ALEF_WITH_HAMZA_BELOW,
          ALEF_WASLA,
          ALEF_WITH_WAVY_HAMZA_ABOVE,
          ALEF_WITH_WAVY_HAMZA_BELOW ->
          ALEF;
      default -> c;
    };
  }
}
