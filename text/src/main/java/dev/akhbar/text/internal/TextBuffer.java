package dev.akhbar.text.internal;

import java.util.Arrays;

/**
 * A growable run of UTF-16 code units that remembers, for each unit, the span of the original
 * source text it came from. Steps read one buffer and append to a fresh one, so every step is a
 * single forward pass and never shifts characters in place (Lucene's in-place deletion is what
 * makes its normalizer quadratic on long buffers).
 *
 * <p>With tracking off the two offset arrays are {@code null} and the append methods only copy
 * characters: the fast path for callers that want a form and no offsets.
 */
public final class TextBuffer {

  private char[] chars;
  private int length;
  private int[] starts;
  private int[] ends;
  private final boolean tracking;

  public TextBuffer(int capacity, boolean tracking) {
    this.chars = new char[Math.max(16, capacity)];
    this.tracking = tracking;
    if (tracking) {
      this.starts = new int[chars.length];
      this.ends = new int[chars.length];
    }
  }

  /** A buffer holding {@code text}, each unit its own source span {@code [i, i + 1)}. */
  public static TextBuffer of(CharSequence text, int length, boolean tracking) {
    TextBuffer buffer = new TextBuffer(length, tracking);
    if (text instanceof String s) {
      s.getChars(0, length, buffer.chars, 0);
    } else {
      for (int i = 0; i < length; i++) {
        buffer.chars[i] = text.charAt(i);
      }
    }
    if (tracking) {
      for (int i = 0; i < length; i++) {
        buffer.starts[i] = i;
        buffer.ends[i] = i + 1;
      }
    }
    buffer.length = length;
    return buffer;
  }

  public boolean tracking() {
    return tracking;
  }

  public int length() {
    return length;
  }

  public char charAt(int index) {
    return chars[index];
  }

  /** The backing array, valid up to {@link #length()}; steps read it directly in their loops. */
  public char[] chars() {
    return chars;
  }

  /** Where the unit at {@code index} starts in the original source; only when tracking. */
  public int sourceStart(int index) {
    return starts[index];
  }

  /**
   * Where the unit at {@code index} ends (exclusive) in the original source; only when tracking.
   */
  public int sourceEnd(int index) {
    return ends[index];
  }

  /** Empties the buffer, keeping its storage, and makes room for {@code capacity} units. */
  public void clear(int capacity) {
    length = 0;
    ensureCapacity(capacity);
  }

  /**
   * Sets the length to {@code length}, at most the capacity made by {@link #clear}: for a step that
   * wrote units straight into {@link #chars()} (only without tracking).
   */
  public void truncate(int length) {
    if (tracking || length < 0 || length > chars.length) {
      throw new IllegalStateException("truncate is for untracked buffers, within their capacity");
    }
    this.length = length;
  }

  /** Appends unit {@code index} of {@code in} with its source span. */
  public void append(TextBuffer in, int index) {
    ensureCapacity(length + 1);
    chars[length] = in.chars[index];
    if (tracking) {
      starts[length] = in.starts[index];
      ends[length] = in.ends[index];
    }
    length++;
  }

  /** Appends units {@code [from, to)} of {@code in} unchanged, with their source spans. */
  public void append(TextBuffer in, int from, int to) {
    int count = to - from;
    if (count <= 0) {
      return;
    }
    ensureCapacity(length + count);
    System.arraycopy(in.chars, from, chars, length, count);
    if (tracking) {
      System.arraycopy(in.starts, from, starts, length, count);
      System.arraycopy(in.ends, from, ends, length, count);
    }
    length += count;
  }

  /** Appends {@code c} in place of units {@code [from, to)} of {@code in}. */
  public void append(char c, TextBuffer in, int from, int to) {
    ensureCapacity(length + 1);
    chars[length] = c;
    if (tracking) {
      starts[length] = in.spanStart(from, to);
      ends[length] = in.spanEnd(from, to);
    }
    length++;
  }

  /** Appends {@code replacement} in place of units {@code [from, to)} of {@code in}. */
  public void append(CharSequence replacement, TextBuffer in, int from, int to) {
    int count = replacement.length();
    ensureCapacity(length + count);
    int start = tracking ? in.spanStart(from, to) : 0;
    int end = tracking ? in.spanEnd(from, to) : 0;
    for (int k = 0; k < count; k++) {
      chars[length] = replacement.charAt(k);
      if (tracking) {
        starts[length] = start;
        ends[length] = end;
      }
      length++;
    }
  }

  /**
   * Appends the code point {@code codePoint} in place of units {@code [from, to)} of {@code in}.
   */
  public void appendCodePoint(int codePoint, TextBuffer in, int from, int to) {
    if (Character.isBmpCodePoint(codePoint)) {
      append((char) codePoint, in, from, to);
    } else {
      append(Character.highSurrogate(codePoint), in, from, to);
      append(Character.lowSurrogate(codePoint), in, from, to);
    }
  }

  /**
   * Appends {@code c}, which has no source of its own, at the boundary before unit {@code at} of
   * {@code in}: its source span is empty.
   */
  public void insert(char c, TextBuffer in, int at) {
    ensureCapacity(length + 1);
    chars[length] = c;
    if (tracking) {
      int position = in.boundary(at);
      starts[length] = position;
      ends[length] = position;
    }
    length++;
  }

  /** The source span start of units {@code [from, to)}; an empty range sits at its boundary. */
  private int spanStart(int from, int to) {
    return to > from ? starts[from] : boundary(from);
  }

  private int spanEnd(int from, int to) {
    return to > from ? ends[to - 1] : boundary(from);
  }

  /** The source position between unit {@code at - 1} and unit {@code at}. */
  private int boundary(int at) {
    if (at > 0) {
      return ends[at - 1];
    }
    return length > 0 ? starts[0] : 0;
  }

  public String text() {
    return new String(chars, 0, length);
  }

  /** Copies of the source spans, one per unit; only when tracking. */
  public int[] sourceStarts() {
    return Arrays.copyOf(starts, length);
  }

  public int[] sourceEnds() {
    return Arrays.copyOf(ends, length);
  }

  private void ensureCapacity(int needed) {
    if (needed <= chars.length) {
      return;
    }
    int capacity = Math.max(needed, chars.length + (chars.length >> 1));
    chars = Arrays.copyOf(chars, capacity);
    if (tracking) {
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
    }
  }
}
