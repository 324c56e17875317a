package dev.akhbar.processor.flow;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.Rejected;
import dev.akhbar.processor.dedup.IndexProbe;
import dev.akhbar.processor.dedup.NodeMessage;

/**
 * One thing a step wants written, and so where it goes: the topology routes each kind to its topic.
 * The record's key travels beside it (the article id, a content hash, a target node).
 */
public sealed interface Emission {

  /** An original, update, demotion or removal for {@code akhbar.articles.v1}. */
  record Publish(Article article) implements Emission {}

  /** A copy for {@code akhbar.duplicates.v1}. */
  record Copy(Duplicate duplicate) implements Emission {}

  /** An article set aside for {@code akhbar.rejected.v1}. */
  record SetAside(Rejected rejected) implements Emission {}

  /** A record that could not be processed, for {@code akhbar.dlq.v1}. */
  record DeadLettered(DeadLetter deadLetter) implements Emission {}

  /** The fate of one raw record, for {@code akhbar.outcomes.v1}. */
  record Accounted(Outcome outcome) implements Emission {}

  /** A message to a dedup node (keyed by its article id), through the dedup inbox topic. */
  record ToNode(NodeMessage message) implements Emission {}

  /**
   * An arrival for a dedup node of the same task: its raw record's partition is the partition of
   * its node, so it goes to the node directly instead of through the dedup inbox topic.
   */
  record ToNodeHere(NodeMessage.Arrival arrival) implements Emission {}

  /**
   * A look-up of exact and near copies on one partition of the indexes, repartitioned by content
   * hash and band.
   */
  record Probe(IndexProbe probe) implements Emission {}
}
