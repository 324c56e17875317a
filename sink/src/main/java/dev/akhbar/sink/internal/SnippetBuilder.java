package dev.akhbar.sink.internal;

import dev.akhbar.sink.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts the passage of an article's display text around the first word that matched, and marks every
 * matched word in it. Words are compared in their match form, so the passage shows the text as
 * written (with its hamzas and diacritics) while matching the query in any spelling.
 */
public final class SnippetBuilder {

  /** Words in a snippet. */
  public static final int SNIPPET_WORDS = 30;

  /** Words shown before the first match, so that it is seen in context. */
  public static final int CONTEXT_WORDS = 8;

  private static final String ELLIPSIS = "…";

  private SnippetBuilder() {}

  /**
   * The snippet of {@code text} for the query words {@code words} (in {@link QueryWords} form).
   * Without a match, the opening words of the text, unmarked.
   */
  public static Snippet build(String text, Set<String> words) {
    List<int[]> spans = QueryWords.spans(text);
    if (spans.isEmpty()) {
      return new Snippet("", List.of());
    }
    List<Boolean> matched = new ArrayList<>(spans.size());
    int first = -1;
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      boolean isMatch =
          !words.isEmpty()
              && words.contains(QueryWords.matchKeyOfDisplay(text.substring(s[0], s[1])));
      matched.add(isMatch);
      if (isMatch && first < 0) {
        first = i;
      }
    }
    int from = first < 0 ? 0 : Math.max(0, first - CONTEXT_WORDS);
    int to = Math.min(spans.size(), from + SNIPPET_WORDS);
    StringBuilder out = new StringBuilder();
    List<Snippet.Highlight> highlights = new ArrayList<>();
    if (from > 0) {
      out.append(ELLIPSIS).append(' ');
    } else {
      out.append(collapse(text.substring(0, spans.get(0)[0])).stripLeading());
    }
    for (int i = from; i < to; i++) {
      int[] s = spans.get(i);
      if (i > from) {
        out.append(collapse(text.substring(spans.get(i - 1)[1], s[0])));
      }
      if (matched.get(i)) {
        highlights.add(new Snippet.Highlight(out.length(), out.length() + (s[1] - s[0])));
      }
      out.append(text, s[0], s[1]);
    }
    if (to < spans.size()) {
      out.append(' ').append(ELLIPSIS);
    } else {
      out.append(collapse(text.substring(spans.get(to - 1)[1])).stripTrailing());
    }
    return new Snippet(out.toString(), highlights);
  }

  /** What lies between two words, with every run of whitespace made one space. */
  private static String collapse(String gap) {
    return gap.replaceAll("\\s+", " ");
  }
}
