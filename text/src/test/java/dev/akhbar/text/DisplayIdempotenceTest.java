package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.ArbitraryText;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The display form is idempotent: {@code display(display(x))} is {@code display(x)}. One row per
 * way a single pass used to leave work for a second, then the property over seeded arbitrary text.
 */
class DisplayIdempotenceTest {

  private static final Normalizer NORMALIZER = Normalizer.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A deleted character between the pieces of a tag.
        "zero width space inside a tag | <\\u200Bb>نص | نص",
        "NUL inside a tag | <\\u0000b>نص | نص",
        "tatweel inside a tag | <\\u0640b>نص | نص",
        "bidi mark inside a reference | &am\\u200Fp;lt; | <",
        // A decoded reference that is markup or another reference.
        "escaped tag | &lt;b&gt;نص | نص",
        "escaped reference | &amp;amp;lt; | <",
        "reference to a zero width space inside a tag | <&#x200B;b>نص | نص",
        // Removed markup that leaves markup or a reference behind.
        "tag inside a tag | <<b>b>نص | نص",
        "tag inside a reference | &am<b></b>p;lt; | <",
        // NFKC output that is markup.
        "fullwidth tag | \\uFF1Cb\\uFF1Eنص | نص",
        "reference to a fullwidth less-than | &#xFF1C;b&#xFF1E;نص | نص",
        // Tatweel removed after NFKC leaves marks out of canonical order: shadda, then a medial
        // fatha that NFKC makes tatweel + fatha; the fatha (class 30) goes before the shadda (33).
        "medial fatha after shadda | ب\\u0651\\uFE77 | ب\\u064E\\u0651",
        "medial damma after hamza above | ا\\u0654\\uFE79 | أ\\u064F",
        // Whitespace that only later counts as whitespace ends a tag name.
        "next line ends a tag name | <b\\u0085>نص | نص",
        "no-break space ends a tag name | <b\\u00A0>نص | نص",
      })
  void oneRoundLeavesNothingForTheNext(String cause, String input, String display) {
    String unescaped = unescape(input);
    String expected = unescape(display);

    assertThat(NORMALIZER.display(unescaped)).as(cause).isEqualTo(expected);
    assertThat(NORMALIZER.display(expected)).as(cause + ", again").isEqualTo(expected);
    assertThat(NORMALIZER.normalize(unescaped).display())
        .as(cause + ", tracked")
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"4000", "4096", "5000", "300000"})
  void whitespaceCollapseBringingATagWithinReachRemovesIt(int spaces) {
    String input = "<b" + " ".repeat(spaces) + ">نص";

    String display = NORMALIZER.display(input);

    assertThat(display).isEqualTo("نص");
    assertThat(NORMALIZER.display(display)).isEqualTo(display);
  }

  static LongStream seeds() {
    return LongStream.range(0, 500).map(i -> 0x1D_0000L + i);
  }

  /** Whole arbitrary texts, one in eight with a huge run (50,000 to 300,000 units). */
  @ParameterizedTest
  @MethodSource("seeds")
  void displayFormIsIdempotentOnArbitraryText(long seed) {
    String display = NORMALIZER.display(ArbitraryText.of(new Random(seed)));

    assertThat(NORMALIZER.display(display)).isEqualTo(display);
  }

  /** 20,000 short texts of the same pieces, without the huge runs: 40 per seed. */
  @ParameterizedTest
  @MethodSource("seeds")
  void displayFormIsIdempotentOnShortArbitraryText(long seed) {
    Random random = new Random(seed);
    for (int k = 0; k < 40; k++) {
      StringBuilder text = new StringBuilder();
      for (int pieces = random.nextInt(60); pieces > 0; pieces--) {
        text.append(ArbitraryText.piece(random));
      }
      String display = NORMALIZER.display(text);

      assertThat(NORMALIZER.display(display)).as("case %d of seed %d", k, seed).isEqualTo(display);
    }
  }

  /** Reads the {@code \\uXXXX} escapes of a CSV row. */
  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (text.startsWith("\\u", i) && i + 6 <= text.length()) {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }
}
