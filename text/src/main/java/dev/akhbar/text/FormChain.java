package dev.akhbar.text;

import dev.akhbar.text.internal.AlefMaksuraFolding;
import dev.akhbar.text.internal.AlefVariantFolding;
import dev.akhbar.text.internal.ArabicDiacriticRemoval;
import dev.akhbar.text.internal.CharacterMap;
import dev.akhbar.text.internal.CharacterRule;
import dev.akhbar.text.internal.CompatibilityComposition;
import dev.akhbar.text.internal.ControlCharacterRemoval;
import dev.akhbar.text.internal.DigitFolding;
import dev.akhbar.text.internal.HamzaSeatFolding;
import dev.akhbar.text.internal.HtmlEntityDecoding;
import dev.akhbar.text.internal.HtmlMarkupRemoval;
import dev.akhbar.text.internal.InvisibleFormattingRemoval;
import dev.akhbar.text.internal.Lowercasing;
import dev.akhbar.text.internal.NumberSignFolding;
import dev.akhbar.text.internal.PairCheck;
import dev.akhbar.text.internal.PersianLetterFolding;
import dev.akhbar.text.internal.QuranicMarkRemoval;
import dev.akhbar.text.internal.SpaceCleanup;
import dev.akhbar.text.internal.Tally;
import dev.akhbar.text.internal.TatweelRemoval;
import dev.akhbar.text.internal.TehMarbutaFolding;
import dev.akhbar.text.internal.TextBuffer;
import dev.akhbar.text.internal.TextStep;
import dev.akhbar.text.internal.UnpairedSurrogateRepair;
import dev.akhbar.text.internal.WhitespaceUnification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where named {@link Step}s become the classes that do them, and where consecutive
 * code-point rules are fused into one table so that a run of them costs one pass. Immutable and
 * thread-safe.
 *
 * <p>Before the steps run, one scan of the text finds which of them have anything to do: each step
 * names the characters that may give it work ({@link TextStep#isTrigger}), and the chain keeps, for
 * every BMP character, the set of steps it triggers. A step none of whose triggers is in the text
 * is skipped without reading the text again; typical news text (Arabic letters, ASCII digits and
 * punctuation, spaces, paragraph breaks) passes the steps that have nothing to do without a copy.
 * After a step changes the text the scan is done again, before the next step that does not find its
 * own work (a code-point map, the reference decoder): such a step runs without a scan, since its
 * own first loop stops where its work starts. NFKC does not: the scan before it also tells the
 * steps after it (the tatweel step that follows it, the next round) that they have nothing to do. A
 * step that left a text unchanged, or wrote it and {@link TextStep#isIdempotent is idempotent}, is
 * not asked about it again (NFKC after the tatweel step that changed nothing; the whitespace step
 * in the round after it unified the spacing).
 *
 * <p>The spacing step ({@code whitespace}) and the glued-word step after it share one more scan
 * ({@link TextScan}): it finds both whether the spacing is already clean, and so the spacing step
 * is skipped, and which words the glued-word step must ask about, which it uses when the text
 * reaches it unchanged, as most texts do.
 *
 * <p>A chain made {@link Rounds#UNTIL_STABLE} runs its clean-up steps (those before the glued-word
 * split or the space clean-up) again over their own output until a round changes nothing, because
 * removing markup, references, controls, tatweel or runs of whitespace can bring together the
 * pieces of something an earlier step removes ({@code <}, ZERO WIDTH SPACE, {@code b>} becomes
 * {@code <b>}; {@code &amp;lt;} becomes {@code &lt;}; a tag's {@code >} comes within {@code
 * MAX_TAG_CHARS} of its {@code <}). That makes the form idempotent. Each round that changes the
 * text either shortens it (markup, references, deletions, whitespace) or puts marks in order, so
 * the rounds end; {@link #MAX_ROUNDS} bounds them all the same.
 *
 * <p>A chain told that its input already passes the check of its first spacing step (the match
 * chain, whose input is a display form with unified spacing) skips that step when the steps before
 * it were code-point maps that never touch a space or a line break and deleted nothing beside one
 * (marks inside words, as in قتيلًا): no text it could clean up was made.
 */
final class FormChain {

  /** How many times a chain runs its clean-up steps over a text. */
  enum Rounds {
    /** Once: the steps are known to leave their own output as it is. */
    ONCE,
    /** Until a round changes nothing (at most {@link #MAX_ROUNDS}). */
    UNTIL_STABLE
  }

  /** Most rounds of the clean-up steps over one text. */
  static final int MAX_ROUNDS = 16;

  /** Steps past this index have no bit of their own and always run. */
  private static final int TRACKED_STEPS = 31;

  private static final int ALWAYS = 1 << TRACKED_STEPS;

  private final List<TextStep> steps;
  private final int cleanupSteps;
  private final Rounds rounds;

  /**
   * For each step, the positions (below 64) of the chain that do the same: a step that left a text
   * unchanged leaves it unchanged again, so it is not asked twice about the same text.
   */
  private final long[] sameSteps;

  /** For every BMP character, the bits of the steps it triggers; bit 31 is always set. */
  private final int[] triggers = new int[0x10000];

  /** The position of the spacing step the {@link #words} scan checks for, or -1. */
  private final int spacingStep;

  /** The position of the glued-word step after it whose words that scan finds, or -1. */
  private final int gluedStep;

  /** The scan of the spacing and glued-word steps; {@code null} without both. */
  private final TextScan words;

  /** The position of the first step with a {@link TextStep#pairCheck}, or -1. */
  private final int checkedStep;

  /**
   * For each step before {@link #checkedStep}: whether it keeps a text that passes that step's
   * check passing it, whenever it deletes nothing beside a space or a line feed ({@link
   * Tally#deletionsBesideSpacing}): a code-point map that never makes or changes a character the
   * check looks at (nor a supplementary code point), and a check that looks at spaces and line
   * feeds only.
   */
  private final boolean[] keepsCheck;

  private FormChain(List<TextStep> steps, List<List<Step>> names, int cleanupSteps, Rounds rounds) {
    this.steps = List.copyOf(steps);
    this.cleanupSteps = cleanupSteps;
    this.rounds = rounds;
    this.sameSteps = new long[this.steps.size()];
    for (int k = 0; k < names.size(); k++) {
      for (int j = 0; j < Math.min(Long.SIZE, names.size()); j++) {
        if (names.get(j).equals(names.get(k))) {
          sameSteps[k] |= 1L << j;
        }
      }
    }
    for (int c = 0; c < triggers.length; c++) {
      int bits = ALWAYS;
      for (int k = 0; k < Math.min(TRACKED_STEPS, this.steps.size()); k++) {
        if (this.steps.get(k).isTrigger((char) c)) {
          bits |= 1 << k;
        }
      }
      triggers[c] = bits;
    }
    int spacing = -1;
    int glued = -1;
    for (int k = 0; k < this.steps.size(); k++) {
      TextStep step = this.steps.get(k);
      if (spacing < 0 && step.pairCheck().isPresent()) {
        spacing = k;
      } else if (spacing >= 0 && step instanceof GluedWordStep split && split.splits()) {
        glued = k;
        break;
      }
    }
    this.spacingStep = glued < 0 ? -1 : spacing;
    this.checkedStep = spacing;
    this.keepsCheck = new boolean[Math.max(0, spacing)];
    if (spacing > 0 && looksAtSpacingOnly(this.steps.get(spacing).pairCheck().orElseThrow())) {
      PairCheck check = this.steps.get(spacing).pairCheck().orElseThrow();
      for (int k = 0; k < keepsCheck.length; k++) {
        keepsCheck[k] = this.steps.get(k) instanceof CharacterMap map && map.keepsClassesOf(check);
      }
    }
    this.gluedStep = glued;
    this.words =
        glued < 0
            ? null
            : new TextScan(
                this.steps.get(spacing).pairCheck().orElseThrow(),
                ((GluedWordStep) this.steps.get(glued)).endings());
  }

  static FormChain of(List<Step> definition, GluedWordSplitter splitter, Rounds rounds) {
    List<TextStep> steps = new ArrayList<>();
    List<List<Step>> names = new ArrayList<>();
    List<CharacterRule> pendingRules = new ArrayList<>();
    List<Step> pendingNames = new ArrayList<>();
    int cleanupSteps = -1;
    for (Step step : definition) {
      Optional<CharacterRule> rule = characterRule(step);
      if (rule.isPresent()) {
        pendingRules.add(rule.get());
        pendingNames.add(step);
        continue;
      }
      if (!pendingRules.isEmpty()) {
        steps.add(new CharacterMap(pendingRules));
        names.add(List.copyOf(pendingNames));
        pendingRules.clear();
        pendingNames.clear();
      }
      if (cleanupSteps < 0 && shapesSpacing(step)) {
        cleanupSteps = steps.size();
      }
      steps.add(contextStep(step, splitter));
      names.add(List.of(step));
    }
    if (!pendingRules.isEmpty()) {
      steps.add(new CharacterMap(pendingRules));
      names.add(List.copyOf(pendingNames));
    }
    return new FormChain(steps, names, cleanupSteps < 0 ? steps.size() : cleanupSteps, rounds);
  }

  /** The fused table of the code-point rules among {@code definition}, in order. */
  static CharacterMap characterMap(List<Step> definition) {
    return new CharacterMap(
        definition.stream().flatMap(step -> characterRule(step).stream()).toList());
  }

  /**
   * Runs the chain over {@code in}. Each step that has work writes into the spare buffer, which
   * then becomes the input of the next; when no step changes anything the result is {@code in}
   * itself.
   */
  TextBuffer run(TextBuffer in, Tally tally) {
    return run(in, tally, false);
  }

  /**
   * {@link #run(TextBuffer, Tally)} for an input known to pass the check of the chain's first
   * spacing step when {@code inputPassesCheck}: that step is skipped unless a step before it may
   * have made work for it.
   */
  TextBuffer run(TextBuffer in, Tally tally, boolean inputPassesCheck) {
    Pass pass = new Pass(in, tally);
    pass.checkPassed = inputPassesCheck && checkedStep >= 0;
    int round = 0;
    boolean changed;
    do {
      changed = pass.runSteps(0, cleanupSteps);
      round++;
    } while (changed && rounds == Rounds.UNTIL_STABLE && round < MAX_ROUNDS);
    pass.runSteps(cleanupSteps, steps.size());
    return pass.current;
  }

  /** The bits of the steps that the units of {@code text} trigger, in one scan. */
  private int triggersIn(TextBuffer text) {
    char[] s = text.chars();
    int n = text.length();
    int[] table = triggers;
    int bits = ALWAYS;
    for (int i = 0; i < n; i++) {
      bits |= table[s[i]];
    }
    return bits;
  }

  /** The state of one run: the current text, the spare buffer, what the text triggers. */
  private final class Pass {
    private final Tally tally;
    private final TextBuffer original;
    private TextBuffer current;
    private TextBuffer spare;
    private int pending;

    /** Whether {@link #pending} does not describe {@link #current}; true until the first scan. */
    private boolean stale = true;

    /** How many times a step changed the text. */
    private int version;

    /** What {@link #words} found, and in which {@link #version} of the text; -1 for none yet. */
    private TextScan.Result found;

    private int foundVersion = -1;

    /** The positions whose step leaves the current text unchanged: it did, or it wrote it. */
    private long passed;

    /** Whether the current text is known to pass the check of step {@link #checkedStep}. */
    private boolean checkPassed;

    Pass(TextBuffer in, Tally tally) {
      this.tally = tally;
      this.original = in;
      this.current = in;
    }

    /** Runs steps {@code [from, to)}; returns whether any changed the text. */
    boolean runSteps(int from, int to) {
      boolean changed = false;
      for (int k = from; k < to; k++) {
        int bit = k < TRACKED_STEPS ? 1 << k : ALWAYS;
        TextStep step = steps.get(k);
        if (stale && k < to - 1 && !step.findsItsOwnWork()) {
          pending = triggersIn(current);
          stale = false;
        }
        if ((!stale && (pending & bit) == 0)
            || (k < Long.SIZE && (passed & 1L << k) != 0)
            || (k == checkedStep && checkPassed)) {
          continue;
        }
        if (spare == null) {
          spare = new TextBuffer(0, current.tracking());
        }
        int deletions = tally.deletionsBesideSpacing;
        if (!apply(k, step)) {
          passed |= sameSteps[k];
        } else {
          TextBuffer written = spare;
          checkPassed &=
              k < keepsCheck.length && keepsCheck[k] && tally.deletionsBesideSpacing == deletions;
          // The caller's buffer is never written: the result is it only when nothing changed.
          spare = current == original ? null : current;
          current = written;
          // Scanned again before the next step but the last, which checks for itself.
          stale = true;
          // A step whose output is in its own form is not asked again about it.
          passed = step.isIdempotent() && k < Long.SIZE ? sameSteps[k] : 0;
          changed = true;
          version++;
        }
      }
      return changed;
    }

    /** Applies step {@code k}: the spacing and glued-word steps by what {@link #words} finds. */
    private boolean apply(int k, TextStep step) {
      if (k == spacingStep) {
        if (found == null) {
          found = new TextScan.Result();
        }
        words.scan(current.chars(), current.length(), found);
        // Without clean spacing the scan stopped early and found no words.
        foundVersion = found.spacingClean ? version : -1;
        return !found.spacingClean && step.applyFailingCheck(current, spare, tally);
      }
      if (k == gluedStep && foundVersion == version) {
        return ((GluedWordStep) step)
            .applyAt(current, spare, tally, found.wordEnds, found.wordEndCount);
      }
      return step.apply(current, spare, tally);
    }
  }

  /** Whether only spaces and line feeds have a non-zero class in {@code check}. */
  private static boolean looksAtSpacingOnly(PairCheck check) {
    for (int c = 0; c < 0x10000; c++) {
      if (check.classOf((char) c) != 0 && c != ' ' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  /** Whether the step only adds or trims spaces of a clean text; the steps before it clean up. */
  private static boolean shapesSpacing(Step step) {
    return step == Step.SPACE_CLEANUP || step == Step.GLUED_WORDS;
  }

  private static Optional<CharacterRule> characterRule(Step step) {
    CharacterRule rule =
        switch (step) {
          case CONTROL_CHARACTERS -> new ControlCharacterRemoval();
          case INVISIBLE_FORMATTING -> new InvisibleFormattingRemoval();
          case TATWEEL -> new TatweelRemoval();
          case ARABIC_DIACRITICS -> new ArabicDiacriticRemoval();
          case QURANIC_MARKS -> new QuranicMarkRemoval();
          case ALEF_VARIANTS -> new AlefVariantFolding();
          case ALEF_MAKSURA -> new AlefMaksuraFolding();
          case TEH_MARBUTA -> new TehMarbutaFolding();
          case HAMZA_SEATS -> new HamzaSeatFolding();
          case PERSIAN_LETTERS -> new PersianLetterFolding();
          case DIGITS -> new DigitFolding();
          case NUMBER_SIGNS -> new NumberSignFolding();
          case LOWERCASE -> new Lowercasing();
          default -> null;
        };
    return Optional.ofNullable(rule);
  }

  private static TextStep contextStep(Step step, GluedWordSplitter splitter) {
    return switch (step) {
      case UNPAIRED_SURROGATES -> new UnpairedSurrogateRepair();
      case HTML_MARKUP -> new HtmlMarkupRemoval();
      case HTML_ENTITIES -> new HtmlEntityDecoding();
      case NFKC -> new CompatibilityComposition();
      case WHITESPACE -> new WhitespaceUnification();
      case SPACE_CLEANUP -> new SpaceCleanup();
      case GLUED_WORDS -> new GluedWordStep(splitter);
      default -> throw new IllegalStateException(step + " is a code-point rule, not a step");
    };
  }
}
