package dev.akhbar.text.internal;

/**
 * A context-free rule on single code points: each code point becomes one code point or nothing.
 * Rules never look at neighbours, so consecutive rules are fused into one table and applied in one
 * pass ({@link CharacterMap}).
 */
public interface CharacterRule {

  /** Returned by {@link #apply} to delete the code point. */
  int DELETE = -1;

  /** The code point that replaces {@code codePoint}: itself to keep it, or {@link #DELETE}. */
  int apply(int codePoint);
}
