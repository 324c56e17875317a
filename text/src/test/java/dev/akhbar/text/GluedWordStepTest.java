package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The glued-word step of the display form finds a text's words with a bit scan in groups of {@link
 * GluedWordStep#GROUP_CHARS} characters and turns most of them away by their last four letters
 * ({@link FoldedEndings}). These tests put glued names at every place those shortcuts could miss
 * them: across group boundaries, at the ends of the text, with marks or uncommon letters at their
 * end, with a three-letter second part. Parts are separated by |.
 */
class GluedWordStepTest {

  private static final GluedWordSplitter SPLITTER =
      GluedWordSplitter.builder()
          .addDefaults()
          .addNames(List.of("بحر", "نيل", "تهران", "گرگان", "ابجد", "هوز"))
          .build();

  private static final Normalizer GLUED = Normalizer.builder().gluedWords(SPLITTER).build();

  private static final Normalizer UNGLUED =
      Normalizer.builder().gluedWords(GluedWordSplitter.none()).build();

  @Test
  void aGluedNameIsSplitAtEveryPlaceAroundTheScansGroups() {
    for (int offset = 0; offset <= 3 * GluedWordStep.GROUP_CHARS; offset++) {
      String before = "ب".repeat(offset % 4) + " و".repeat(offset / 4);
      String text = (before + " الولاياتالمتحدة، في").strip();

      assertThat(GLUED.display(text))
          .as("offset %d", offset)
          .isEqualTo(text.replace("الولاياتالمتحدة", "الولايات المتحدة"));
    }
  }

  @Test
  void aGluedNameAtTheVeryEndOrFillingTheWholeTextIsSplit() {
    assertThat(GLUED.display("بحرنيل")).isEqualTo("بحر نيل");
    assertThat(GLUED.display("في بحرنيل")).isEqualTo("في بحر نيل");
    assertThat(GLUED.display("بحرنيل في")).isEqualTo("بحر نيل في");
    assertThat(GLUED.display("الولاياتالمتحدة")).isEqualTo("الولايات المتحدة");
  }

  @Test
  void marksAmongTheLastLettersDoNotHideAGluedName() {
    assertThat(GLUED.display("في الْوِلَايَاتُالْمُتَّحِدَةُ اليوم"))
        .isEqualTo("في الْوِلَايَاتُ الْمُتَّحِدَةُ اليوم");
    assertThat(GLUED.display("في بحرنيلٌ")).isEqualTo("في بحر نيلٌ");
  }

  @Test
  void aThreeLetterSecondPartAndUncommonLettersAreFound() {
    assertThat(GLUED.display("من ابجدهوز.")).isEqualTo("من ابجد هوز.");
    assertThat(GLUED.display("من تهرانگرگان")).isEqualTo("من تهران گرگان");
    assertThat(GLUED.display("من گرگانتهران")).isEqualTo("من گرگان تهران");
  }

  @Test
  void theStepSplitsExactlyTheWordsTheSplitterSplits() {
    Random random = new Random(20261130L);
    String[] pieces = {
      "الولاياتالمتحدة",
      "بحرنيل",
      "ابجدهوز",
      "تهرانگرگان",
      "مجلسالأمن",
      "الشرقالأوسط",
      "بحر",
      "الشمالية",
      "المستقبل",
      "في",
      "و",
      "من",
      "ٌ",
      "َ",
      "ّ",
      "2026",
      "AB",
      "،",
      ".",
      "\n\n",
      "بنغازيطرابلس",
      "جنوبالسودان",
      "نيلبحر",
      "گ",
      "ـ"
    };
    for (int text = 0; text < 2_000; text++) {
      StringBuilder input = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        input.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) {
          input.append(' ');
        }
      }
      String unglued = UNGLUED.display(input);

      assertThat(GLUED.display(input)).as("%s", input).isEqualTo(splitWordByWord(unglued));
    }
  }

  /** The reference: every run of word characters of six or more asked about, one by one. */
  private static String splitWordByWord(String text) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || !GluedWordStep.isWordCharacter(text.charAt(i))) {
        String word = text.substring(start, i);
        List<String> parts =
            word.length() >= GluedWordStep.MIN_WORD_CHARS ? SPLITTER.split(word) : List.of(word);
        out.append(String.join(" ", new ArrayList<>(parts)));
        if (i < text.length()) {
          out.append(text.charAt(i));
        }
        start = i + 1;
      }
    }
    return out.toString();
  }
}
