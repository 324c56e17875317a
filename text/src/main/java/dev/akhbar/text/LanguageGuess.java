package dev.akhbar.text;

/**
 * What language a text is in.
 *
 * @param language ISO 639-1 code — {@code ar}, {@code fa}, {@code ur}, {@code en}, {@code fr} — or
 *     {@code und} when it cannot be told (no letters, another script, a Latin-script language other
 *     than English and French). Arabic written in Latin letters (Arabizi: 3arabi, 7abibi, ma3a) is
 *     {@code ar} with script {@code Latn}: see {@link #arabizi()}.
 * @param arabicShare the share of Arabic-script letters (Persian and Urdu letters included) among
 *     all letters of the sample, in [0, 1]; 0 when there are no letters
 * @param script ISO 15924 code of the script most letters are in: {@code Arab}, {@code Latn}, or
 *     {@code Zzzz} for any other or none
 */
public record LanguageGuess(String language, double arabicShare, String script) {

  public static final String UNDETERMINED = "und";
  public static final String ARABIC_SCRIPT = "Arab";
  public static final String LATIN_SCRIPT = "Latn";
  public static final String OTHER_SCRIPT = "Zzzz";

  /** A guess whose script follows from the language (Arabic, Persian, Urdu: Arab; others: Latn). */
  public LanguageGuess(String language, double arabicShare) {
    this(language, arabicShare, scriptOf(language));
  }

  /** Whether the text is Arabic, in either script. */
  public boolean isArabic() {
    return "ar".equals(language);
  }

  /** Whether the text is Arabic written in Latin letters and digits. */
  public boolean arabizi() {
    return isArabic() && LATIN_SCRIPT.equals(script);
  }

  private static String scriptOf(String language) {
    return switch (language) {
      case "ar", "fa", "ur" -> ARABIC_SCRIPT;
      case "en", "fr" -> LATIN_SCRIPT;
      default -> OTHER_SCRIPT;
    };
  }
}
