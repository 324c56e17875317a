package dev.akhbar.ingest.extract;

import java.util.Locale;

/**
 * The fold that date patterns are matched on, in one cheap pass: Eastern Arabic and Persian digits
 * to ASCII; alef with madda, hamza above or below and alef wasla to bare alef; alef maksura to yeh;
 * teh marbuta to heh; Arabic diacritics, tatweel and bidi marks removed; no-break space to space;
 * Latin lower case. The text module's match form does the same and much more (NFKC, glued words),
 * which a date needs not pay for.
 */
final class DateText {

  private static final char ALEF = '\u0627';
  private static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
  private static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char YEH = '\u064A';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH = '\u0647';
  private static final char TATWEEL = '\u0640';
  private static final char FATHATAN = '\u064B';
  private static final char SUKUN = '\u0652';
  private static final char SUPERSCRIPT_ALEF = '\u0670';
  private static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  private static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
  private static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
  private static final char EXTENDED_ARABIC_INDIC_DIGIT_NINE = '\u06F9';
  private static final char NO_BREAK_SPACE = '\u00A0';
  private static final char ARABIC_LETTER_MARK = '\u061C';
  private static final char LEFT_TO_RIGHT_MARK = '\u200E';
  private static final char RIGHT_TO_LEFT_MARK = '\u200F';

  private DateText() {}

  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case ALEF_WITH_MADDA_ABOVE, ALEF_WITH_HAMZA_ABOVE, ALEF_WITH_HAMZA_BELOW, ALEF_WASLA ->
            out.append(ALEF);
        case ALEF_MAKSURA -> out.append(YEH);
        case TEH_MARBUTA -> out.append(HEH);
        case TATWEEL,
            SUPERSCRIPT_ALEF,
            ARABIC_LETTER_MARK,
            LEFT_TO_RIGHT_MARK,
            RIGHT_TO_LEFT_MARK -> {
          // dropped
        }
        case NO_BREAK_SPACE -> out.append(' ');
        default -> {
          if (c >= FATHATAN && c <= SUKUN) {
            continue;
          }
          if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_NINE) {
            out.append((char) ('0' + (c - ARABIC_INDIC_DIGIT_ZERO)));
          } else if (c >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO
              && c <= EXTENDED_ARABIC_INDIC_DIGIT_NINE) {
            out.append((char) ('0' + (c - EXTENDED_ARABIC_INDIC_DIGIT_ZERO)));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code text} holds a digit of any script: a date cannot be without one. */
  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
