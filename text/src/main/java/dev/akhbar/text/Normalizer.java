package dev.akhbar.text;

import java.text.Normalizer.Form;

/**
 * Turns a text into its display form and its match form (see DESIGN.md, "two forms of every text").
 * Thread-safe.
 *
 * <p>Display form: Unicode NFKC; zero-width, bidi controls and tatweel removed; whitespace unified
 * with paragraph breaks kept. Match form: the display form with diacritics removed, alef variants
 * to bare alef, alef maksura to yeh, teh marbuta to heh, and Eastern Arabic digits to ASCII.
 */
public final class Normalizer {

  private static final char TATWEEL = '\u0640';
  private static final char ALEF = '\u0627';
  private static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
  private static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char YEH = '\u064A';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH = '\u0647';
  private static final char FATHATAN = '\u064B';
  private static final char SUKUN = '\u0652';
  private static final char SUPERSCRIPT_ALEF = '\u0670';
  private static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  private static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
  private static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
  private static final char EXTENDED_ARABIC_INDIC_DIGIT_NINE = '\u06F9';

  private static final Normalizer DEFAULTS = new Normalizer();

  private Normalizer() {}

  public static Normalizer defaults() {
    return DEFAULTS;
  }

  /** Both forms of {@code text}. */
  public Normalized normalize(CharSequence text) {
    String display = display(text);
    return new Normalized(display, match(display));
  }

  /** The display form of {@code text}. */
  public String display(CharSequence text) {
    String nfkc = java.text.Normalizer.normalize(text, Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    int newlines = 0;
    boolean space = false;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (c == TATWEEL || isInvisibleControl(c)) {
        continue;
      }
      if (c == '\n') {
        newlines++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (out.length() > 0) {
        if (newlines >= 2) {
          out.append("\n\n");
        } else if (newlines == 1 || space) {
          out.append(' ');
        }
      }
      newlines = 0;
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /** The match form of an already display-form {@code display}. */
  public String match(CharSequence display) {
    StringBuilder out = new StringBuilder(display.length());
    for (int i = 0; i < display.length(); i++) {
      char c = display.charAt(i);
      if ((c >= FATHATAN && c <= SUKUN) || c == SUPERSCRIPT_ALEF) {
        continue;
      }
      switch (c) {
        case ALEF_WITH_MADDA_ABOVE, ALEF_WITH_HAMZA_ABOVE, ALEF_WITH_HAMZA_BELOW, ALEF_WASLA ->
            out.append(ALEF);
        case ALEF_MAKSURA -> out.append(YEH);
        case TEH_MARBUTA -> out.append(HEH);
        default -> {
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
    return out.toString();
  }

  private static boolean isInvisibleControl(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF'
        || c == '\u0000';
  }
}
