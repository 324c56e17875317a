package dev.akhbar.text.internal;

/**
 * Removes the other Arabic combining marks, found in Quranic quotations and in text typed with
 * uncomposed hamza:
 *
 * <ul>
 *   <li>U+0610–U+061A: honorific signs (ARABIC SIGN SALLALLAHOU ALAYHE WASSALLAM…) and small high
 *       letters;
 *   <li>U+0653 ARABIC MADDAH ABOVE, U+0654 ARABIC HAMZA ABOVE, U+0655 ARABIC HAMZA BELOW when NFKC
 *       found no letter to compose them with, and U+0656–U+065F (subscript alef, inverted damma…);
 *   <li>U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED: Quranic annotation marks, and
 *       the small letters U+06E5 ARABIC SMALL WAW and U+06E6 ARABIC SMALL YEH;
 *   <li>U+08D3–U+08E1 and U+08E3–U+08FF: the marks of the Arabic Extended-A block.
 * </ul>
 *
 * <p>The visible Quranic signs stay: U+06DD ARABIC END OF AYAH, U+06DE ARABIC START OF RUB EL HIZB,
 * U+06E9 ARABIC PLACE OF SAJDAH.
 */
public final class QuranicMarkRemoval implements CharacterRule {

  private static final int SIGN_SALLALLAHOU_ALAYHE_WASSALLAM = 0x0610;
  private static final int SMALL_KASRA = 0x061A;
  private static final int MADDAH_ABOVE = 0x0653;
  private static final int WAVY_HAMZA_BELOW = 0x065F;
  private static final int SMALL_HIGH_LIGATURE_SAD_WITH_LAM_WITH_ALEF_MAKSURA = 0x06D6;
  private static final int SMALL_HIGH_NOON = 0x06DC;
  private static final int SMALL_HIGH_ROUNDED_ZERO = 0x06DF;
  private static final int SMALL_HIGH_MADDA = 0x06E4;
  private static final int SMALL_WAW = 0x06E5;
  private static final int SMALL_YEH = 0x06E6;
  private static final int SMALL_HIGH_YEH = 0x06E7;
  private static final int SMALL_HIGH_NOON_ABOVE = 0x06E8;
  private static final int EMPTY_CENTRE_LOW_STOP = 0x06EA;
  private static final int SMALL_LOW_MEEM = 0x06ED;
  private static final int SMALL_LOW_WAW = 0x08D3;
  private static final int MARK_SIDEWAYS_NOON_GHUNNA = 0x08E1;
  private static final int TURNED_DAMMA_BELOW = 0x08E3;
  private static final int DAMMA_WITH_DOT = 0x08FF;

  @Override
  public int apply(int c) {
    boolean mark =
        (c >= SIGN_SALLALLAHOU_ALAYHE_WASSALLAM && c <= SMALL_KASRA)
            || (c >= MADDAH_ABOVE && c <= WAVY_HAMZA_BELOW)
            || (c >= SMALL_HIGH_LIGATURE_SAD_WITH_LAM_WITH_ALEF_MAKSURA && c <= SMALL_HIGH_NOON)
            || (c >= SMALL_HIGH_ROUNDED_ZERO && c <= SMALL_HIGH_MADDA)
            || c == SMALL_WAW
            || c == SMALL_YEH
            || c == SMALL_HIGH_YEH
            || c == SMALL_HIGH_NOON_ABOVE
            || (c >= EMPTY_CENTRE_LOW_STOP && c <= SMALL_LOW_MEEM)
            || (c >= SMALL_LOW_WAW && c <= MARK_SIDEWAYS_NOON_GHUNNA)
            || (c >= TURNED_DAMMA_BELOW && c <= DAMMA_WITH_DOT);
    return mark ? DELETE : c;
  }
}
