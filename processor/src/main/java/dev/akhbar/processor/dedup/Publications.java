package dev.akhbar.processor.dedup;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.DedupInfo;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.DuplicateMethod;
import dev.akhbar.common.record.Fingerprints;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.common.record.Tags;
import dev.akhbar.processor.intake.ArticleForms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds the records dedup publishes from a node and what it stored. Tags are left empty: the
 * topology's tagging step fills them in just before the articles topic.
 */
final class Publications {

  /** What a copy's record says when no verified edge is known (should not happen; logged). */
  static final Edge UNKNOWN_EDGE =
      new Edge(new SortKey(null, ""), DuplicateMethod.NEAR, 0.0, "cluster");

  private final ArticleForms forms;

  Publications(ArticleForms forms) {
    this.forms = forms;
  }

  Article article(RawArticle raw, StoredArticle facts, Node node, Change change, Instant now) {
    String cluster = node.isRoot() ? node.id() : node.parent.articleId();
    return Article.of(
        raw,
        forms.of(raw),
        facts.language(),
        facts.arabicShare(),
        new Fingerprints(facts.contentHash(), hex(facts.bandKeys())),
        new DedupInfo(cluster, node.version, node.revision, node.memberCount),
        Tags.none(),
        change,
        now);
  }

  Article article(StoredArticle stored, Node node, Change change, Instant now) {
    return article(stored.raw(), stored, node, change, now);
  }

  Duplicate duplicate(Node node, Instant now) {
    Edge edge = node.bestEdge == null ? UNKNOWN_EDGE : node.bestEdge;
    return new Duplicate(
        node.id(),
        node.parent.articleId(),
        edge.method(),
        edge.similarity(),
        edge.matchedBy(),
        node.url,
        node.sourceId,
        node.title,
        node.publishedAt(),
        node.revision,
        now);
  }

  private static List<String> hex(long[] keys) {
    List<String> out = new ArrayList<>(keys.length);
    for (long k : keys) {
      out.add(HexFormat.of().toHexDigits(k));
    }
    return out;
  }
}
