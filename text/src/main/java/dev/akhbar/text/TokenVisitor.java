package dev.akhbar.text;

/**
 * Receives tokens without any object being made for them: the fast path for shingling and hashing.
 * Positions are UTF-16 indices into the text given to {@link Tokenizer#tokenize(CharSequence,
 * TokenVisitor)}; {@code start} is after a peeled prefix.
 */
@FunctionalInterface
public interface TokenVisitor {
  void token(int start, int end, TokenKind kind);
}
