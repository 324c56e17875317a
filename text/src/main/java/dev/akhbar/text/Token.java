package dev.akhbar.text;

/**
 * One token of a text.
 *
 * @param text exactly the text's characters {@code [start, end)}; without the peeled prefix
 * @param start where the token starts, after any peeled prefix, in UTF-16 indices of the text the
 *     tokenizer was given
 * @param end where it ends, exclusive
 * @param kind word, number or punctuation
 * @param prefixLength how many UTF-16 units of clitic prefix were peeled off before {@code start}
 *     (0 when none or when peeling is off)
 * @param definite whether the peeled prefix ended in the article ال (or its لل contraction), so
 *     that {@link #definiteForm()} is the word as a dictionary with the article lists it
 */
public record Token(
    String text, int start, int end, TokenKind kind, int prefixLength, boolean definite) {

  /** Where the word starts with its prefix. */
  public int surfaceStart() {
    return start - prefixLength;
  }

  /** The text with the article restored when a peeled prefix held it: جزائر → الجزائر. */
  public String definiteForm() {
    return definite ? "\u0627\u0644" + text : text;
  }
}
