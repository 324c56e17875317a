package dev.akhbar.text;

import dev.akhbar.text.internal.Tally;
import dev.akhbar.text.internal.TextBuffer;
import java.util.List;

/**
 * Turns a text into its display form and its match form (DESIGN.md, "two forms of every text"), as
 * the {@link FormDefinition} lists them; the defaults are in {@code forms.properties} and {@code
 * docs/text.md} has the table of what becomes of each code point family. Immutable and thread-safe;
 * build one and share it.
 *
 * <ul>
 *   <li>{@link #normalize} gives both forms and the offset maps (for tagging, {@code akhbar tag});
 *   <li>{@link #display} and {@link #match} give one form without maps, faster (for dedup, search
 *       queries, {@code akhbar normalize}).
 * </ul>
 *
 * <p>Any input is accepted: unpaired surrogates, NUL and other controls, markup, text with no
 * letters. Input longer than {@link #maxInputChars()} is cut to that length (at the last whitespace
 * before it when one is near) and {@link Normalized.Notes#truncated()} says so; {@link #display}
 * and {@link #match} cut the same way, silently.
 */
public final class Normalizer {

  /** Default longest input normalized, in UTF-16 units: about 4 MB of Arabic in UTF-8. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 2_000_000;

  /** How far back from the cut a truncation looks for whitespace, in UTF-16 units. */
  static final int TRUNCATION_BACKOFF_CHARS = 256;

  private static final Normalizer DEFAULTS = builder().build();

  private final FormDefinition forms;
  private final FormChain displayChain;
  private final FormChain matchChain;
  private final int maxInputChars;

  /**
   * Whether every display form passes the match form's spacing check: the display form unifies
   * whitespace last (or just before the glued-word split, which only adds single spaces between
   * letters).
   */
  private final boolean displaySpacingClean;

  private Normalizer(Builder builder) {
    this.forms = builder.forms;
    // The display form is run until stable: markup and references can hide more of themselves. The
    // match form's steps (code-point folds and the space clean-up) are idempotent in one pass.
    this.displayChain =
        FormChain.of(builder.forms.display(), builder.splitter, FormChain.Rounds.UNTIL_STABLE);
    this.matchChain = FormChain.of(builder.forms.match(), builder.splitter, FormChain.Rounds.ONCE);
    this.maxInputChars = builder.maxInputChars;
    List<Step> display = builder.forms.display();
    int last = display.size() - 1;
    if (last >= 0 && display.get(last) == Step.GLUED_WORDS) {
      last--;
    }
    this.displaySpacingClean = last >= 0 && display.get(last) == Step.WHITESPACE;
  }

  /** The default forms, with the built-in glued-word lists. */
  public static Normalizer defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public FormDefinition forms() {
    return forms;
  }

  public int maxInputChars() {
    return maxInputChars;
  }

  /** Both forms of {@code text}, with the maps back to {@code text}. */
  public Normalized normalize(CharSequence text) {
    int length = inputLength(text);
    Tally tally = new Tally();
    TextBuffer input = TextBuffer.of(text, length, true);
    TextBuffer display = displayChain.run(input, tally);
    String displayText = textOf(display, input, text);
    // A display form equal to the input is its own source, unit for unit: it is the match form's.
    TextBuffer displayBuffer =
        display == input ? input : TextBuffer.of(displayText, displayText.length(), true);
    TextBuffer match = matchChain.run(displayBuffer, tally, displaySpacingClean);
    String matchText = textOf(match, displayBuffer, displayText);
    OffsetMap displayToInput =
        new OffsetMap(display.sourceStarts(), display.sourceEnds(), text.length());
    OffsetMap matchToDisplay =
        new OffsetMap(match.sourceStarts(), match.sourceEnds(), displayText.length());
    Normalized.Notes notes =
        new Normalized.Notes(
            length < text.length(), tally.unpairedSurrogates, tally.gluedWordsSplit);
    return new Normalized(displayText, matchText, displayToInput, matchToDisplay, notes);
  }

  /** The display form of {@code text}. */
  public String display(CharSequence text) {
    int length = inputLength(text);
    TextBuffer input = TextBuffer.of(text, length, false);
    return textOf(displayChain.run(input, new Tally()), input, text);
  }

  /**
   * The match form of {@code displayForm}, which must already be a display form (from {@link
   * #display}); for any other text use {@code normalize(text).match()}.
   */
  public String match(CharSequence displayForm) {
    int length = inputLength(displayForm);
    TextBuffer input = TextBuffer.of(displayForm, length, false);
    return textOf(matchChain.run(input, new Tally(), displaySpacingClean), input, displayForm);
  }

  /**
   * The text of {@code result}: {@code text} itself when the chain left all of it unchanged (no
   * copy), else a new string.
   */
  private static String textOf(TextBuffer result, TextBuffer input, CharSequence text) {
    if (result == input && input.length() == text.length() && text instanceof String s) {
      return s;
    }
    return result.text();
  }

  /** How much of {@code text} is normalized: all of it, or a prefix cut at a clean place. */
  private int inputLength(CharSequence text) {
    int length = text.length();
    if (length <= maxInputChars) {
      return length;
    }
    int cut = maxInputChars;
    for (int i = cut; i > Math.max(0, maxInputChars - TRUNCATION_BACKOFF_CHARS); i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    if (Character.isHighSurrogate(text.charAt(cut - 1))
        && Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return cut;
  }

  /** Chooses forms, glued-word lists and the input limit. */
  public static final class Builder {
    private FormDefinition forms = FormDefinition.defaults();
    private GluedWordSplitter splitter = GluedWordSplitter.defaults();
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;

    private Builder() {}

    public Builder forms(FormDefinition forms) {
      if (forms == null) {
        throw new IllegalArgumentException("forms must not be null");
      }
      this.forms = forms;
      return this;
    }

    /**
     * The splitter the {@code glued-words} step asks; pass one built with the tagger's gazetteer to
     * split its names too, or {@link GluedWordSplitter#none()} to split nothing.
     */
    public Builder gluedWords(GluedWordSplitter splitter) {
      if (splitter == null) {
        throw new IllegalArgumentException("splitter must not be null");
      }
      this.splitter = splitter;
      return this;
    }

    /** Longest input normalized, in UTF-16 units; at least 1. */
    public Builder maxInputChars(int maxInputChars) {
      if (maxInputChars < 1) {
        throw new IllegalArgumentException(
            "maxInputChars must be at least 1, got " + maxInputChars);
      }
      this.maxInputChars = maxInputChars;
      return this;
    }

    public Normalizer build() {
      return new Normalizer(this);
    }
  }
}
