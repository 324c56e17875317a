package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.ArbitraryText;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing of the normalizer and the tokenizer with seeded arbitrary Unicode ({@link ArbitraryText}:
 * Arabic, marks, presentation forms, bidi and zero-width controls, C0/C1 controls, paired and
 * unpaired surrogates, any code point, huge runs). Whatever the text: nothing is thrown, both forms
 * are idempotent, every offset map is monotonic and inside its texts, every token is a substring of
 * the text it was cut from, in order. A failing seed reproduces the failure.
 */
class TextFuzzTest {

  private static final Normalizer NORMALIZER = Normalizer.defaults();
  private static final Tokenizer TOKENIZER =
      Tokenizer.builder().punctuation(true).peelClitics(CliticPeeler.defaults()).build();

  static LongStream seeds() {
    return LongStream.range(0, 200).map(i -> 0x5EED_0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void matchFormIsIdempotentAndFastPathsAgreeWithTheTrackedPath(long seed) {
    String input = ArbitraryText.of(new Random(seed));
    Normalized normalized = NORMALIZER.normalize(input);

    assertThat(NORMALIZER.display(input)).isEqualTo(normalized.display());
    assertThat(NORMALIZER.match(normalized.display())).isEqualTo(normalized.match());
    assertThat(NORMALIZER.match(normalized.match())).isEqualTo(normalized.match());
    assertThat(normalized.match().length()).isLessThanOrEqualTo(normalized.display().length());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void offsetMapsAreMonotonicAndInsideTheirTexts(long seed) {
    String input = ArbitraryText.of(new Random(seed));
    Normalized normalized = NORMALIZER.normalize(input);

    assertMonotonicWithin(
        normalized.displayToInput(), normalized.display().length(), input.length());
    assertMonotonicWithin(
        normalized.matchToDisplay(), normalized.match().length(), normalized.display().length());
    int matchLength = normalized.match().length();
    Random random = new Random(seed);
    for (int k = 0; k < 50 && matchLength > 0; k++) {
      int start = random.nextInt(matchLength);
      int end = start + 1 + random.nextInt(matchLength - start);
      Span inInput = normalized.inputSpanOfMatch(start, end);
      assertThat(inInput.start()).isBetween(0, input.length());
      assertThat(inInput.end()).isBetween(inInput.start(), input.length());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void displayFormHasNoUnpairedSurrogateOrControl(long seed) {
    String display = NORMALIZER.display(ArbitraryText.of(new Random(seed)));

    for (int i = 0; i < display.length(); i++) {
      char c = display.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < display.length() && Character.isLowSurrogate(display.charAt(i + 1)))
            .as("high surrogate at %d is paired", i)
            .isTrue();
        i++;
        continue;
      }
      assertThat(Character.isLowSurrogate(c)).as("unpaired low surrogate at %d", i).isFalse();
      assertThat(Character.getType(c) == Character.CONTROL && c != '\n')
          .as("control U+%04X at %d", (int) c, i)
          .isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tokensAreOrderedSubstringsOfEveryForm(long seed) {
    String input = ArbitraryText.of(new Random(seed));
    Normalized normalized = NORMALIZER.normalize(input);

    for (String text : List.of(input, normalized.display(), normalized.match())) {
      int previousEnd = 0;
      for (Token token : TOKENIZER.tokenize(text)) {
        assertThat(token.surfaceStart()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(token.end()).isGreaterThan(token.start()).isLessThanOrEqualTo(text.length());
        assertThat(token.text()).isEqualTo(text.substring(token.start(), token.end()));
        previousEnd = token.end();
      }
    }
    for (Token token : TOKENIZER.tokenize(normalized)) {
      assertThat(token.end()).isLessThanOrEqualTo(normalized.match().length());
      assertThat(token.text()).isEqualTo(normalized.match().substring(token.start(), token.end()));
    }
  }

  private static void assertMonotonicWithin(OffsetMap map, int targetLength, int sourceLength) {
    assertThat(map.targetLength()).isEqualTo(targetLength);
    int previousStart = 0;
    int previousEnd = 0;
    for (int i = 0; i <= targetLength; i++) {
      int start = map.sourceStart(i);
      int end = map.sourceEnd(i);
      if (start < previousStart
          || start > sourceLength
          || end < previousEnd
          || end > sourceLength) {
        assertThat(start).as("sourceStart(%d)", i).isBetween(previousStart, sourceLength);
        assertThat(end).as("sourceEnd(%d)", i).isBetween(previousEnd, sourceLength);
      }
      previousStart = start;
      previousEnd = end;
    }
  }
}
