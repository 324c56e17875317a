package dev.akhbar.text;

/** Tells the language of a text from its letters. Thread-safe. */
public final class LanguageIdentifier {

  /** Below this share of Arabic-script letters a text is not Arabic. */
  public static final double MIN_ARABIC_SHARE = 0.5;

  private static final LanguageIdentifier DEFAULTS = new LanguageIdentifier();

  private LanguageIdentifier() {}

  public static LanguageIdentifier defaults() {
    return DEFAULTS;
  }

  public LanguageGuess identify(CharSequence text) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
          arabic++;
        }
      }
    }
    if (letters == 0) {
      return new LanguageGuess(LanguageGuess.UNDETERMINED, 0);
    }
    double share = (double) arabic / letters;
    return new LanguageGuess(share >= MIN_ARABIC_SHARE ? "ar" : "en", share);
  }
}
