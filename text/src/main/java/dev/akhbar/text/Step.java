package dev.akhbar.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The named transformations a form is made of, in the words of the form definitions ({@code
 * forms.properties}). Each is one small class in {@code dev.akhbar.text.internal} whose Javadoc
 * lists its rules; {@code docs/text.md} has the table of what each does to each code point family.
 */
public enum Step {
  /** Unpaired UTF-16 surrogates become U+FFFD. */
  UNPAIRED_SURROGATES(false),
  /** Leftover HTML tags, comments and script/style content go; block tags become breaks. */
  HTML_MARKUP(false),
  /** HTML character references are decoded once. */
  HTML_ENTITIES(false),
  /** C0/C1 control characters other than whitespace go (NUL, ESC, DEL…). */
  CONTROL_CHARACTERS(false),
  /** Zero-width characters, bidi controls, BOM and soft hyphen go. */
  INVISIBLE_FORMATTING(false),
  /** ARABIC TATWEEL goes. */
  TATWEEL(false),
  /** Unicode NFKC (with CAMeL Tools' two ligature-word fixes). */
  NFKC(true),
  /** Whitespace runs become one space or a paragraph break; ends are trimmed. */
  WHITESPACE(true),
  /** Words glued by a missing space are split where the word lists make it certain. */
  GLUED_WORDS(true),
  /** Harakat U+064B–U+0652 and the superscript alef U+0670 go. */
  ARABIC_DIACRITICS(false),
  /** Quranic annotation marks and other Arabic combining marks go. */
  QURANIC_MARKS(false),
  /** آ أ إ ٱ ٲ ٳ become ا. */
  ALEF_VARIANTS(false),
  /** ى becomes ي. */
  ALEF_MAKSURA(false),
  /** ة (and ۃ) become ه. */
  TEH_MARBUTA(false),
  /** ؤ becomes و and ئ becomes ي. */
  HAMZA_SEATS(false),
  /** ک ڪ become ك; ی ے ۓ become ي; ہ ۂ ۀ ھ become ه. */
  PERSIAN_LETTERS(false),
  /** Eastern Arabic and Persian digits become ASCII digits. */
  DIGITS(false),
  /** The Arabic decimal and thousands separators and percent sign become . , %. */
  NUMBER_SIGNS(false),
  /** Cased letters become lower case, code point by code point. */
  LOWERCASE(false),
  /**
   * Spaces and breaks left doubled or dangling by deleted marks are removed (a mark that stood
   * alone between spaces); deletes only, so it is allowed in the match form.
   */
  SPACE_CLEANUP(false);

  private final boolean expands;

  Step(boolean expands) {
    this.expands = expands;
  }

  /** The step's name in form definitions: lower case with hyphens ({@code html-entities}). */
  public String configName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the step can make a text longer; such steps are not allowed in the match form. */
  public boolean expands() {
    return expands;
  }

  /** The step named {@code configName}; throws naming the valid names when there is none. */
  public static Step fromConfigName(String configName) {
    for (Step step : values()) {
      if (step.configName().equals(configName.trim())) {
        return step;
      }
    }
    throw new IllegalArgumentException(
        "unknown normalization step '"
            + configName
            + "'; known steps: "
            + Arrays.stream(values()).map(Step::configName).collect(Collectors.joining(", ")));
  }
}
