package dev.akhbar.text;

/** What a token is. */
public enum TokenKind {
  /** Letters (any script), with their marks; Latin words may hold digits and inner apostrophes. */
  WORD,
  /** Digits of any script, with inner separators between digits: 2011, 3.5, 1,000, ٢٠١١. */
  NUMBER,
  /** One punctuation character (، ؛ ؟ « » . , …), only when the tokenizer is asked for them. */
  PUNCTUATION
}
