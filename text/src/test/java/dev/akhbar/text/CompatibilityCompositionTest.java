package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.text.internal.CompatibilityComposition;
import dev.akhbar.text.internal.Tally;
import dev.akhbar.text.internal.TextBuffer;
import java.text.Normalizer.Form;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cluster-by-cluster NFKC gives exactly the JDK's NFKC of the whole text. */
class CompatibilityCompositionTest {

  static IntStream seeds() {
    return IntStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void equalsJdkNfkcOfTheWholeText(int seed) {
    String text = RandomText.of(new Random(seed)).replace("\uFDFC", "").replace("\uFDFD", "");
    // The NFKC step runs after surrogate repair; give it what it gets in the chain.
    String repaired = Normalizer.builder().forms(onlyRepair()).build().display(text);

    assertThat(nfkc(repaired)).isEqualTo(java.text.Normalizer.normalize(repaired, Form.NFKC));
  }

  private static String nfkc(String text) {
    TextBuffer in = TextBuffer.of(text, text.length(), true);
    TextBuffer out = new TextBuffer(text.length(), true);
    return new CompatibilityComposition().apply(in, out, new Tally()) ? out.text() : text;
  }

  private static FormDefinition onlyRepair() {
    return new FormDefinition(
        java.util.List.of(Step.UNPAIRED_SURROGATES), java.util.List.of(Step.LOWERCASE));
  }
}
