package dev.akhbar.processor.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Phrases of one or more match-form tokens, each with a value, found in a text longest first. The
 * table keeps the hash of every phrase and of every proper prefix of a phrase, so that extending a
 * candidate by one token stops as soon as no phrase can follow. Filled once, then read-only.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

  /** A phrase found at a token position. {@code skip} is how many proclitic chars were peeled. */
  record Match<V>(int firstToken, int tokenCount, int skip, V value) {
    int lastToken() {
      return firstToken + tokenCount - 1;
    }
  }

  private final LongIntTable phrases = new LongIntTable();
  private final LongIntTable prefixes = new LongIntTable();
  private final List<V> values = new ArrayList<>();
  private int maxTokens;

  /**
   * Adds {@code phrase} (any spelling: it is put in match form here). When the phrase is already
   * there, {@code merge} combines the old and the new value.
   *
   * @return false when the phrase has no word in it
   */
  boolean put(String phrase, V value, BinaryOperator<V> merge) {
    ProjectedText text = ProjectedText.of(phrase);
    int n = text.tokenCount();
    if (n == 0) {
      return false;
    }
    long hash = text.hash(0);
    for (int t = 1; t < n; t++) {
      prefixes.put(hash, 1);
      hash = TokenHash.append(hash, text.chars(), text.start(t), text.end(t));
    }
    int index = phrases.get(hash);
    if (index == LongIntTable.ABSENT) {
      phrases.put(hash, values.size());
      values.add(value);
    } else {
      values.set(index, merge.apply(values.get(index), value));
    }
    maxTokens = Math.max(maxTokens, n);
    return true;
  }

  /** The value of a phrase given in match form with single spaces, or null. */
  V get(String matchPhrase) {
    int index = phrases.get(TokenHash.of(matchPhrase));
    return index == LongIntTable.ABSENT ? null : values.get(index);
  }

  /** The value of the single token {@code t} taken whole, or null. */
  V getToken(ProjectedText text, int t) {
    int index = phrases.get(text.hash(t));
    return index == LongIntTable.ABSENT ? null : values.get(index);
  }

  int size() {
    return values.size();
  }

  int maxTokens() {
    return maxTokens;
  }

  /**
   * The longest phrase starting at token {@code t}: first with the token whole, then, when {@code
   * peel} allows, with its proclitics peeled; a whole reading wins a tie. Tokens of a phrase must
   * be separated by spaces or a hyphen only. Null when none.
   */
  Match<V> longestAt(ProjectedText text, int t, boolean peel) {
    long[] readings = new long[WordFacts.MAX_READINGS];
    byte[] skips = new byte[WordFacts.MAX_READINGS];
    int count = WordMemo.readings(text.chars(), text.start(t), text.end(t), readings, skips);
    int mask = peel ? (1 << count) - 1 : 1;
    return longestAt(text, t, readings, skips, mask);
  }

  /**
   * Which readings of a word are a phrase or the start of one, as bits (bit r for reading r): only
   * those are worth extending.
   */
  int openingReadings(long[] readings, int count) {
    int mask = 0;
    for (int r = 0; r < count; r++) {
      if (phrases.contains(readings[r]) || prefixes.contains(readings[r])) {
        mask |= 1 << r;
      }
    }
    return mask;
  }

  /**
   * As {@link #longestAt(ProjectedText, int, boolean)} with the token's readings worked out, trying
   * only the readings in {@code opening} (bits from {@link #openingReadings}).
   */
  Match<V> longestAt(ProjectedText text, int t, WordFacts word, int opening, boolean peel) {
    return longestAt(text, t, word.readings, word.readingSkips, peel ? opening : opening & 1);
  }

  private Match<V> longestAt(ProjectedText text, int t, long[] readings, byte[] skips, int mask) {
    Match<V> best = null;
    for (int r = 0; r < readings.length; r++) {
      if ((mask & (1 << r)) == 0) {
        continue;
      }
      Match<V> found = extend(text, t, skips[r], readings[r]);
      if (found != null && (best == null || found.tokenCount() > best.tokenCount())) {
        best = found;
      }
    }
    return best;
  }

  private Match<V> extend(ProjectedText text, int t, int skip, long firstHash) {
    Match<V> best = null;
    long hash = firstHash;
    int limit = Math.min(text.tokenCount(), t + maxTokens);
    for (int u = t; u < limit; u++) {
      if (u > t) {
        if (!separatedBySpace(text, u - 1)) {
          break;
        }
        hash = TokenHash.append(hash, text.chars(), text.start(u), text.end(u));
      }
      int index = phrases.get(hash);
      if (index != LongIntTable.ABSENT) {
        best = new Match<>(t, u - t + 1, skip, values.get(index));
      }
      if (!prefixes.contains(hash)) {
        break;
      }
    }
    return best;
  }

  private static boolean separatedBySpace(ProjectedText text, int t) {
    char[] chars = text.chars();
    int hyphens = 0;
    for (int i = text.end(t); i < text.start(t + 1); i++) {
      char c = chars[i];
      if (c == '-' || c == '\u2010' || c == '\u2011') {
        hyphens++;
      } else if (c != ' ') {
        return false;
      }
    }
    return hyphens <= 1;
  }
}
