package dev.akhbar.processor.tag;

import java.util.Arrays;

/**
 * A text seen in its match form and cut into word tokens, every match-form char remembering the
 * source chars it came from. Offsets handed out are code points into the source, end exclusive.
 *
 * <p>A token is a run of letters, digits and combining marks; everything else (space, punctuation,
 * «quotes») separates tokens. Not thread-safe; one per text.
 */
final class ProjectedText {

  private final String source;
  private final char[] chars;
  private final int[] from;
  private final int length;
  private int[] tokenStart;
  private int[] tokenEnd;
  private long[] tokenHash;
  private int tokenCount;
  private final int[] codePointBefore;

  /**
   * One pass over the source: each char is projected (a table lookup for all but ligatures,
   * controls and surrogates), and tokens are cut and hashed as their chars go by.
   */
  private ProjectedText(String source) {
    this.source = source;
    int capacity = source.length() + 8;
    char[] out = new char[capacity];
    int[] outFrom = new int[capacity];
    int tokens = source.length() / 4 + 16;
    tokenStart = new int[tokens];
    tokenEnd = new int[tokens];
    tokenHash = new long[tokens];
    int n = 0;
    boolean supplementary = false;
    boolean inToken = false;
    long hash = TokenHash.SEED;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      int single = MatchProjection.single(c);
      String several = null;
      int width = 1;
      if (single == MatchProjection.SEVERAL || Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < source.length()
            && Character.isLowSurrogate(source.charAt(i + 1))) {
          several = source.substring(i, i + 2);
          width = 2;
          supplementary = true;
        } else {
          several = MatchProjection.of(c);
        }
      }
      int produced = several == null ? 1 : several.length();
      if (n + produced > out.length) {
        int grown = Math.max(out.length * 2, n + produced);
        out = Arrays.copyOf(out, grown);
        outFrom = Arrays.copyOf(outFrom, grown);
      }
      for (int k = 0; k < produced; k++) {
        char m = several == null ? (char) single : several.charAt(k);
        boolean word = isWordChar(m);
        if (word && !inToken) {
          inToken = true;
          hash = TokenHash.SEED;
          startToken(n);
        } else if (!word && inToken) {
          inToken = false;
          endToken(n, hash);
        }
        if (word) {
          hash = TokenHash.mix(hash, m);
        }
        out[n] = m;
        outFrom[n] = i;
        n++;
      }
      i += width - 1;
    }
    if (inToken) {
      endToken(n, hash);
    }
    this.chars = out;
    this.from = outFrom;
    this.length = n;
    this.codePointBefore = supplementary ? codePointPrefix(source) : null;
  }

  private void startToken(int at) {
    if (tokenCount == tokenStart.length) {
      int grown = tokenCount * 2;
      tokenStart = Arrays.copyOf(tokenStart, grown);
      tokenEnd = Arrays.copyOf(tokenEnd, grown);
      tokenHash = Arrays.copyOf(tokenHash, grown);
    }
    tokenStart[tokenCount] = at;
  }

  private void endToken(int at, long hash) {
    tokenEnd[tokenCount] = at;
    tokenHash[tokenCount] = hash;
    tokenCount++;
  }

  static ProjectedText of(String source) {
    return new ProjectedText(source == null ? "" : source);
  }

  /** Per char: 0 not yet known, 1 part of a word, 2 not. */
  private static final byte[] WORD_CHAR = new byte[Character.MAX_VALUE + 1];

  static boolean isWordChar(char c) {
    byte known = WORD_CHAR[c];
    if (known == 0) {
      boolean word =
          Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
      known = word ? (byte) 1 : (byte) 2;
      WORD_CHAR[c] = known;
    }
    return known == 1;
  }

  String source() {
    return source;
  }

  int tokenCount() {
    return tokenCount;
  }

  /** Start of token {@code t} in the match form. */
  int start(int t) {
    return tokenStart[t];
  }

  /** End (exclusive) of token {@code t} in the match form. */
  int end(int t) {
    return tokenEnd[t];
  }

  long hash(int t) {
    return tokenHash[t];
  }

  int tokenLength(int t) {
    return tokenEnd[t] - tokenStart[t];
  }

  char charAt(int matchIndex) {
    return chars[matchIndex];
  }

  char[] chars() {
    return chars;
  }

  /** The match form of token {@code t}. */
  String token(int t) {
    return new String(chars, tokenStart[t], tokenEnd[t] - tokenStart[t]);
  }

  /** The match form between two match-form offsets. */
  String match(int matchStart, int matchEnd) {
    return new String(chars, matchStart, matchEnd - matchStart);
  }

  /** True when only white space separates token {@code t} from token {@code t + 1}. */
  boolean joinedToNext(int t) {
    if (t + 1 >= tokenCount) {
      return false;
    }
    for (int i = tokenEnd[t]; i < tokenStart[t + 1]; i++) {
      if (chars[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /** The source text of a match-form range. */
  String sourceText(int matchStart, int matchEnd) {
    return source.substring(from[matchStart], sourceAfter(matchEnd - 1));
  }

  /** Code-point offset in the source of the first source char of match char {@code matchStart}. */
  int sourceStart(int matchStart) {
    return codePoints(from[matchStart]);
  }

  /**
   * Code-point offset in the source after the last source char of match char {@code matchEnd-1}.
   */
  int sourceEnd(int matchEnd) {
    return codePoints(sourceAfter(matchEnd - 1));
  }

  /**
   * The UTF-16 index in the source just after the source char that match char {@code m} came from.
   */
  private int sourceAfter(int m) {
    int at = from[m];
    boolean pair =
        Character.isHighSurrogate(source.charAt(at))
            && at + 1 < source.length()
            && Character.isLowSurrogate(source.charAt(at + 1));
    return at + (pair ? 2 : 1);
  }

  private int codePoints(int utf16Index) {
    return codePointBefore == null ? utf16Index : codePointBefore[utf16Index];
  }

  private static int[] codePointPrefix(String s) {
    int[] before = new int[s.length() + 1];
    int cp = 0;
    for (int i = 0; i < s.length(); i++) {
      before[i] = cp;
      boolean pairStart =
          Character.isHighSurrogate(s.charAt(i))
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (!pairStart) {
        cp++;
      }
    }
    before[s.length()] = cp;
    return before;
  }
}
