package dev.akhbar.processor.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FingerprintTest {

  private final WordShingles threeWords = new WordShingles(3);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          punctuation separates words      | قال الوزير ان الحكومه            | قال، الوزير: ان «الحكومه»
          Arabic punctuation without space | بنغازي طرابلس مصراته              | بنغازي،طرابلس؛مصراته
          spaces and newlines are one      | وصل الوفد الي العاصمه             | وصل   الوفد\\nالي  العاصمه
          """)
  void wordsAreTheTokenizersWords(String rule, String plain, String written) {
    assertThat(threeWords.hashes(written.replace("\\n", "\n"))).isEqualTo(threeWords.hashes(plain));
  }

  @Test
  void aTextOfNWordsHasNMinusTwoShinglesOfThree() {
    assertThat(threeWords.hashes("واحد اثنان ثلاثه اربعه خمسه")).hasSize(3);
  }

  @Test
  void aTextShorterThanOneShingleIsOneShingle() {
    assertThat(threeWords.hashes("كلمتان فقط")).hasSize(1);
    assertThat(threeWords.hashes("")).isEmpty();
    assertThat(threeWords.hashes("، . ؟")).isEmpty();
  }

  @Test
  void wordOrderMattersInsideAShingle() {
    assertThat(threeWords.hashes("الف باء تاء")).isNotEqualTo(threeWords.hashes("باء الف تاء"));
  }

  @ParameterizedTest
  @CsvSource({"0, false", "1, true", "8, true", "9, false"})
  void shingleSizeHasLimits(int words, boolean allowed) {
    if (allowed) {
      assertThat(new WordShingles(words).words()).isEqualTo(words);
    } else {
      assertThatThrownBy(() -> new WordShingles(words))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("words per shingle must be in [1, 8]");
    }
  }

  @ParameterizedTest
  @CsvSource({"0, false", "1, true", "1024, true", "1025, false"})
  void signatureLengthHasLimits(int functions, boolean allowed) {
    if (allowed) {
      assertThat(new MinHasher(functions).signature(new long[] {1, 2, 3})).hasSize(functions);
    } else {
      assertThatThrownBy(() -> new MinHasher(functions))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("MinHash functions must be in [1, 1024]");
    }
  }

  @Test
  void equalSetsHaveEqualSignaturesWhateverTheOrderAndRepeats() {
    MinHasher minHasher = new MinHasher(192);
    int[] a = minHasher.signature(new long[] {5, 9, 13, 21, 34});
    int[] b = minHasher.signature(new long[] {34, 21, 5, 13, 9, 9, 5});
    assertThat(a).isEqualTo(b);
    assertThat(MinHasher.similarity(a, b)).isEqualTo(1.0);
  }

  @Test
  void anEmptySetHasTheZeroSignature() {
    assertThat(new MinHasher(4).signature(new long[0])).containsExactly(0, 0, 0, 0);
  }

  @Test
  void signaturesOfDifferentLengthsCannotBeCompared() {
    assertThatThrownBy(() -> MinHasher.similarity(new int[3], new int[4]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The estimate follows exact Jaccard on random sets of known overlap, small sets included. */
  @RepeatedTest(20)
  void theEstimateIsCloseToExactJaccard(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    int size = 20 + random.nextInt(800);
    int shared = random.nextInt(size + 1);
    long[] a = new long[size];
    long[] b = new long[size];
    for (int i = 0; i < size; i++) {
      long common = random.nextLong();
      a[i] = i < shared ? common : random.nextLong();
      b[i] = i < shared ? common : random.nextLong();
    }
    double exact = (double) shared / (2 * size - shared);
    MinHasher minHasher = new MinHasher(MinHasher.DEFAULT_FUNCTIONS);
    double estimate = MinHasher.similarity(minHasher.signature(a), minHasher.signature(b));
    // Five standard errors of 192 samples at the worst case p = 0.5.
    assertThat(estimate).isCloseTo(exact, within(0.18));
  }

  @Test
  void candidateProbabilityFollowsTheBandingFormula() {
    LshBands bands = new LshBands(32, 4);
    assertThat(bands.candidateProbability(0.5)).isCloseTo(0.873, within(0.001));
    assertThat(bands.candidateProbability(0.6)).isCloseTo(0.988, within(0.001));
    assertThat(bands.candidateProbability(0.2)).isCloseTo(0.050, within(0.001));
    assertThat(bands.functionsNeeded()).isEqualTo(128);
  }

  @Test
  void bandKeysDependOnTheBandNumberAndItsValuesOnly() {
    LshBands bands = new LshBands(4, 2);
    int[] signature = {1, 2, 1, 2, 1, 2, 3, 4, 99};
    long[] keys = bands.keys(signature);
    assertThat(keys[0]).isNotEqualTo(keys[1]).isNotEqualTo(keys[2]);
    int[] changedTail = Arrays.copyOf(signature, signature.length);
    changedTail[8] = 100;
    changedTail[7] = 5;
    long[] other = bands.keys(changedTail);
    assertThat(Arrays.copyOf(other, 3)).isEqualTo(Arrays.copyOf(keys, 3));
    assertThat(other[3]).isNotEqualTo(keys[3]);
  }

  @Test
  void bandsNeedALongEnoughSignature() {
    assertThatThrownBy(() -> new LshBands(4, 2).keys(new int[7]))
        .hasMessage("signature has 7 values, bands need 8");
  }

  @Test
  void theContentHashIsSha256HexOfTheMatchForm() {
    assertThat(ContentHash.of(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(ContentHash.prefix("e3b0c44298fc1c149afbf4c8996fb924"))
        .isEqualTo(0xe3b0c44298fc1c14L);
  }

  @Test
  void theFingerprinterRefusesBandsLongerThanTheSignature() {
    assertThatThrownBy(
            () -> new Fingerprinter(new WordShingles(3), new MinHasher(64), new LshBands(32, 4)))
        .hasMessageContaining("bands × rows = 128 exceeds the signature length 64");
  }
}
