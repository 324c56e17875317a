package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The named limits and what goes over them; hostile input never throws. */
class LimitsTest {

  @Test
  void inputOfExactlyTheLimitIsNormalizedWhole() {
    Normalizer normalizer = Normalizer.builder().maxInputChars(10).build();

    Normalized normalized = normalizer.normalize("أبجدهوزحطي");

    assertThat(normalized.display()).hasSize(10);
    assertThat(normalized.notes().truncated()).isFalse();
  }

  @Test
  void oneCharacterOverTheLimitIsCut() {
    Normalizer normalizer = Normalizer.builder().maxInputChars(10).build();

    Normalized normalized = normalizer.normalize("أبجدهوزحطيك");

    assertThat(normalized.display()).isEqualTo("أبجدهوزحطي");
    assertThat(normalized.notes().truncated()).isTrue();
    assertThat(normalized.displayToInput().sourceLength()).isEqualTo(11);
  }

  @Test
  void aCutFallsOnTheLastWhitespaceBeforeTheLimit() {
    Normalizer normalizer = Normalizer.builder().maxInputChars(12).build();

    assertThat(normalizer.display("قال الرئيس إن")).isEqualTo("قال الرئيس");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    Normalizer normalizer = Normalizer.builder().maxInputChars(2).build();

    assertThat(normalizer.display("a\uD83D\uDE00")).isEqualTo("a");
  }

  @Test
  void theDefaultLimitIsTwoMillionCharacters() {
    assertThat(Normalizer.defaults().maxInputChars())
        .isEqualTo(Normalizer.DEFAULT_MAX_INPUT_CHARS)
        .isEqualTo(2_000_000);
  }

  @Test
  void tenMegabytesOfTextAreCutNotFatal() {
    String body = "قال الرئيس في بنغازي إن العملية مستمرة. ".repeat(260_000);

    Normalized normalized = Normalizer.defaults().normalize(body);

    assertThat(body.length()).isGreaterThan(10_000_000);
    assertThat(normalized.notes().truncated()).isTrue();
    assertThat(normalized.display().length()).isLessThanOrEqualTo(2_000_000);
    assertThat(LanguageIdentifier.defaults().identify(body).language()).isEqualTo("ar");
  }

  @Test
  void textOfNulsAndControlsBecomesEmpty() {
    Normalized normalized = Normalizer.defaults().normalize("\u0000\u0001\u0002\u200B\uFEFF");

    assertThat(normalized.display()).isEmpty();
    assertThat(normalized.match()).isEmpty();
  }

  @Test
  void unpairedSurrogatesAreCountedInTheNotes() {
    Normalized normalized = Normalizer.defaults().normalize("\uD800 \uDC00 \uD83D\uDE00");

    assertThat(normalized.notes().unpairedSurrogates()).isEqualTo(2);
    assertThat(normalized.display()).isEqualTo("\uFFFD \uFFFD \uD83D\uDE00");
  }

  @Test
  void anUnclosedTagLongerThanTheTagLimitStaysText() {
    String text = "<a " + "x".repeat(5_000) + ">نص";

    assertThat(Normalizer.defaults().display(text)).startsWith("<a xxx").endsWith(">نص");
  }

  @Test
  void rejectsALimitBelowOne() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Normalizer.builder().maxInputChars(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxInputChars must be at least 1, got 0");
  }
}
