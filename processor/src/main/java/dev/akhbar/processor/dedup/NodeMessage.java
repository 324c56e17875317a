package dev.akhbar.processor.dedup;

import dev.akhbar.common.record.RawArticle;
import dev.akhbar.processor.flow.SourcePosition;
import java.util.List;

/**
 * A message to one dedup node, the article whose id is {@link #target()}; the dedup inbox topic is
 * keyed by it, so each node's messages are handled one at a time on one partition. See
 * docs/dedup.md for the protocol.
 */
public sealed interface NodeMessage {

  String target();

  /**
   * A raw record that passed intake, with what intake computed.
   *
   * @param eventTime the article's event time in epoch milliseconds, used for the window
   */
  record Arrival(
      RawArticle raw,
      String language,
      double arabicShare,
      String contentHash,
      int[] signature,
      long[] bandKeys,
      long eventTime,
      SourcePosition source)
      implements NodeMessage {
    @Override
    public String target() {
      return raw.articleId();
    }
  }

  /** What one partition of the indexes found and verified for the newcomer {@code target}. */
  record IndexReply(String target, List<Match> matches) implements NodeMessage {}

  /**
   * The newcomer {@code origin} tells candidate {@code target} that they match (an index verified
   * the pair) and asks it to join their clusters.
   *
   * @param similarity 1 for an exact copy, else the estimated Jaccard similarity of the pair
   */
  record Verify(String target, SortKey origin, boolean exact, int firstBand, double similarity)
      implements NodeMessage {}

  /**
   * Join the cluster of {@code target} with the cluster of {@code other}, on behalf of the newcomer
   * {@code origin}, who is told when it is done; {@code edge} is the verified pair, for the origin.
   */
  record Link(String target, SortKey other, String origin, Edge edge) implements NodeMessage {}

  /**
   * The old root {@code child} (which now points at {@code childParent}) and its members belong
   * under {@code target}; the cluster's root takes them and tells each its new original.
   */
  record Adopt(
      String target, SortKey targetKey, SortKey child, SortKey childParent, List<SortKey> members)
      implements NodeMessage {}

  /** The original of {@code target}'s cluster is now {@code root}. */
  record Repoint(String target, SortKey root) implements NodeMessage {}

  /**
   * One verification or link requested by the newcomer {@code target} is done: the originals it
   * demoted and the edge it verified (null if none).
   */
  record Ack(String target, List<String> demoted, Edge edge) implements NodeMessage {}
}
