package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FoldedEndings#mayEnd} turns a word away by the last four letters its match form keeps:
 * marks among them (the tanween of wire copy) are looked past, not let through, and never hide a
 * listed name. One listed name only, so that no other ending's bit can answer for it.
 */
class FoldedEndingsTest {

  private static final FoldedEndings ONE_NAME =
      GluedWordSplitter.builder().addNames(List.of("تهران")).build().endings();

  @Test
  void aWordWithTanweenIsTurnedAwayByTheLettersBeforeIt() {
    assertThat(mayEnd("مستقبلًا")).isFalse();
    assertThat(mayEnd("قروضًا")).isFalse();
    assertThat(mayEnd("المستقبلُ")).isFalse();
    assertThat(mayEnd("المستقبل")).isFalse();
  }

  @Test
  void marksAnywhereAmongTheLastLettersDoNotHideAListedEnding() {
    assertThat(mayEnd("ابجدتهران")).isTrue();
    assertThat(mayEnd("ابجدتهرانُ")).isTrue();
    assertThat(mayEnd("ابجدتهراَن")).isTrue();
    assertThat(mayEnd("ابجدتهرَان")).isTrue();
    assertThat(mayEnd("ابجدتهَران")).isTrue();
    assertThat(mayEnd("ابجدتَهْرَانٌ")).isTrue();
  }

  @Test
  void aWordWithFewerThanFourLettersBesidesItsMarksPasses() {
    assertThat(mayEnd("بَحَرً")).isTrue();
  }

  private static boolean mayEnd(String word) {
    return ONE_NAME.mayEnd(word.toCharArray(), word.length(), word.length());
  }
}
