package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On the letters both handle, the match form agrees with Lucene's ArabicNormalizer followed by its
 * PersianNormalizer (the reference DESIGN.md names). Where we differ on purpose — NFKC, the dagger
 * alef, alef wasla, hamza seats, digits — is in docs/text.md and the case table, not here.
 */
class LuceneReferenceTest {

  /** Letters, harakat, tatweel and the variants both normalizers fold, and a space. */
  private static final String ALPHABET =
      "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
          + "آأإىة"
          + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652"
          + "\u0640"
          + "\u06CC\u06A9\u06C1"
          + " ";

  static IntStream seeds() {
    return IntStream.range(0, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void agreesWithLuceneOnTheLettersBothFold(int seed) {
    Random random = new Random(seed);
    StringBuilder word = new StringBuilder();
    // A letter first and no doubled spaces, so that whitespace rules do not enter the comparison.
    word.append(ALPHABET.charAt(random.nextInt(28)));
    for (int k = 0, n = 1 + random.nextInt(30); k < n; k++) {
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      if (c != ' ' || word.charAt(word.length() - 1) != ' ') {
        word.append(c);
      }
    }
    String text = word.toString().strip();

    String ours = Normalizer.defaults().normalize(text).match();

    assertThat(ours.replaceAll(" +", " ").strip())
        .isEqualTo(lucene(text).replaceAll(" +", " ").strip());
  }

  private static String lucene(String text) {
    char[] buffer = text.toCharArray();
    int length = new ArabicNormalizer().normalize(buffer, buffer.length);
    length = new PersianNormalizer().normalize(buffer, length);
    return new String(buffer, 0, length);
  }
}
