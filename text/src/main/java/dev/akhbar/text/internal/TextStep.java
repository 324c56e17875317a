package dev.akhbar.text.internal;

/**
 * One transformation of a text: reads one buffer, writes the transformed text into another. A step
 * keeps no state between calls and is safe to share between threads.
 */
public interface TextStep {

  /**
   * Writes the transformed {@code in} into {@code out} (cleared first) and returns {@code true}; or
   * returns {@code false} when {@code in} is already in this step's form, leaving {@code out} in no
   * particular state, so that the chain skips a copy on text that needs no work. What the step
   * noticed (splits, repairs) it adds to {@code tally}.
   */
  boolean apply(TextBuffer in, TextBuffer out, Tally tally);
}
