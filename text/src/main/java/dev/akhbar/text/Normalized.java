package dev.akhbar.text;

/**
 * Both forms of one text, with the maps from each back to the text before it.
 *
 * <p>All positions are UTF-16 indices ({@link String} positions). To report code points, convert at
 * the edge with {@link CodePointOffsets}: for {@code akhbar tag}, an entity found at {@code [s, e)}
 * in the match form is at {@code inputSpan(s, e)} in the input, and {@code
 * CodePointOffsets.of(input).toCodePoints(thatSpan)} gives the contract's code point offsets.
 *
 * @param display what a reader sees
 * @param match what dedup, tagging and search compare; same length as {@code display} or shorter
 * @param displayToInput maps display-form positions to the input text as given
 * @param matchToDisplay maps match-form positions to the display form
 * @param notes what normalization noticed on the way
 */
public record Normalized(
    String display, String match, OffsetMap displayToInput, OffsetMap matchToDisplay, Notes notes) {

  /**
   * What normalizing one text noticed; all zero and false for ordinary text.
   *
   * @param truncated the input was longer than {@link Normalizer#maxInputChars()} and only its
   *     beginning was normalized (the maps still point into the full input)
   * @param unpairedSurrogates how many unpaired UTF-16 surrogates became U+FFFD
   * @param gluedWordsSplit how many glued words were split
   */
  public record Notes(boolean truncated, int unpairedSurrogates, int gluedWordsSplit) {
    public static final Notes NONE = new Notes(false, 0, 0);
  }

  /** The display-form span of the match-form span {@code [start, end)}. */
  public Span displaySpan(int start, int end) {
    return matchToDisplay.toSource(start, end);
  }

  /** The input-text span of the display-form span {@code [start, end)}. */
  public Span inputSpan(int start, int end) {
    return displayToInput.toSource(start, end);
  }

  /** The input-text span of the match-form span {@code [start, end)}. */
  public Span inputSpanOfMatch(int start, int end) {
    Span display = displaySpan(start, end);
    return inputSpan(display.start(), display.end());
  }
}
