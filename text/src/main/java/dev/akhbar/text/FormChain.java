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
 */
final class FormChain {

  private final List<TextStep> steps;

  private FormChain(List<TextStep> steps) {
    this.steps = List.copyOf(steps);
  }

  static FormChain of(List<Step> definition, GluedWordSplitter splitter) {
    List<TextStep> steps = new ArrayList<>();
    List<CharacterRule> pendingRules = new ArrayList<>();
    for (Step step : definition) {
      Optional<CharacterRule> rule = characterRule(step);
      if (rule.isPresent()) {
        pendingRules.add(rule.get());
        continue;
      }
      if (!pendingRules.isEmpty()) {
        steps.add(new CharacterMap(pendingRules));
        pendingRules.clear();
      }
      steps.add(contextStep(step, splitter));
    }
    if (!pendingRules.isEmpty()) {
      steps.add(new CharacterMap(pendingRules));
    }
    return new FormChain(steps);
  }

  /** The fused table of the code-point rules among {@code definition}, in order. */
  static CharacterMap characterMap(List<Step> definition) {
    return new CharacterMap(
        definition.stream().flatMap(step -> characterRule(step).stream()).toList());
  }

  /**
   * Runs the chain over {@code in}. Each step writes into the spare buffer, which then becomes the
   * input of the next; a step with nothing to do costs a scan and no copy.
   */
  TextBuffer run(TextBuffer in, Tally tally) {
    TextBuffer current = in;
    TextBuffer spare = new TextBuffer(in.length() + 16, in.tracking());
    for (TextStep step : steps) {
      if (step.apply(current, spare, tally)) {
        TextBuffer written = spare;
        spare = current;
        current = written;
      }
    }
    return current;
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
