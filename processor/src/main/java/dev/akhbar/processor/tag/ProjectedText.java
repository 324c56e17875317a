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
  private final int[] to;
  private final int length;
  private final int[] tokenStart;
  private final int[] tokenEnd;
  private final long[] tokenHash;
  private final int tokenCount;
  private final int[] codePointBefore;

  private ProjectedText(String source) {
    this.source = source;
    char[] out = new char[source.length() + 8];
    int[] outFrom = new int[out.length];
    int[] outTo = new int[out.length];
    int n = 0;
    boolean supplementary = false;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      int single = MatchProjection.single(c);
      if (single != MatchProjection.SEVERAL && !Character.isSurrogate(c)) {
        if (n == out.length) {
          int grown = out.length * 2;
          out = Arrays.copyOf(out, grown);
          outFrom = Arrays.copyOf(outFrom, grown);
          outTo = Arrays.copyOf(outTo, grown);
        }
        out[n] = (char) single;
        outFrom[n] = i;
        outTo[n] = i + 1;
        n++;
        continue;
      }
      String projected;
      int width = 1;
      if (Character.isHighSurrogate(c)
          && i + 1 < source.length()
          && Character.isLowSurrogate(source.charAt(i + 1))) {
        projected = source.substring(i, i + 2);
        width = 2;
        supplementary = true;
      } else {
        projected = MatchProjection.of(c);
      }
      if (n + projected.length() > out.length) {
        int grown = Math.max(out.length * 2, n + projected.length());
        out = Arrays.copyOf(out, grown);
        outFrom = Arrays.copyOf(outFrom, grown);
        outTo = Arrays.copyOf(outTo, grown);
      }
      for (int k = 0; k < projected.length(); k++) {
        out[n] = projected.charAt(k);
        outFrom[n] = i;
        outTo[n] = i + width;
        n++;
      }
      i += width - 1;
    }
    this.chars = out;
    this.from = outFrom;
    this.to = outTo;
    this.length = n;
    this.codePointBefore = supplementary ? codePointPrefix(source) : null;

    int[] starts = new int[n / 4 + 16];
    int[] ends = new int[starts.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      if (!isWordChar(out[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(out[i])) {
        i++;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = i;
      count++;
    }
    this.tokenStart = starts;
    this.tokenEnd = ends;
    this.tokenCount = count;
    this.tokenHash = new long[count];
    for (int t = 0; t < count; t++) {
      tokenHash[t] = TokenHash.of(out, starts[t], ends[t]);
    }
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
    return source.substring(from[matchStart], to[matchEnd - 1]);
  }

  /** Code-point offset in the source of the first source char of match char {@code matchStart}. */
  int sourceStart(int matchStart) {
    return codePoints(from[matchStart]);
  }

  /**
   * Code-point offset in the source after the last source char of match char {@code matchEnd-1}.
   */
  int sourceEnd(int matchEnd) {
    return codePoints(to[matchEnd - 1]);
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
