package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.text.internal.SpaceCleanup;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the forms and the offset maps on seeded random text drawn from every code point
 * family the normalizer treats, and from the rest of Unicode.
 */
class NormalizerPropertiesTest {

  private static final Normalizer NORMALIZER = Normalizer.defaults();

  static IntStream seeds() {
    return IntStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void matchFormIsIdempotent(int seed) {
    String display = NORMALIZER.display(RandomText.of(new Random(seed)));
    String match = NORMALIZER.match(display);

    assertThat(NORMALIZER.match(match)).isEqualTo(match);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void matchFormIsNeverLongerThanDisplayForm(int seed) {
    Normalized normalized = NORMALIZER.normalize(RandomText.of(new Random(seed)));

    assertThat(normalized.match().length()).isLessThanOrEqualTo(normalized.display().length());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void offsetsStayInsideTheTextAndAreMonotonic(int seed) {
    String input = RandomText.of(new Random(seed));
    Normalized normalized = NORMALIZER.normalize(input);

    assertMonotonicWithin(
        normalized.displayToInput(), normalized.display().length(), input.length());
    assertMonotonicWithin(
        normalized.matchToDisplay(), normalized.match().length(), normalized.display().length());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fastPathsAgreeWithTheTrackedPath(int seed) {
    String input = RandomText.of(new Random(seed));
    Normalized normalized = NORMALIZER.normalize(input);

    assertThat(NORMALIZER.display(input)).isEqualTo(normalized.display());
    assertThat(NORMALIZER.match(normalized.display())).isEqualTo(normalized.match());
  }

  /**
   * The match form skips its space clean-up on a display form when no mark was deleted: that is
   * right only if every display form passes the clean-up's check, and the skip changes nothing.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void displayFormsNeedNoSpaceCleanUp(int seed) {
    String display = NORMALIZER.display(RandomText.of(new Random(seed)));

    assertThat(
            new SpaceCleanup()
                .pairCheck()
                .orElseThrow()
                .passes(display.toCharArray(), display.length()))
        .as("display form %s passes the space clean-up's check", display)
        .isTrue();
    assertThat(NORMALIZER.match(display)).isEqualTo(ALWAYS_CLEANING_UP.match(display));
  }

  /**
   * The default forms, but for a step after the whitespace step that does nothing to a display
   * form: the match form no longer relies on the display form's spacing.
   */
  private static final Normalizer ALWAYS_CLEANING_UP =
      Normalizer.builder()
          .forms(
              new FormDefinition(
                  Stream.concat(
                          FormDefinition.defaults().display().stream(),
                          Stream.of(Step.CONTROL_CHARACTERS))
                      .toList(),
                  FormDefinition.defaults().match()))
          .build();

  @ParameterizedTest
  @MethodSource("seeds")
  void displayFormHoldsNothingInvisibleOrBroken(int seed) {
    String display = NORMALIZER.display(RandomText.of(new Random(seed)));

    for (int i = 0; i < display.length(); i++) {
      char c = display.charAt(i);
      assertThat(Character.getType(c) == Character.CONTROL && c != '\n')
          .as("control U+%04X at %d", (int) c, i)
          .isFalse();
      assertThat(c == '\u200B' || c == '\u200F' || c == '\u202E' || c == '\uFEFF' || c == '\u0640')
          .as("invisible U+%04X at %d", (int) c, i)
          .isFalse();
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < display.length() && Character.isLowSurrogate(display.charAt(i + 1)))
            .as("high surrogate at %d is paired", i)
            .isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("unpaired low surrogate at %d", i).isFalse();
      }
    }
    assertThat(display).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ", "\n\n\n");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void unchangedCharactersMapBackToThemselves(int seed) {
    String input = RandomText.of(new Random(seed));
    Normalized normalized = NORMALIZER.normalize(input);
    String display = normalized.display();

    for (int i = 0; i < display.length(); i++) {
      Span source = normalized.inputSpan(i, i + 1);
      if (source.length() == 1 && Character.isLetter(display.charAt(i))) {
        char original = input.charAt(source.start());
        // A one-unit source of a letter is that letter, a compatibility form of it, or one of
        // the two ligature words spelt out before NFKC.
        assertThat(
                original == display.charAt(i)
                    || original == '\uFDFC'
                    || original == '\uFDFD'
                    || !java.text.Normalizer.isNormalized(
                        String.valueOf(original), java.text.Normalizer.Form.NFKC))
            .as("display[%d]=%s from input[%d]=%s", i, display.charAt(i), source.start(), original)
            .isTrue();
      }
    }
  }

  private static void assertMonotonicWithin(OffsetMap map, int targetLength, int sourceLength) {
    assertThat(map.targetLength()).isEqualTo(targetLength);
    int previousStart = 0;
    int previousEnd = 0;
    for (int i = 0; i <= targetLength; i++) {
      int start = map.sourceStart(i);
      int end = map.sourceEnd(i);
      assertThat(start).isBetween(0, sourceLength).isGreaterThanOrEqualTo(previousStart);
      assertThat(end).isBetween(0, sourceLength).isGreaterThanOrEqualTo(previousEnd);
      if (i < targetLength) {
        Span span = map.toSource(i, i + 1);
        assertThat(span.start()).isLessThanOrEqualTo(span.end());
      }
      previousStart = start;
      previousEnd = end;
    }
  }
}
