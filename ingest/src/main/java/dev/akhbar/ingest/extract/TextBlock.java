package dev.akhbar.ingest.extract;

/**
 * One paragraph of a page's text and how much of it sits inside links.
 *
 * @param text the paragraph, whitespace collapsed, never empty
 * @param linkChars non-space characters of {@code text} that are link text
 * @param chars non-space characters of {@code text}
 */
record TextBlock(String text, int linkChars, int chars) {

  /** The share of the paragraph's characters that are link text, 0 to 1. */
  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }
}
