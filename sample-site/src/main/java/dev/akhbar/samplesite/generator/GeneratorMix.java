package dev.akhbar.samplesite.generator;

/**
 * The proportions of each kind of article, in [0, 1], the rest being originals.
 *
 * @param exactCopies the same body under another outlet's URL and headline
 * @param nearCopies the same story with another headline, a dropped paragraph, a signature line and
 *     spelling variants
 * @param unchangedRefetches the same URL with the same content
 * @param changedRefetches the same URL with an added paragraph (an update)
 * @param earlierCopies the share of copies published before the article they copy, which makes the
 *     processor demote an original
 */
public record GeneratorMix(
    double exactCopies,
    double nearCopies,
    double unchangedRefetches,
    double changedRefetches,
    double earlierCopies) {

  public GeneratorMix {
    double sum = exactCopies + nearCopies + unchangedRefetches + changedRefetches;
    if (exactCopies < 0 || nearCopies < 0 || unchangedRefetches < 0 || changedRefetches < 0) {
      throw new IllegalArgumentException("shares must not be negative");
    }
    if (sum >= 1) {
      throw new IllegalArgumentException("shares must leave room for originals, sum is " + sum);
    }
    if (earlierCopies < 0 || earlierCopies > 1) {
      throw new IllegalArgumentException("earlierCopies must be in [0, 1], got " + earlierCopies);
    }
  }

  /** 70% originals, 10% exact copies, 10% near copies, 5% and 5% refetches; 10% earlier copies. */
  public static GeneratorMix realistic() {
    return new GeneratorMix(0.10, 0.10, 0.05, 0.05, 0.10);
  }

  /** Originals only. */
  public static GeneratorMix originalsOnly() {
    return new GeneratorMix(0, 0, 0, 0, 0);
  }
}
