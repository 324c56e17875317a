package dev.akhbar.processor;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Tags;

/**
 * The tagging step of the topology: entities, topics, keywords and dateline of an article about to
 * be published. It sees the processed record (raw fields, display and match forms, language) with
 * empty tags. Must be thread-safe and deterministic: a demoted original is tagged again when it is
 * published again.
 */
@FunctionalInterface
public interface ArticleTagger {

  /** Tags nothing; the topology's default until a real tagger is plugged in. */
  ArticleTagger NONE = article -> Tags.none();

  Tags tag(Article article);
}
