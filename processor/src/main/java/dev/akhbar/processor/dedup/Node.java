package dev.akhbar.processor.dedup;

import dev.akhbar.processor.flow.SourcePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The dedup state of one article, kept by the partition that owns its id: its identity and content
 * version, where it stands in the union-find forest of clusters (a root is an original; every other
 * node has a parent that is earlier than itself), and the progress of its own first decision.
 *
 * <p>Mutable on purpose: a node is loaded, changed by one message and written back.
 */
final class Node {

  /** Where the node's own first decision stands. */
  enum Phase {
    /** Waiting for the indexes to answer. */
    PROBING,
    /** Waiting for its candidates to verify and link. */
    LINKING,
    /** Its outcome is written. */
    SETTLED
  }

  SortKey key;
  long eventTime;

  /**
   * The content hash of the first version (its signature is beside its index entries): dedup
   * decides on these.
   */
  String firstContentHash;

  /** The content hash of the latest version: an unchanged refetch has the same one. */
  String currentContentHash;

  int version;
  int revision;
  boolean removed;

  Phase phase;
  int awaitingReplies;
  int awaitingAcks;
  List<Match> candidates = new ArrayList<>();
  List<String> demoted = new ArrayList<>();
  SourcePosition source;

  /** Null for a root (an original); otherwise an earlier node of the same cluster. */
  SortKey parent;

  /**
   * For a root: how many other nodes of its cluster it knows of. The members themselves are in
   * {@link DedupStores#CLUSTER_MEMBERS}, read only when the root hands them over, so that a node
   * costs the same to read and write whatever the size of its cluster.
   */
  int memberCount;

  /** The strongest verified pair this node is part of; null when none. */
  Edge bestEdge;

  /** True while this node's latest record is an original on the articles topic. */
  boolean publishedOriginal;

  /** What a duplicates record says about this node. */
  String url;

  String sourceId;
  String title;

  String id() {
    return key.articleId();
  }

  Instant publishedAt() {
    return key.publishedAt();
  }

  boolean isRoot() {
    return parent == null;
  }

  boolean isSettled() {
    return phase == Phase.SETTLED;
  }

  long contentPrefix() {
    return dev.akhbar.processor.fingerprint.ContentHash.prefix(firstContentHash);
  }
}
