package dev.akhbar.text;

/**
 * Converts UTF-16 indices of one text to code point indices and back, for output that counts code
 * points (the contract's entity offsets, {@code akhbar tag}). Built once per text in one pass; a
 * text without supplementary characters (most Arabic news) converts by identity. Immutable and
 * thread-safe.
 */
public final class CodePointOffsets {

  /** Code point index of each UTF-16 index, or {@code null} when the two are the same. */
  private final int[] codePointAt;

  /** UTF-16 index of each code point index, or {@code null} when the two are the same. */
  private final int[] charIndexOf;

  private final int length;

  private CodePointOffsets(int[] codePointAt, int[] charIndexOf, int length) {
    this.codePointAt = codePointAt;
    this.charIndexOf = charIndexOf;
    this.length = length;
  }

  public static CodePointOffsets of(CharSequence text) {
    int n = text.length();
    boolean supplementary = false;
    for (int i = 0; i < n && !supplementary; i++) {
      supplementary = Character.isHighSurrogate(text.charAt(i));
    }
    if (!supplementary) {
      return new CodePointOffsets(null, null, n);
    }
    int[] codePointAt = new int[n + 1];
    int[] charIndexOf = new int[n + 1];
    int codePoints = 0;
    int i = 0;
    while (i < n) {
      int width =
          Character.isHighSurrogate(text.charAt(i))
                  && i + 1 < n
                  && Character.isLowSurrogate(text.charAt(i + 1))
              ? 2
              : 1;
      charIndexOf[codePoints] = i;
      codePointAt[i] = codePoints;
      if (width == 2) {
        // An index inside a pair rounds down to the pair's code point.
        codePointAt[i + 1] = codePoints;
      }
      codePoints++;
      i += width;
    }
    codePointAt[n] = codePoints;
    charIndexOf[codePoints] = n;
    return new CodePointOffsets(
        codePointAt, java.util.Arrays.copyOf(charIndexOf, codePoints + 1), n);
  }

  /** The code point index of UTF-16 index {@code charIndex}, in {@code [0, text length]}. */
  public int toCodePoint(int charIndex) {
    if (charIndex < 0 || charIndex > length) {
      throw new IndexOutOfBoundsException(
          "charIndex must be in [0, " + length + "], got " + charIndex);
    }
    return codePointAt == null ? charIndex : codePointAt[charIndex];
  }

  /** The UTF-16 index of code point index {@code codePointIndex}. */
  public int toCharIndex(int codePointIndex) {
    int codePoints = codePointCount();
    if (codePointIndex < 0 || codePointIndex > codePoints) {
      throw new IndexOutOfBoundsException(
          "codePointIndex must be in [0, " + codePoints + "], got " + codePointIndex);
    }
    return charIndexOf == null ? codePointIndex : charIndexOf[codePointIndex];
  }

  public int codePointCount() {
    return codePointAt == null ? length : codePointAt[length];
  }

  /** {@code span}, in UTF-16 indices, as code point indices. */
  public Span toCodePoints(Span span) {
    return new Span(toCodePoint(span.start()), toCodePoint(span.end()));
  }
}
