package dev.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which letters come off a word: written as prefix + stem, or the word alone when nothing does. */
class CliticPeelerTest {

  private static final CliticPeeler HEURISTIC = CliticPeeler.defaults();
  private static final CliticPeeler WITH_GAZETTEER =
      CliticPeeler.builder()
          .lexicon(List.of("بنغازي", "لبنان", "فرنسا", "الجزائر", "القاهرة", "وهران", "كركوك"))
          .build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // The article rule, no lexicon.
    "الولايات, ال+ولايات",
    "والولايات, وال+ولايات",
    "بالولايات, بال+ولايات",
    "فالولايات, فال+ولايات",
    "كالعادة, كال+عادة",
    "للولايات, لل+ولايات",
    "وللولايات, ولل+ولايات",
    "وبالولايات, وبال+ولايات",
    "فبالولايات, فبال+ولايات",
    "وكالعادة, وكال+عادة",
    // Never eats a word's own letters.
    "بنغازي, بنغازي",
    "وزير, وزير",
    "فرنسا, فرنسا",
    "كركوك, كركوك",
    "لبنان, لبنان",
    "وهران, وهران",
    "بيروت, بيروت",
    // The stem must keep three letters.
    "الام, الام",
    "الان, الان",
    "والد, والد",
    // Words that begin with the letters of an article but own them.
    "الله, الله",
    "التي, التي",
    "الذين, الذين",
    "ألمانيا, ألمانيا",
    "الغام, الغام",
    "إلغاء, إلغاء",
    "والدته, والدته",
    // A hamza on the alef means no article.
    "ألحان, ألحان",
    "إلهام, إلهام",
    // Marks between the prefix letters are skipped.
    "وَالْوِلَايَات, وَالْ+وِلَايَات",
  })
  void peelsOnlyTheArticleWithoutALexicon(String word, String expected) {
    assertThat(show(word, HEURISTIC.peel(word))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "بنغازي, بنغازي",
    "وبنغازي, و+بنغازي",
    "ببنغازي, ب+بنغازي",
    "لبنان, لبنان",
    "ولبنان, و+لبنان",
    "فرنسا, فرنسا",
    "وفرنسا, و+فرنسا",
    "بالجزائر, ب+الجزائر",
    "والجزائر, و+الجزائر",
    "للجزائر, لل+جزائر",
    "للقاهرة, لل+قاهرة",
    "الجزائر, الجزائر",
    "كركوك, كركوك",
    "وكركوك, و+كركوك",
    // Unknown words fall back to the article rule.
    "والمدينة, وال+مدينة",
    "وزير, وزير",
  })
  void peelsWithCertaintyWhenTheLexiconKnowsTheStem(String word, String expected) {
    assertThat(show(word, WITH_GAZETTEER.peel(word))).isEqualTo(expected);
  }

  @Test
  void aPrefixBeforeTheArticleMakesTheTokenDefinite() {
    CliticPeeler.Peel peel = WITH_GAZETTEER.peel("للقاهرة");

    assertThat(peel).isEqualTo(new CliticPeeler.Peel(2, true));
  }

  @Test
  void theLexiconIsComparedInMatchForm() {
    CliticPeeler peeler = CliticPeeler.builder().lexicon(List.of("القاهرة")).build();

    assertThat(peeler.peel("والقاهره")).isEqualTo(new CliticPeeler.Peel(1, false));
  }

  @Test
  void theMinimumStemIsConfigurable() {
    CliticPeeler peeler = CliticPeeler.builder().minStemLetters(2).build();

    assertThat(peeler.peel("الام")).isEqualTo(new CliticPeeler.Peel(2, true));
    assertThat(CliticPeeler.DEFAULT_MIN_STEM_LETTERS).isEqualTo(3);
  }

  @Test
  void nonArabicAndEmptyWordsAreLeftAlone() {
    assertThat(HEURISTIC.peel("Alger")).isEqualTo(CliticPeeler.Peel.NONE);
    assertThat(HEURISTIC.peel("")).isEqualTo(CliticPeeler.Peel.NONE);
  }

  private static String show(String word, CliticPeeler.Peel peel) {
    return peel.prefixLength() == 0
        ? word
        : word.substring(0, peel.prefixLength()) + "+" + word.substring(peel.prefixLength());
  }
}
