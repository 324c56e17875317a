package dev.akhbar.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void marksEachHighlightWithTheCallersMarkers() {
    Snippet snippet =
        new Snippet(
            "أمطار في بنغازي وطرابلس",
            List.of(new Snippet.Highlight(9, 15), new Snippet.Highlight(16, 23)));

    assertThat(snippet.marked("[", "]")).isEqualTo("أمطار في [بنغازي] [وطرابلس]");
    assertThat(snippet.marked("\u001b[1m", "\u001b[0m")).contains("\u001b[1mبنغازي\u001b[0m");
    assertThat(snippet.toString()).isEqualTo("أمطار في بنغازي وطرابلس");
  }

  @Test
  void highlightsMustBeOrderedRangesOfTheText() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Snippet(
                    "abc", List.of(new Snippet.Highlight(1, 2), new Snippet.Highlight(0, 1))));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Snippet("abc", List.of(new Snippet.Highlight(2, 4))));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Snippet("abc", List.of(new Snippet.Highlight(1, 1))));
  }
}
