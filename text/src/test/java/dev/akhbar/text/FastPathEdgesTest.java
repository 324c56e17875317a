package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.text.internal.CompatibilityComposition;
import dev.akhbar.text.internal.HtmlEntityDecoding;
import dev.akhbar.text.internal.HtmlMarkupRemoval;
import dev.akhbar.text.internal.SpaceCleanup;
import dev.akhbar.text.internal.Tally;
import dev.akhbar.text.internal.TextBuffer;
import dev.akhbar.text.internal.TextStep;
import dev.akhbar.text.internal.UnpairedSurrogateRepair;
import dev.akhbar.text.internal.WhitespaceUnification;
import java.text.Normalizer.Form;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edges of the fast paths: a step's trigger at the very start or end of a text, a text of
 * nothing but triggers, surrogate pairs, presentation forms, the lam-alef ligatures, combined
 * marks; and the contract that lets the chain skip a step (a text without its triggers is already
 * in its form).
 */
class FastPathEdgesTest {

  private static final Normalizer NORMALIZER = Normalizer.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ligature at the start | \\uFEFBبنان",
        "ligature at the end | بنان\\uFEFB",
        "only ligatures | \\uFEF5\\uFEF6\\uFEF7\\uFEF8\\uFEF9\\uFEFA\\uFEFB\\uFEFC",
        "alef and hamza above at the start | ا\\u0654كد",
        "alef and hamza above at the end | مبدا\\u0654",
        "alef and hamza below | ا\\u0655ن",
        "waw and hamza above | مو\\u0654تمر",
        "mark at the very start | \\u064Eبن",
        "marks out of order at the end | ب\\u0651\\u064E",
        "marks in order at the end | ب\\u064E\\u0651",
        "only marks | \\u064E\\u0651\\u064B\\u0650",
        "vowelled word | قَتِيلًا",
        "presentation forms of a word | \\uFE8F\\uFE91\\uFEE8",
        "isolated fathatan | ب \\uFE70",
        "medial fatha | ب\\uFE77",
        "surrogate pair then a mark | \\uD83D\\uDE00\\u064E",
        "mathematical bold letter | \\uD835\\uDC00ب",
        "mark on a surrogate pair at the end | ا\\uD800\\uDC00\\u0301",
        "supplementary mark to put before a mark | a\\u0315\\uD834\\uDD67",
        "supplementary mark after a vowelled letter | ب\\u064E\\uD834\\uDD65",
        "fullwidth digits at the end | عام ２０２６",
        "no-break space at the start | \\u00A0بن",
      })
  void nfkcStepEqualsJdkNfkc(String edge, String escaped) {
    String text = unescape(escaped);

    assertThat(nfkc(text)).as(edge).isEqualTo(java.text.Normalizer.normalize(text, Form.NFKC));
  }

  /** Letters with runs of marks from all of Unicode: the marks' canonical order table at work. */
  @Test
  void nfkcStepEqualsJdkNfkcOnTextDenseWithMarks() {
    Random random = new Random(0x4D41524BL);
    int[] marks =
        IntStream.range(0, 0x10000)
            .filter(c -> !Character.isSurrogate((char) c))
            .filter(
                c ->
                    Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK
                        || Character.getType(c) == Character.ENCLOSING_MARK)
            .toArray();
    String[] starters = {"ا", "ب", "و", "ي", "a", "e", "\uD800\uDC00", " ", "\u0640", "ﻻ"};
    String[] supplementaryMarks = {"\uD834\uDD65", "\uD834\uDD67", "\uD834\uDD6E"};
    for (int k = 0; k < 3_000; k++) {
      StringBuilder text = new StringBuilder();
      for (int cluster = random.nextInt(6); cluster >= 0; cluster--) {
        text.append(starters[random.nextInt(starters.length)]);
        for (int mark = random.nextInt(4); mark > 0; mark--) {
          if (random.nextInt(8) == 0) {
            text.append(supplementaryMarks[random.nextInt(supplementaryMarks.length)]);
          } else {
            text.append((char) marks[random.nextInt(marks.length)]);
          }
        }
      }
      String input = text.toString();

      assertThat(nfkc(input))
          .as("NFKC of %s", input.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(java.text.Normalizer.normalize(input, Form.NFKC));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tatweel at the start | \\u0640بنغازي | بنغازي",
        "tatweel at the end | بنغازي\\u0640 | بنغازي",
        "only tatweel | \\u0640\\u0640\\u0640 | ''",
        "only zero width spaces | \\u200B\\u200B\\u200B | ''",
        "byte order mark at the start | \\uFEFFبن | بن",
        "reference at the start | &amp;بن | &بن",
        "reference at the end | بن&amp; | بن&",
        "only references | &amp;&amp; | &&",
        "tag at the end | بن<br> | بن",
        "ligature at the end | بن \\uFEFB | بن لا",
        "alef and hamza above at the end | مبدا\\u0654 | مبدأ",
        "unpaired surrogate at the start | \\uDC00بن | \\uFFFDبن",
        "unpaired surrogate at the end | بن\\uD800 | بن\\uFFFD",
        "surrogate pair stays | بن \\uD83D\\uDE00 | بن \\uD83D\\uDE00",
      })
  void displayFormAtTheEdges(String edge, String input, String display) {
    String text = unescape(input);
    String expected = unescape(display);

    assertThat(NORMALIZER.display(text)).as(edge).isEqualTo(expected);
    assertThat(NORMALIZER.normalize(text).display()).as(edge + ", tracked").isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "teh marbuta at the end | مدينة | مدينه",
        "alef with hamza at the start | أكد | اكد",
        "only folded letters | ةةىى | ههيي",
        "only diacritics between spaces | ب \\u064E\\u0651 ت | ب ت",
        "Eastern digits at the end | عام ٢٠٢٦ | عام 2026",
      })
  void matchFormAtTheEdges(String edge, String display, String match) {
    String text = unescape(display);
    String expected = unescape(match);

    assertThat(NORMALIZER.match(text)).as(edge).isEqualTo(expected);
    assertThat(NORMALIZER.normalize(text).match()).as(edge + ", tracked").isEqualTo(expected);
  }

  @Test
  void textAlreadyInItsFormIsReturnedWithoutACopy() {
    String display = "قال الرئيس إن الاجتماع انتهى.\n\nوتستعد المساجد في بنغازي.";
    String match = "قال الرييس ان الاجتماع انتهي.\n\nوتستعد المساجد في بنغازي.";

    assertThat(NORMALIZER.display(display)).isSameAs(display);
    assertThat(NORMALIZER.match(match)).isSameAs(match);
  }

  static Stream<Arguments> steps() {
    return Stream.of(
        Arguments.of(new UnpairedSurrogateRepair()),
        Arguments.of(new HtmlMarkupRemoval()),
        Arguments.of(new HtmlEntityDecoding()),
        Arguments.of(
            FormChain.characterMap(
                List.of(Step.CONTROL_CHARACTERS, Step.INVISIBLE_FORMATTING, Step.TATWEEL))),
        Arguments.of(FormChain.characterMap(FormDefinition.defaults().match())),
        Arguments.of(new CompatibilityComposition()),
        Arguments.of(new WhitespaceUnification()),
        Arguments.of(new SpaceCleanup()),
        Arguments.of(new GluedWordStep(GluedWordSplitter.defaults())));
  }

  /** What lets the chain skip a step after one scan: no trigger, nothing to do. */
  @ParameterizedTest
  @MethodSource("steps")
  void aTextWithoutTheStepsTriggersIsLeftAsItIs(TextStep step) {
    Random random = new Random(step.getClass().getName().hashCode());
    for (int k = 0; k < 300; k++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(80);
      while (text.length() < length) {
        char c = random.nextBoolean() ? (char) (0x0600 + random.nextInt(0x100)) : pick(random);
        if (!step.isTrigger(c)) {
          text.append(c);
        }
      }
      TextBuffer in = TextBuffer.of(text, text.length(), false);

      assertThat(step.apply(in, new TextBuffer(text.length(), false), new Tally()))
          .as("%s on %s", step.getClass().getSimpleName(), text)
          .isFalse();
    }
  }

  private static char pick(Random random) {
    return random.nextInt(4) == 0
        ? " \n<&\u0640\u200B".charAt(random.nextInt(6))
        : (char) random.nextInt(0x10000);
  }

  private static String nfkc(String text) {
    TextBuffer in = TextBuffer.of(text, text.length(), true);
    TextBuffer out = new TextBuffer(text.length(), true);
    return new CompatibilityComposition().apply(in, out, new Tally()) ? out.text() : text;
  }

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
