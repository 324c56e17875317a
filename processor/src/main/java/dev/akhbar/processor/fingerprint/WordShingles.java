package dev.akhbar.processor.fingerprint;

import dev.akhbar.text.TokenKind;
import dev.akhbar.text.TokenVisitor;
import dev.akhbar.text.Tokenizer;
import java.util.Arrays;

/**
 * The word shingles of a match-form text, as one 64-bit hash each: words are the runs of letters
 * and digits (punctuation and spaces separate them), and a shingle is {@link #words()} consecutive
 * words. A text with fewer words than that is one shingle of all its words, so that short texts
 * still have a fingerprint.
 *
 * <p>No string is built: each token is hashed as the tokenizer visits it and shingles combine token
 * hashes, which keeps this step at a few microseconds for a 5 KB body.
 */
public final class WordShingles {

  /** Default words per shingle, chosen by the near-duplicate benchmark (see docs/dedup.md). */
  public static final int DEFAULT_WORDS = 3;

  /** Longest shingle allowed: beyond this every small edit breaks too many shingles. */
  public static final int MAX_WORDS = 8;

  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;

  private final int words;
  private final Tokenizer tokenizer;

  /** Shingles of {@code words} words, split by the text module's default tokenizer. */
  public WordShingles(int words) {
    this(words, Tokenizer.defaults());
  }

  public WordShingles(int words, Tokenizer tokenizer) {
    if (words < 1 || words > MAX_WORDS) {
      throw new IllegalArgumentException(
          "words per shingle must be in [1, " + MAX_WORDS + "], got " + words);
    }
    this.words = words;
    this.tokenizer = tokenizer;
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

  /** One hash per word or number of {@code text}, as the text module's tokenizer splits it. */
  long[] wordHashes(CharSequence text) {
    WordHashes hashes = new WordHashes(text);
    tokenizer.tokenize(text, hashes);
    return hashes.toArray();
  }

  /** Hashes each token as the tokenizer finds it: no string is made. */
  private static final class WordHashes implements TokenVisitor {
    private final CharSequence text;
    private long[] out;
    private int count;

    WordHashes(CharSequence text) {
      this.text = text;
      this.out = new long[Math.max(8, text.length() / 5)];
    }

    @Override
    public void token(int start, int end, TokenKind kind) {
      long h = FNV_OFFSET;
      for (int i = start; i < end; i++) {
        h = (h ^ text.charAt(i)) * FNV_PRIME;
      }
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      out[count++] = Mix.fmix64(h);
    }

    long[] toArray() {
      return Arrays.copyOf(out, count);
    }
  }
}
