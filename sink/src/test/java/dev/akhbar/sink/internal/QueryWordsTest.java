package dev.akhbar.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryWordsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "أحمد | احمد",
        "إبراهيم | ابراهيم",
        "آمنة | امنه",
        "مستشفى | مستشفي",
        "قَتِيلًا | قتيلا",
        "بنغـــازي | بنغازي",
        "٢٠٢٤ | 2024",
        "Benghazi | benghazi",
        "كوفيد19 | كوفيد19",
      })
  void aWordIsSearchedInItsMatchForm(String query, String word) {
    assertThat(QueryWords.of(query)).containsExactly(word);
  }

  @Test
  void punctuationSeparatesWordsAndRepeatsCountOnce() {
    assertThat(QueryWords.of("أحمد، احمد؟ «طرابلس» - (2024)"))
        .containsExactly("احمد", "طرابلس", "2024");
  }

  @Test
  void aQueryWithoutLettersOrDigitsHasNoWords() {
    assertThat(QueryWords.of("")).isEmpty();
    assertThat(QueryWords.of(" ، ؛ ؟ * \" ")).isEmpty();
  }

  @Test
  void aQueryMayHaveUpToThirtyTwoDifferentWords() {
    String words32 = IntStream.range(0, 32).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    assertThat(QueryWords.of(words32)).hasSize(32);
    assertThat(QueryWords.of(words32 + " w0 w1")).hasSize(32);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> QueryWords.of(words32 + " w32"))
        .withMessage("a query may have at most 32 different words, got 33");
  }

  @Test
  void aWordOfAStoredTextHasTheSameKeyAsTheQueryWord() {
    for (String word : List.of("أحمد", "إبراهيم", "المدينة", "قَتِيلًا")) {
      assertThat(QueryWords.matchKeyOfDisplay(word)).isEqualTo(QueryWords.matchKey(word));
    }
  }
}
