package dev.akhbar.processor.tag;

/**
 * 64-bit FNV-1a hashes of match-form tokens and token sequences, so that a phrase table is probed
 * without building strings. A sequence hash is its tokens' chars with one space between tokens,
 * exactly the hash of the phrase written with single spaces. With a few tens of thousands of
 * phrases, a 64-bit collision is about one chance in ten billion.
 */
final class TokenHash {

  static final long SEED = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private TokenHash() {}

  static long mix(long hash, char c) {
    return (hash ^ c) * PRIME;
  }

  static long mix(long hash, char[] chars, int start, int end) {
    long h = hash;
    for (int i = start; i < end; i++) {
      h = (h ^ chars[i]) * PRIME;
    }
    return h;
  }

  static long of(char[] chars, int start, int end) {
    return mix(SEED, chars, start, end);
  }

  /** The hash of a phrase already in match form with single spaces. */
  static long of(String phrase) {
    long h = SEED;
    for (int i = 0; i < phrase.length(); i++) {
      h = mix(h, phrase.charAt(i));
    }
    return h;
  }

  /** Continues a sequence hash with the next token. */
  static long append(long hash, char[] chars, int start, int end) {
    return mix(mix(hash, ' '), chars, start, end);
  }
}
