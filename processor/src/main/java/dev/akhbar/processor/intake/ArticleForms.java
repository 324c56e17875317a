package dev.akhbar.processor.intake;

import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.text.Normalizer;

/** The display and match forms of an article's title and body (the text module's rules). */
public final class ArticleForms {

  private final Normalizer normalizer;

  public ArticleForms(Normalizer normalizer) {
    this.normalizer = normalizer;
  }

  public static ArticleForms withDefaults() {
    return new ArticleForms(Normalizer.defaults());
  }

  /**
   * Both forms of the title and the body. Only the texts are kept, so they are computed without the
   * offset maps back to the input ({@link Normalizer#normalize} builds them; they are a third of
   * its cost).
   */
  public NormalizedText of(RawArticle raw) {
    String title = normalizer.display(raw.title() == null ? "" : raw.title());
    String body = normalizer.display(raw.body() == null ? "" : raw.body());
    return new NormalizedText(title, normalizer.match(title), body, normalizer.match(body));
  }
}
