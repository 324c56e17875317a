package dev.akhbar.sink;

import java.util.List;
import java.util.Objects;

/**
 * A passage of an article's display text with the words that matched the query marked, so that the
 * caller chooses how to show them: terminal colours, brackets, or nothing.
 *
 * @param text the passage, whitespace collapsed to single spaces; starts or ends with … when cut
 * @param highlights the matched words, as char ranges of {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Highlight> highlights) {

  /** A matched word: {@code text.substring(start, end)}. */
  public record Highlight(int start, int end) {}

  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    int previousEnd = 0;
    for (Highlight h : highlights) {
      if (h.start() < previousEnd || h.end() <= h.start() || h.end() > text.length()) {
        throw new IllegalArgumentException(
            "highlights must be ordered, non-empty, non-overlapping ranges of the text: " + h);
      }
      previousEnd = h.end();
    }
  }

  /** The passage with each matched word between {@code before} and {@code after}. */
  public String marked(String before, String after) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * 8);
    int at = 0;
    for (Highlight h : highlights) {
      out.append(text, at, h.start()).append(before).append(text, h.start(), h.end()).append(after);
      at = h.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /** The passage without marks. */
  @Override
  public String toString() {
    return text;
  }
}
