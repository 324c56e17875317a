package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Glued words are split only where a listed name makes it certain. Parts are separated by |. */
class GluedWordSplitterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "الولاياتالمتحدة, الولايات|المتحدة",
    "الولاياتالمتحده, الولايات|المتحده",
    "والولاياتالمتحدة, والولايات|المتحدة",
    "بالولاياتالمتحدة, بالولايات|المتحدة",
    "للولاياتالمتحدة, للولايات|المتحدة",
    "الأممالمتحدة, الأمم|المتحدة",
    "مجلسالأمن, مجلس|الأمن",
    "المملكةالعربيةالسعودية, المملكة|العربية|السعودية",
    "الشرقالأوسط, الشرق|الأوسط",
    "جنوبالسودان, جنوب|السودان",
    "الْوِلَايَاتُالْمُتَّحِدَةُ, الْوِلَايَاتُ|الْمُتَّحِدَةُ",
    // Words that are not a listed name glued stay whole.
    "الشمالية, الشمالية",
    "بنغازي, بنغازي",
    "المستقبل, المستقبل",
    "صنفتهاالولايات, صنفتهاالولايات",
    "الولايات, الولايات",
  })
  void splitsListedNamesGlued(String word, String expected) {
    assertThat(String.join("|", GluedWordSplitter.defaults().split(word))).isEqualTo(expected);
  }

  @Test
  void splitsTwoGazetteerNamesGluedTogether() {
    GluedWordSplitter splitter =
        GluedWordSplitter.builder().addNames(List.of("بنغازي", "طرابلس", "درنة")).build();

    assertThat(splitter.split("بنغازيطرابلس")).containsExactly("بنغازي", "طرابلس");
    assertThat(splitter.split("طرابلسدرنة")).containsExactly("طرابلس", "درنة");
    assertThat(splitter.split("بنغازيات")).containsExactly("بنغازيات");
  }

  @Test
  void aGluedWordThatIsItselfAListedNameStays() {
    GluedWordSplitter splitter =
        GluedWordSplitter.builder().addNames(List.of("عمان", "نيات", "عماننيات")).build();

    assertThat(splitter.split("عماننيات")).containsExactly("عماننيات");
  }

  @Test
  void anAmbiguousPairStays() {
    GluedWordSplitter splitter =
        GluedWordSplitter.builder().addNames(List.of("ابجد", "هوز", "ابجده", "وز")).build();

    assertThat(splitter.split("ابجدهوز")).containsExactly("ابجد", "هوز");
    GluedWordSplitter ambiguous =
        GluedWordSplitter.builder().addNames(List.of("سلام", "ليبيا", "سلامل", "يبيا")).build();
    assertThat(ambiguous.split("سلامليبيا")).containsExactly("سلامليبيا");
  }

  @Test
  void partsShorterThanThreeLettersAreNeverSplitOff() {
    GluedWordSplitter splitter =
        GluedWordSplitter.builder().addNames(List.of("مصر", "يا", "مصريا")).build();

    assertThat(splitter.split("مصريا")).containsExactly("مصريا");
    assertThat(GluedWordSplitter.MIN_PART_LETTERS).isEqualTo(3);
  }

  @Test
  void countsEverySplit() {
    GluedWordSplitter splitter =
        GluedWordSplitter.builder().addNames(List.of("الولايات المتحدة")).build();
    Normalizer normalizer = Normalizer.builder().gluedWords(splitter).build();

    Normalized normalized = normalizer.normalize("الولاياتالمتحدة و الولاياتالمتحدة و بنغازي");

    assertThat(normalized.notes().gluedWordsSplit()).isEqualTo(2);
    assertThat(splitter.splitCount()).isEqualTo(2);
  }

  @Test
  void theNoneSplitterLeavesEverythingAlone() {
    Normalizer normalizer = Normalizer.builder().gluedWords(GluedWordSplitter.none()).build();

    assertThat(normalizer.display("الولاياتالمتحدة")).isEqualTo("الولاياتالمتحدة");
  }

  @Test
  void entriesWithDigitsOrPunctuationAreSkipped() {
    GluedWordSplitter splitter =
        GluedWordSplitter.builder()
            .addNames(List.of("الكونغو - كينشاسا", "جزر كوكوس (كيلينغ)"))
            .build();

    assertThat(splitter.split("الكونغوكينشاسا")).containsExactly("الكونغوكينشاسا");
  }
}
