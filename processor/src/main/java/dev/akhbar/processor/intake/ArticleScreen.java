package dev.akhbar.processor.intake;

import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.common.record.RejectReason;
import dev.akhbar.common.record.Rejected;
import dev.akhbar.text.LanguageGuess;
import dev.akhbar.text.LanguageIdentifier;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides which articles are set aside before dedup, in this order:
 *
 * <ol>
 *   <li>a body whose match form has fewer than {@code minBodyLetters} letters is {@code too_short}
 *       (an empty or broken page; such bodies would otherwise all be "copies" of one another);
 *   <li>an article that is not Arabic is {@code not_arabic} when the policy is {@link
 *       NonArabicPolicy#REJECT}, and passes with its language otherwise.
 * </ol>
 *
 * Letters are Unicode letters counted by code point, never bytes: Arabic takes two bytes a letter
 * in UTF-8, Latin one.
 */
public final class ArticleScreen {

  /**
   * Default minimum letters in a body: about 30 Arabic words, a short wire brief. Error pages,
   * cookie notices and "page not found" bodies fall below it.
   */
  public static final int DEFAULT_MIN_BODY_LETTERS = 150;

  /**
   * How much of an article language identification reads, in UTF-16 chars: the title and the start
   * of the body. A few hundred words settle the language; reading all of a long body only costs.
   */
  public static final int LANGUAGE_SAMPLE_CHARS = 2_000;

  /** The language code the text module gives Arabic. */
  public static final String ARABIC = "ar";

  private final int minBodyLetters;
  private final NonArabicPolicy nonArabic;
  private final LanguageIdentifier languages;

  public ArticleScreen(
      int minBodyLetters, NonArabicPolicy nonArabic, LanguageIdentifier languages) {
    if (minBodyLetters < 0) {
      throw new IllegalArgumentException(
          "minBodyLetters must not be negative, got " + minBodyLetters);
    }
    this.minBodyLetters = minBodyLetters;
    this.nonArabic = java.util.Objects.requireNonNull(nonArabic, "nonArabic");
    this.languages = java.util.Objects.requireNonNull(languages, "languages");
  }

  /**
   * The language of an article, from the first {@value #LANGUAGE_SAMPLE_CHARS} of its display
   * forms.
   */
  public LanguageGuess language(NormalizedText forms) {
    String body = forms.bodyDisplay();
    String sample =
        forms.titleDisplay()
            + "\n\n"
            + body.substring(0, Math.min(body.length(), LANGUAGE_SAMPLE_CHARS));
    return languages.identify(sample);
  }

  /** Why {@code raw} is set aside, or empty when it goes on to dedup. */
  public Optional<Rejected> screen(
      RawArticle raw, NormalizedText forms, LanguageGuess language, Instant now) {
    int letters = letters(forms.bodyMatch(), minBodyLetters);
    if (letters < minBodyLetters) {
      return Optional.of(
          rejected(
              raw,
              RejectReason.TOO_SHORT,
              "body has " + letters + " letters, the minimum is " + minBodyLetters,
              language,
              now));
    }
    if (nonArabic == NonArabicPolicy.REJECT && !ARABIC.equals(language.language())) {
      return Optional.of(
          rejected(
              raw,
              RejectReason.NOT_ARABIC,
              "language is "
                  + language.language()
                  + " (Arabic letters "
                  + Math.round(language.arabicShare() * 100)
                  + "%)",
              language,
              now));
    }
    return Optional.empty();
  }

  /** The number of letters in {@code text}, by code point. */
  public static int letters(CharSequence text) {
    return letters(text, Integer.MAX_VALUE);
  }

  /** The letters of {@code text}, counted up to {@code enough}: the screen needs no more. */
  static int letters(CharSequence text, int enough) {
    int count = 0;
    for (int i = 0; i < text.length() && count < enough; ) {
      int cp = Character.codePointAt(text, i);
      if (Character.isLetter(cp)) {
        count++;
      }
      i += Character.charCount(cp);
    }
    return count;
  }

  private static Rejected rejected(
      RawArticle raw, RejectReason reason, String detail, LanguageGuess language, Instant now) {
    return new Rejected(
        raw.articleId(),
        reason,
        detail,
        raw.url(),
        raw.sourceId(),
        raw.title(),
        language.language(),
        raw.publishedAt(),
        raw.fetchedAt(),
        now);
  }
}
