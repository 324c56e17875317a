package dev.akhbar.processor.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Single words in match form, each with a value, looked up on a token with its proclitics and its
 * article peeled as needed: a word listed as {@code رئيس} is found in الرئيس، والرئيس، للرئيس،
 * برئيس. The token taken whole is tried first, so a listed word is never mistaken for a shorter one
 * with a clitic. Filled once, then read-only.
 *
 * @param <V> what a word stands for
 */
final class TokenTable<V> {

  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';

  private final LongIntTable words = new LongIntTable();
  private final List<V> values = new ArrayList<>();
  private final boolean articleAware;

  /**
   * @param articleAware whether a listed word is also found after the article (الرئيس for رئيس);
   *     false for lists whose entries carry their own article (first names: الحسين)
   */
  TokenTable(boolean articleAware) {
    this.articleAware = articleAware;
  }

  /** Adds a word (any spelling; it is put in match form). Later values for a word are ignored. */
  void put(String word, V value) {
    ProjectedText text = ProjectedText.of(word);
    if (text.tokenCount() != 1 || words.contains(text.hash(0))) {
      return;
    }
    words.put(text.hash(0), values.size());
    values.add(value);
  }

  int size() {
    return values.size();
  }

  /**
   * A word found in a token. {@code clitics} is how many proclitic chars precede it (وال، بال: 1);
   * an article stays with the word.
   */
  record Found<V>(V value, int clitics) {}

  /** The value of token {@code t} of {@code text} or of one of its peeled forms, or null. */
  V find(ProjectedText text, int t) {
    Found<V> found = lookup(text, t);
    return found == null ? null : found.value();
  }

  /** Token {@code t} of {@code text} looked up whole, then with article and proclitics peeled. */
  Found<V> lookup(ProjectedText text, int t) {
    return lookup(text.chars(), text.start(t), text.end(t));
  }

  /** The chars {@code [start, end)} looked up whole, then with article and proclitics peeled. */
  Found<V> lookup(char[] chars, int start, int end) {
    Found<V> whole = at(chars, start, end, 0, 0);
    if (whole != null) {
      return whole;
    }
    int length = end - start;
    if (articleAware && startsWithArticle(chars, start, end)) {
      Found<V> v = at(chars, start, end, 2, 0);
      if (v != null) {
        return v;
      }
    }
    int mask = Clitics.peelable(chars, start, end);
    for (int skip = 1; skip <= 2; skip++) {
      if ((mask & (1 << skip)) == 0) {
        continue;
      }
      Found<V> v = at(chars, start, end, skip, skip);
      if (v != null) {
        return v;
      }
      if (articleAware && startsWithArticle(chars, start + skip, end)) {
        v = at(chars, start, end, skip + 2, skip);
        if (v != null) {
          return v;
        }
      }
      // ل + ال drops the alef: للرئيس is ل + ل + رئيس.
      if (articleAware
          && chars[start + skip - 1] == LAM
          && length - skip > 2
          && chars[start + skip] == LAM) {
        v = at(chars, start, end, skip + 1, skip);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /** The value of a word given in match form, without peeling, or null. */
  V get(String matchWord) {
    int index = words.get(TokenHash.of(matchWord));
    return index == LongIntTable.ABSENT ? null : values.get(index);
  }

  private Found<V> at(char[] chars, int start, int end, int skip, int clitics) {
    if (end - start - skip < 2) {
      return null;
    }
    int index = words.get(TokenHash.of(chars, start + skip, end));
    return index == LongIntTable.ABSENT ? null : new Found<>(values.get(index), clitics);
  }

  static boolean startsWithArticle(char[] chars, int start, int end) {
    return end - start > 3 && chars[start] == ALEF && chars[start + 1] == LAM;
  }
}
