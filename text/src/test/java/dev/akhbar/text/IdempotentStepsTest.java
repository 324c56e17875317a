package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.text.internal.CompatibilityComposition;
import dev.akhbar.text.internal.HtmlEntityDecoding;
import dev.akhbar.text.internal.HtmlMarkupRemoval;
import dev.akhbar.text.internal.Tally;
import dev.akhbar.text.internal.TextBuffer;
import dev.akhbar.text.internal.TextStep;
import dev.akhbar.text.internal.WhitespaceUnification;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A step that says it is idempotent leaves its own output as it is: the chain does not ask it again
 * about a text it wrote, so a wrong claim would leave work undone.
 */
class IdempotentStepsTest {

  private static final Normalizer ONLY_REPAIR =
      Normalizer.builder()
          .forms(new FormDefinition(List.of(Step.UNPAIRED_SURROGATES), List.of(Step.LOWERCASE)))
          .build();

  @Test
  void nfkcAndWhitespaceSayTheyAreIdempotentAndMarkupAndEntitiesDoNot() {
    assertThat(new CompatibilityComposition().isIdempotent()).isTrue();
    assertThat(new WhitespaceUnification().isIdempotent()).isTrue();
    // Removing markup or decoding a reference can make new markup or a new reference.
    assertThat(new HtmlMarkupRemoval().isIdempotent()).isFalse();
    assertThat(new HtmlEntityDecoding().isIdempotent()).isFalse();
  }

  @Test
  void nfkcLeavesItsOwnOutputAsItIs() {
    assertLeavesItsOwnOutput(new CompatibilityComposition());
  }

  @Test
  void whitespaceUnificationLeavesItsOwnOutputAsItIs() {
    assertLeavesItsOwnOutput(new WhitespaceUnification());
  }

  private static void assertLeavesItsOwnOutput(TextStep step) {
    Random random = new Random(23L);
    int changed = 0;
    for (int k = 0; k < 5_000; k++) {
      // The chain repairs surrogates first: give the step what it gets there.
      String text = ONLY_REPAIR.display(RandomText.of(random));
      for (boolean tracking : new boolean[] {false, true}) {
        TextBuffer in = TextBuffer.of(text, text.length(), tracking);
        TextBuffer out = new TextBuffer(0, tracking);
        if (!step.apply(in, out, new Tally())) {
          continue;
        }
        changed++;
        TextBuffer again = new TextBuffer(0, tracking);

        assertThat(step.apply(out, again, new Tally()))
            .as("%s again on its output of %s", step.getClass().getSimpleName(), escaped(text))
            .isFalse();
      }
    }
    assertThat(changed).as("texts the step changed").isGreaterThan(1_000);
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars()
        .forEach(c -> out.append(c < 0x80 && c >= 0x20 ? "" + (char) c : "\\u%04X".formatted(c)));
    return out.toString();
  }
}
