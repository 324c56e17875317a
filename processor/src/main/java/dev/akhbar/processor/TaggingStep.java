package dev.akhbar.processor;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link ArticleTagger} to an article on its way to the articles topic. Tags enrich an
 * article that is already decided, so a tagger failure publishes the article untagged (logged and
 * counted) rather than losing it or failing the stream.
 */
final class TaggingStep {

  private static final Logger LOG = LoggerFactory.getLogger(TaggingStep.class);

  private final ArticleTagger tagger;
  private final ProcessorMetrics metrics;

  TaggingStep(ArticleTagger tagger, ProcessorMetrics metrics) {
    this.tagger = tagger;
    this.metrics = metrics;
  }

  Article apply(Article article) {
    Tags tags;
    try {
      tags = tagger.tag(article);
    } catch (RuntimeException e) {
      LOG.warn("tagging failed for {}; published without tags", article.articleId(), e);
      metrics.taggingFailed();
      return article;
    }
    return new Article(
        article.schemaVersion(),
        article.articleId(),
        article.sourceId(),
        article.url(),
        article.canonicalUrl(),
        article.fetchedAt(),
        article.publishedAt(),
        article.modifiedAt(),
        article.title(),
        article.body(),
        article.authors(),
        article.section(),
        article.languageHint(),
        article.imageUrl(),
        article.http(),
        article.extractionMethod(),
        article.removed(),
        article.normalized(),
        article.language(),
        article.arabicShare(),
        article.fingerprints(),
        article.dedup(),
        tags,
        article.change(),
        article.processedAt());
  }
}
