package dev.akhbar.text;

/**
 * A range {@code [start, end)} of a text, end exclusive. Whether the unit is the UTF-16 index or
 * the code point is said by whoever returns it: everything in this module works in UTF-16 indices
 * (Java {@link String} positions) and {@link CodePointOffsets} turns them into code points for
 * output.
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span needs 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }
}
