package dev.akhbar.processor.intake;

import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.text.Normalized;
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

  public NormalizedText of(RawArticle raw) {
    Normalized title = normalizer.normalize(raw.title() == null ? "" : raw.title());
    Normalized body = normalizer.normalize(raw.body() == null ? "" : raw.body());
    return new NormalizedText(title.display(), title.match(), body.display(), body.match());
  }
}
