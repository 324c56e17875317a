package dev.akhbar.text;

import java.util.Arrays;

/**
 * Maps positions of a derived text (the <i>target</i>: a display or match form) back to the text it
 * was made from (the <i>source</i>), in UTF-16 indices. Each target unit remembers the source span
 * it came from: a unit copied as it is has a span of one; the two letters NFKC makes of the
 * ligature ﻻ share the ligature's span; the أ NFKC composes from alef and a separate hamza has a
 * span of two; a space the glued-word splitter inserts has an empty span. Deleted source units
 * (diacritics, controls, markup) belong to no target unit.
 *
 * <p>A target span {@code [start, end)} maps to {@code [sourceStart(start), sourceEnd(end))}: from
 * the start of the first unit's source to the end of the last one's, so the source span covers
 * exactly what the target span shows and nothing deleted on either side of it. Both functions are
 * monotonic and stay within {@code [0, sourceLength()]}. Immutable and thread-safe.
 */
public final class OffsetMap {

  private final int[] starts;
  private final int[] ends;
  private final int sourceLength;

  OffsetMap(int[] starts, int[] ends, int sourceLength) {
    this.starts = starts;
    this.ends = ends;
    this.sourceLength = sourceLength;
  }

  /** The map of a text to itself. */
  public static OffsetMap identity(int length) {
    int[] starts = new int[length];
    int[] ends = new int[length];
    for (int i = 0; i < length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new OffsetMap(starts, ends, length);
  }

  public int targetLength() {
    return starts.length;
  }

  public int sourceLength() {
    return sourceLength;
  }

  /**
   * Where a target span starting at {@code targetIndex} starts in the source: the source start of
   * that unit, or the source length for {@code targetIndex == targetLength()}.
   */
  public int sourceStart(int targetIndex) {
    checkIndex(targetIndex, "targetIndex");
    return targetIndex == starts.length ? sourceLength : starts[targetIndex];
  }

  /**
   * Where a target span ending (exclusive) at {@code targetEnd} ends in the source: the source end
   * of unit {@code targetEnd - 1}, or where unit 0 starts for {@code targetEnd == 0}.
   */
  public int sourceEnd(int targetEnd) {
    checkIndex(targetEnd, "targetEnd");
    if (targetEnd == 0) {
      return starts.length == 0 ? 0 : starts[0];
    }
    return ends[targetEnd - 1];
  }

  /** The source span of the target span {@code [start, end)}; an empty span stays empty. */
  public Span toSource(int start, int end) {
    if (end < start) {
      throw new IllegalArgumentException(
          "span needs start <= end, got [" + start + ", " + end + ")");
    }
    int sourceStart = sourceStart(start);
    if (start == end) {
      return new Span(sourceStart, sourceStart);
    }
    return new Span(sourceStart, Math.max(sourceStart, sourceEnd(end)));
  }

  public Span toSource(Span target) {
    return toSource(target.start(), target.end());
  }

  /**
   * This map followed by {@code next}, which maps this map's source to an earlier text: the result
   * maps this map's target straight to {@code next}'s source (match form to input text).
   */
  public OffsetMap andThen(OffsetMap next) {
    if (next.targetLength() != sourceLength) {
      throw new IllegalArgumentException(
          "next must map a text of "
              + sourceLength
              + " units, it maps one of "
              + next.targetLength());
    }
    int[] composedStarts = new int[starts.length];
    int[] composedEnds = new int[starts.length];
    for (int i = 0; i < starts.length; i++) {
      Span span = next.toSource(starts[i], ends[i]);
      composedStarts[i] = span.start();
      composedEnds[i] = span.end();
    }
    return new OffsetMap(composedStarts, composedEnds, next.sourceLength);
  }

  private void checkIndex(int index, String name) {
    if (index < 0 || index > starts.length) {
      throw new IndexOutOfBoundsException(
          name + " must be in [0, " + starts.length + "], got " + index);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OffsetMap that
        && sourceLength == that.sourceLength
        && Arrays.equals(starts, that.starts)
        && Arrays.equals(ends, that.ends);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends) + sourceLength;
  }

  @Override
  public String toString() {
    return "OffsetMap[target=" + starts.length + ", source=" + sourceLength + "]";
  }
}
