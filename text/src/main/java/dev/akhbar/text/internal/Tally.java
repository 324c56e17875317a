package dev.akhbar.text.internal;

/** What the steps of one normalization noticed; one instance per call, never shared. */
public final class Tally {

  /** Unpaired surrogates replaced with U+FFFD. */
  public int unpairedSurrogates;

  /** Glued words split in two or more. */
  public int gluedWordsSplit;

  /**
   * Characters a code-point map deleted beside a space or a line feed or at an end of the text:
   * with none, the map left a text whose spacing was clean still clean.
   */
  public int deletionsBesideSpacing;
}
