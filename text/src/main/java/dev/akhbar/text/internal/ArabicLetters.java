package dev.akhbar.text.internal;

/** Code points of the Arabic script that the rules name, each after its Unicode character name. */
public final class ArabicLetters {

  // Letters of the Arabic block.
  public static final char HAMZA = '\u0621';
  public static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
  public static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
  public static final char WAW_WITH_HAMZA_ABOVE = '\u0624';
  public static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
  public static final char YEH_WITH_HAMZA_ABOVE = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char BEH = '\u0628';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char FEH = '\u0641';
  public static final char KAF = '\u0643';
  public static final char LAM = '\u0644';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char TATWEEL = '\u0640';

  // Harakat and the dagger alef: the diacritics of ordinary vowelled text.
  public static final char FATHATAN = '\u064B';
  public static final char DAMMATAN = '\u064C';
  public static final char KASRATAN = '\u064D';
  public static final char FATHA = '\u064E';
  public static final char DAMMA = '\u064F';
  public static final char KASRA = '\u0650';
  public static final char SHADDA = '\u0651';
  public static final char SUKUN = '\u0652';
  public static final char SUPERSCRIPT_ALEF = '\u0670';

  // Combining hamza and madda: NFKC composes them with a preceding alef, waw or yeh.
  public static final char MADDAH_ABOVE = '\u0653';
  public static final char HAMZA_ABOVE = '\u0654';
  public static final char HAMZA_BELOW = '\u0655';

  // Alef forms of the extended letters.
  public static final char ALEF_WASLA = '\u0671';
  public static final char ALEF_WITH_WAVY_HAMZA_ABOVE = '\u0672';
  public static final char ALEF_WITH_WAVY_HAMZA_BELOW = '\u0673';

  // Persian and Urdu letters with an Arabic twin.
  public static final char SWASH_KAF = '\u06AA';
  public static final char KEHEH = '\u06A9';
  public static final char HEH_DOACHASHMEE = '\u06BE';
  public static final char HEH_WITH_YEH_ABOVE = '\u06C0';
  public static final char HEH_GOAL = '\u06C1';
  public static final char HEH_GOAL_WITH_HAMZA_ABOVE = '\u06C2';
  public static final char TEH_MARBUTA_GOAL = '\u06C3';
  public static final char FARSI_YEH = '\u06CC';
  public static final char YEH_BARREE = '\u06D2';
  public static final char YEH_BARREE_WITH_HAMZA_ABOVE = '\u06D3';

  // Persian and Urdu letters with no Arabic twin: evidence for language identification.
  public static final char PEH = '\u067E';
  public static final char TCHEH = '\u0686';
  public static final char JEH = '\u0698';
  public static final char GAF = '\u06AF';
  public static final char TTEH = '\u0679';
  public static final char DDAL = '\u0688';
  public static final char RREH = '\u0691';
  public static final char NOON_GHUNNA = '\u06BA';

  // Punctuation and number signs.
  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  public static final char ARABIC_PERCENT_SIGN = '\u066A';
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  public static final char ARABIC_FULL_STOP = '\u06D4';

  // Digits.
  public static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  public static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
  public static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
  public static final char EXTENDED_ARABIC_INDIC_DIGIT_NINE = '\u06F9';

  private ArabicLetters() {}

  /**
   * Whether {@code c} is a letter of the Arabic script (Arabic blocks, presentation forms aside).
   */
  public static boolean isArabicLetter(int c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
  }
}
