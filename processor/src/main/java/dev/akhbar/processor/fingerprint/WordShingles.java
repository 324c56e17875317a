package dev.akhbar.processor.fingerprint;

import java.util.Arrays;

/**
 * The word shingles of a match-form text, as one 64-bit hash each: words are the runs of letters
 * and digits (punctuation and spaces separate them), and a shingle is {@link #words()} consecutive
 * words. A text with fewer words than that is one shingle of all its words, so that short texts
 * still have a fingerprint.
 *
 * <p>No string is built: each word is hashed as it is read and shingles combine word hashes, which
 * keeps this step at a few microseconds for a 5 KB body.
 */
public final class WordShingles {

  /** Default words per shingle, chosen by the near-duplicate benchmark (see docs/dedup.md). */
  public static final int DEFAULT_WORDS = 3;

  /** Longest shingle allowed: beyond this every small edit breaks too many shingles. */
  public static final int MAX_WORDS = 8;

  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;

  private final int words;

  public WordShingles(int words) {
    if (words < 1 || words > MAX_WORDS) {
      throw new IllegalArgumentException(
          "words per shingle must be in [1, " + MAX_WORDS + "], got " + words);
    }
    this.words = words;
  }

  public int words() {
    return words;
  }

  /** The hash of every shingle of {@code matchForm}, in text order, repeats included. */
  public long[] hashes(CharSequence matchForm) {
    long[] wordHashes = wordHashes(matchForm);
    if (wordHashes.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, wordHashes.length - words + 1);
    int width = Math.min(words, wordHashes.length);
    long[] shingles = new long[count];
    for (int i = 0; i < count; i++) {
      long h = width;
      for (int j = 0; j < width; j++) {
        h = h * Mix.GOLDEN + wordHashes[i + j];
      }
      shingles[i] = Mix.fmix64(h);
    }
    return shingles;
  }

  /** One hash per word of {@code text}: letters and digits, split at anything else. */
  static long[] wordHashes(CharSequence text) {
    long[] out = new long[Math.max(8, text.length() / 5)];
    int count = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
        h = (h ^ c) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = Mix.fmix64(h);
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) {
      if (count == out.length) {
        out = Arrays.copyOf(out, count + 1);
      }
      out[count++] = Mix.fmix64(h);
    }
    return Arrays.copyOf(out, count);
  }
}
