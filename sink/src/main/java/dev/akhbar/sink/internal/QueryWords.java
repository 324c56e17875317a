package dev.akhbar.sink.internal;

import dev.akhbar.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a search query in the form the index holds: the query's match form (the same {@link
 * Normalizer} as the documents, so إبراهيم becomes ابراهيم), lower case, split into words of
 * letters, digits and combining marks, each word once.
 */
public final class QueryWords {

  /** The most words a query may have; every word is one more index lookup to intersect. */
  public static final int MAX_WORDS = 32;

  private QueryWords() {}

  /**
   * The words of {@code query}, in order of first appearance; empty for a query without letters or
   * digits.
   *
   * @throws IllegalArgumentException when the query has more than {@value #MAX_WORDS} words
   */
  public static List<String> of(String query) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : split(matchKey(query))) {
      words.add(word);
    }
    if (words.size() > MAX_WORDS) {
      throw new IllegalArgumentException(
          "a query may have at most " + MAX_WORDS + " different words, got " + words.size());
    }
    return List.copyOf(words);
  }

  /** The form a text is compared in: match form, lower case. */
  static String matchKey(String text) {
    return Normalizer.defaults().normalize(text).match().toLowerCase(Locale.ROOT);
  }

  /** {@link #matchKey} of a word already in display form (a word of a stored title or body). */
  static String matchKeyOfDisplay(String displayWord) {
    return Normalizer.defaults().match(displayWord).toLowerCase(Locale.ROOT);
  }

  /** The words of {@code text}. */
  static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    for (int[] span : spans(text)) {
      words.add(text.substring(span[0], span[1]));
    }
    return words;
  }

  /**
   * Start and end (exclusive) of each word of {@code text}: maximal runs of letters, digits and
   * combining marks.
   */
  static List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean inWord = isWordCodePoint(cp);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        spans.add(new int[] {start, i});
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      spans.add(new int[] {start, text.length()});
    }
    return spans;
  }

  static boolean isWordCodePoint(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
