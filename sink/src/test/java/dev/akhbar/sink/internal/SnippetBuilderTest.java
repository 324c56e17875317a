package dev.akhbar.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.sink.Snippet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class SnippetBuilderTest {

  private static Set<String> words(String query) {
    return Set.copyOf(QueryWords.of(query));
  }

  @Test
  void marksTheWordAsWrittenWhateverTheQuerysSpelling() {
    Snippet snippet = SnippetBuilder.build("قال أحمد السالم إن الخطة جاهزة.", words("احمد"));

    assertThat(snippet.marked("[", "]")).isEqualTo("قال [أحمد] السالم إن الخطة جاهزة.");
  }

  @Test
  void marksEveryMatchedWord() {
    Snippet snippet = SnippetBuilder.build("زار أحمد طرابلس ثم عاد أحمد", words("أحمد طرابلس"));

    assertThat(snippet.marked("[", "]")).isEqualTo("زار [أحمد] [طرابلس] ثم عاد [أحمد]");
  }

  @Test
  void cutsAroundTheFirstMatchWithContextBefore() {
    String text =
        IntStream.range(0, 100).mapToObj(i -> "كلمة" + i).collect(Collectors.joining(" "))
            + " بنغازي "
            + IntStream.range(0, 100).mapToObj(i -> "نص" + i).collect(Collectors.joining(" "));

    Snippet snippet = SnippetBuilder.build(text, words("بنغازي"));

    assertThat(snippet.text()).startsWith("… كلمة92 ").endsWith(" …");
    assertThat(snippet.text().split(" ")).hasSize(SnippetBuilder.SNIPPET_WORDS + 2);
    assertThat(snippet.marked("[", "]")).contains("كلمة99 [بنغازي] نص0");
  }

  @Test
  void withoutAMatchShowsTheOpeningWords() {
    Snippet snippet = SnippetBuilder.build("أمطار غزيرة\n\nفي المدينة", words("طرابلس"));

    assertThat(snippet.text()).isEqualTo("أمطار غزيرة في المدينة");
    assertThat(snippet.highlights()).isEmpty();
  }

  @Test
  void anEmptyTextHasAnEmptySnippet() {
    assertThat(SnippetBuilder.build("", words("x")).text()).isEmpty();
  }

  /** Whatever the text and the query, highlights are valid ranges over words of the query. */
  @RepeatedTest(20)
  void highlightsAreAlwaysMatchedWordsOfTheSnippet(TestInfo info) {
    Random random = new Random(info.getDisplayName().hashCode());
    String[] vocabulary = {
      "أحمد", "احمد", "بنغازي", "قَتِيلًا", "المدينة", "،", "2024", "\n\n", "x"
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append(vocabulary[random.nextInt(vocabulary.length)])
          .append(random.nextBoolean() ? " " : "");
    }
    Set<String> query = words(vocabulary[random.nextInt(5)]);

    Snippet snippet = SnippetBuilder.build(text.toString(), query);

    for (Snippet.Highlight h : snippet.highlights()) {
      String word = snippet.text().substring(h.start(), h.end());
      assertThat(query).contains(QueryWords.matchKeyOfDisplay(word));
    }
  }
}
