package dev.akhbar.processor.tag;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Tags;
import dev.akhbar.processor.ArticleTagger;

/** The topology's tagging step done by the resource-based {@link Tagger}. */
public final class GazetteerTagger implements ArticleTagger {

  private final Tagger tagger;

  private GazetteerTagger(Tagger tagger) {
    this.tagger = tagger;
  }

  /** Loads the gazetteers and the topic model once; the result is thread-safe. */
  public static GazetteerTagger load() {
    return new GazetteerTagger(Tagger.load());
  }

  @Override
  public Tags tag(Article article) {
    return tagger.tag(article);
  }
}
