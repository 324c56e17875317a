package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.text.internal.PairCheck;
import dev.akhbar.text.internal.SpaceCleanup;
import dev.akhbar.text.internal.WhitespaceUnification;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link TextScan} answers, in one scan of three bits per character, what the whitespace step's own
 * check ({@link PairCheck#passes}, two bits per character, groups of 30) and the glued-word step's
 * own scan (one bit per character, groups of 57, then {@link FoldedEndings#mayEnd}) answer in two.
 * Every test compares it with those references, character for character: spaces and words at and
 * across every group edge (15, 21, 30, 57 and 64 characters), words longer than the scan's long
 * holds, surrogates, text ending in the middle of a word or of a run of whitespace.
 */
class TextScanTest {

  private static final GluedWordSplitter SPLITTER =
      GluedWordSplitter.builder()
          .addDefaults()
          .addNames(List.of("بحر", "نيل", "تهران", "گرگان"))
          .build();

  private static final PairCheck WHITESPACE = new WhitespaceUnification().pairCheck().orElseThrow();

  private static final PairCheck SPACE_CLEANUP = new SpaceCleanup().pairCheck().orElseThrow();

  private static final TextScan SCAN = new TextScan(WHITESPACE, SPLITTER.endings());

  private static final TextScan CLEANUP_SCAN = new TextScan(SPACE_CLEANUP, SPLITTER.endings());

  private static final String GLUED = "الولاياتالمتحدة";

  /** What the scan must find: the word ends the glued-word step asks about, found one by one. */
  private static List<Integer> referenceWordEnds(char[] s) {
    List<Integer> ends = new ArrayList<>();
    int i = 0;
    while (i < s.length) {
      if (!GluedWordStep.isWordCharacter(s[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length && GluedWordStep.isWordCharacter(s[i])) {
        i++;
      }
      int chars = i - start;
      if (chars >= GluedWordStep.MIN_WORD_CHARS && SPLITTER.endings().mayEnd(s, i, chars)) {
        ends.add(i);
      }
    }
    return ends;
  }

  private static void assertScansLikeTheSteps(String text) {
    char[] s = text.toCharArray();
    for (TextScan scan : List.of(SCAN, CLEANUP_SCAN)) {
      TextScan.Result result = new TextScan.Result();
      scan.scan(s, s.length, result);
      PairCheck check = scan == SCAN ? WHITESPACE : SPACE_CLEANUP;
      assertThat(result.spacingClean)
          .as("clean: %s", visible(text))
          .isEqualTo(check.passes(s, s.length));
      List<Integer> ends = new ArrayList<>();
      for (int k = 0; k < result.wordEndCount; k++) {
        ends.add(result.wordEnds[k]);
      }
      // A text whose spacing is not clean is changed by the spacing step: its words are not found.
      assertThat(ends)
          .as("word ends: %s", visible(text))
          .isEqualTo(result.spacingClean ? referenceWordEnds(s) : List.of());
    }
  }

  private static String visible(String text) {
    return text.replace("\n", "\\n").replace("\t", "\\t").replace("\u00A0", "<NBSP>");
  }

  @Test
  void anEmptyTextIsCleanAndHasNoWords() {
    TextScan.Result result = new TextScan.Result();
    SCAN.scan(new char[0], 0, result);

    assertThat(result.spacingClean).isTrue();
    assertThat(result.wordEndCount).isZero();
  }

  @Test
  void aCleanTextWithAGluedNameIsCleanAndHasItsEnd() {
    char[] s = ("في " + GLUED + " اليوم").toCharArray();
    TextScan.Result result = new TextScan.Result();
    SCAN.scan(s, s.length, result);

    assertThat(result.spacingClean).isTrue();
    assertThat(result.wordEndCount).isEqualTo(1);
    assertThat(result.wordEnds[0]).isEqualTo(3 + GLUED.length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "في  اليوم",
        " في",
        "في ",
        "في\tاليوم",
        "في\u00A0اليوم",
        "في\nاليوم",
        "في\n\nاليوم",
        "في\n\n\nاليوم",
        "في \nاليوم",
        "في\n اليوم",
        "في\r\nاليوم",
        "في\u2029اليوم",
        "\n",
        " ",
        "في\n\n"
      })
  void dirtySpacingIsFoundWhereverItStands(String dirty) {
    for (int offset = 0; offset <= 70; offset++) {
      assertScansLikeTheSteps("و".repeat(offset) + dirty);
      assertScansLikeTheSteps("بحر ".repeat(offset / 4) + "ب".repeat(offset % 4) + dirty + " نيل");
    }
  }

  @Test
  void aGluedNameIsFoundAtEveryPlaceAroundTheGroupEdges() {
    for (int offset = 0; offset <= 2 * Long.SIZE + 8; offset++) {
      String before = "ب".repeat(offset % 5) + " من".repeat(offset / 5);
      assertScansLikeTheSteps((before + " " + GLUED + "، في").strip());
      assertScansLikeTheSteps((before + " " + GLUED).strip());
      assertScansLikeTheSteps((before + " بحرنيل").strip());
      assertScansLikeTheSteps((before + " و" + GLUED + " ").strip() + "  ");
    }
  }

  @Test
  void wordsLongerThanTheScansLongAreMeasuredInTheText() {
    for (int extra = 0; extra <= 70; extra++) {
      String word = "و".repeat(extra) + GLUED;
      assertScansLikeTheSteps(word);
      assertScansLikeTheSteps("في " + word + " اليوم");
      assertScansLikeTheSteps("ب".repeat(extra % 7) + " " + word + "،");
    }
  }

  @Test
  void shortWordsAndListedNamesAloneAreNotAsked() {
    // Five word characters are too few for two names; a listed name alone is no glued pair.
    for (String text : List.of("بحرني", "الجزائر", "في الجزائر اليوم", "نيل")) {
      assertScansLikeTheSteps(text);
    }
    char[] s = "بحرني".toCharArray();
    TextScan.Result result = new TextScan.Result();
    SCAN.scan(s, s.length, result);
    assertThat(result.wordEndCount).isZero();
  }

  @Test
  void marksSurrogatesAndLatinAroundWordsAreHandledLikeTheSteps() {
    List<String> texts =
        List.of(
            "في الْوِلَايَاتُالْمُتَّحِدَةُ اليوم",
            "\uD83D\uDE00" + GLUED,
            GLUED + "\uD83D\uDE00",
            "\uD800" + GLUED + "\uDC00",
            GLUED + "\uD800",
            "abc" + GLUED + "def",
            "١٢٣" + GLUED + "٤٥٦",
            "بحرنيلٌ",
            "من تهرانگرگان");
    for (String text : texts) {
      for (int offset = 0; offset <= 40; offset++) {
        assertScansLikeTheSteps("ك".repeat(offset) + " " + text);
      }
      assertScansLikeTheSteps(text);
    }
  }

  @Test
  void arbitraryTextsScanLikeTheSteps() {
    String alphabet =
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئءٱ"
            + "\u064B\u064E\u0651\u0670\u0640"
            + "  \n\t\u00A0\r\u2029"
            + "abc٠١،.\uD83D\uDE00\uD800";
    Random random = new Random(42);
    for (int k = 0; k < 5_000; k++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(k % 10 == 0 ? 300 : 90);
      while (text.length() < length) {
        int pick = random.nextInt(12);
        if (pick == 0) {
          text.append(GLUED);
        } else if (pick == 1) {
          text.append("بحرنيل");
        } else if (pick == 2) {
          text.append(' ');
        } else {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      assertScansLikeTheSteps(text.toString());
    }
  }

  @Test
  void everyWordTheSplitterSplitsIsAsked() {
    // The length bound of FoldedEndings may turn away only words the splitter would not split.
    List<String> words = new ArrayList<>();
    for (String first : List.of("بحر", "نيل", "تهران", "الجزائر", "مصر", "و", "وال", "لل", "")) {
      for (String second :
          List.of("نيل", "بحر", "گرگان", "الجزائر", "المتحدة", "الولاياتالمتحدة")) {
        words.add(first + second);
      }
    }
    for (String word : words) {
      char[] s = ("في " + word + " اليوم").toCharArray();
      int from = 3;
      int to = from + word.length();
      boolean split = SPLITTER.findCuts(s, from, to, new GluedWordSplitter.Workspace()) != null;
      TextScan.Result result = new TextScan.Result();
      SCAN.scan(s, s.length, result);
      if (split) {
        assertThat(result.wordEndCount).as(word).isEqualTo(1);
        assertThat(result.wordEnds[0]).as(word).isEqualTo(to);
      }
    }
  }
}
