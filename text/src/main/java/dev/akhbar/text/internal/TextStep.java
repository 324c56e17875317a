package dev.akhbar.text.internal;

import java.util.Optional;

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

  /**
   * Whether a text holding the unit {@code c} may give this step work. A text without any of its
   * triggers is already in the step's form: the chain finds out for all its steps in one scan and
   * skips the step without calling {@link #apply}. A step whose work depends on context (spacing,
   * words) names every unit that may start it; it still checks the context itself.
   */
  boolean isTrigger(char c);

  /**
   * A check that proves a text needs no work from this step, when the step has one: for a text that
   * passes it, {@link #apply} returns {@code false}. A chain may fold it into its own scan and skip
   * the step without calling {@link #apply}.
   */
  default Optional<PairCheck> pairCheck() {
    return Optional.empty();
  }

  /**
   * {@link #apply} for a text known to fail {@link #pairCheck()}: a chain that made the check in
   * its own scan calls this, so that the step does not check the whole text again.
   */
  default boolean applyFailingCheck(TextBuffer in, TextBuffer out, Tally tally) {
    return apply(in, out, tally);
  }

  /**
   * Whether what this step writes is already in its form: {@link #apply} on its own output returns
   * {@code false}. A chain need not ask the step again until another step changes the text.
   */
  default boolean isIdempotent() {
    return false;
  }

  /**
   * Whether {@link #apply} finds out by itself, in no more than one pass that stops at the first
   * unit it must change, that a text gives it no work: a chain need not scan the text for it first.
   */
  default boolean findsItsOwnWork() {
    return false;
  }
}
