package dev.akhbar.processor.intake;

/** What happens to an article whose language is not Arabic. */
public enum NonArabicPolicy {
  /** Processed like any other, with its language recorded: the default. */
  PASS,
  /** Set aside on the rejected topic with reason {@code not_arabic}. */
  REJECT
}
