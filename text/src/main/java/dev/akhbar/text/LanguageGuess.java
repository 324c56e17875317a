package dev.akhbar.text;

/**
 * What language a text is in.
 *
 * @param language ISO 639-1 code ({@code ar}, {@code en}, {@code fr}, {@code fa}, {@code ur}), or
 *     {@code und} when it cannot be told
 * @param arabicShare the share of Arabic-script letters among all letters, in [0, 1]
 */
public record LanguageGuess(String language, double arabicShare) {
  public static final String UNDETERMINED = "und";
}
