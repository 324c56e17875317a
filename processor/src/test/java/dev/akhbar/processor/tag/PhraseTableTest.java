package dev.akhbar.processor.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseTableTest {

  private static PhraseTable<String> table;

  @BeforeAll
  static void fill() {
    table = new PhraseTable<>();
    for (String place :
        new String[] {
          "بنغازي",
          "ليبيا",
          "القاهرة",
          "الولايات المتحدة",
          "الولايات المتحدة الأمريكية",
          "لبنان",
          "عمان"
        }) {
      table.put(place, place, (a, b) -> a);
    }
  }

  @ParameterizedTest(name = "{0} → {1} (peeled {2})")
  @CsvSource({
    "بنغازي, بنغازي, 0",
    "وبنغازي, بنغازي, 1",
    "لليبيا, ليبيا, 1",
    "بالقاهرة, القاهرة, 1",
    "للقاهرة, القاهرة, 1",
    "وللقاهرة, القاهرة, 2",
    "والقاهرة, القاهرة, 1",
    "لبنان, لبنان, 0",
    "ولبنان, لبنان, 1",
    "وعمان, عمان, 1",
  })
  void findsNamesBehindTheirProclitics(String word, String expected, int skip) {
    PhraseTable.Match<String> match = table.longestAt(ProjectedText.of(word), 0, true);
    assertThat(match).isNotNull();
    assertThat(match.value()).isEqualTo(expected);
    assertThat(match.skip()).isEqualTo(skip);
  }

  @Test
  void keepsBenghaziWhole() {
    PhraseTable<String> withShortName = new PhraseTable<>();
    withShortName.put("نغازي", "wrong", (a, b) -> a);
    withShortName.put("بنغازي", "right", (a, b) -> a);
    assertThat(withShortName.longestAt(ProjectedText.of("بنغازي"), 0, true).value())
        .isEqualTo("right");
  }

  @Test
  void prefersTheLongestPhrase() {
    PhraseTable.Match<String> match =
        table.longestAt(ProjectedText.of("الولايات المتحدة الأمريكية اليوم"), 0, true);
    assertThat(match.value()).isEqualTo("الولايات المتحدة الأمريكية");
    assertThat(match.tokenCount()).isEqualTo(3);
  }

  @Test
  void aPhraseDoesNotRunAcrossPunctuation() {
    PhraseTable.Match<String> match =
        table.longestAt(ProjectedText.of("الولايات، المتحدة"), 0, true);
    assertThat(match).isNull();
  }

  @Test
  void shortWordsAreNotShreddedIntoClitics() {
    PhraseTable<String> t = new PhraseTable<>();
    t.put("من", "x", (a, b) -> a);
    assertThat(t.longestAt(ProjectedText.of("ومن"), 0, true)).isNull();
  }
}
