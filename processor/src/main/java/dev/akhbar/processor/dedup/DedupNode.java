package dev.akhbar.processor.dedup;

import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.processor.flow.DeadLetters;
import dev.akhbar.processor.flow.Emission;
import dev.akhbar.processor.flow.Outcomes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dedup node processor: applies each message of the dedup inbox to the node it targets ({@link
 * NodeStep}), writes the node back and forwards what the step emitted, and purges nodes that left
 * the window. A failure is caught per message: an arrival becomes a dead letter with its outcome,
 * and a request that another node waits for is still acknowledged, so that no raw record is left
 * without an outcome.
 */
public final class DedupNode implements Processor<String, NodeMessage, String, Emission> {

  /** How often (wall clock) nodes that left the window are purged. */
  public static final Duration PURGE_INTERVAL = Duration.ofSeconds(30);

  /** Most nodes purged per run, so that one run never stalls the stream thread. */
  public static final int MAX_PURGED_PER_RUN = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(DedupNode.class);
  private static final JsonSerde<RawArticle> RAW = JsonSerde.of(RawArticle.class);
  private static final byte[] NOTHING = new byte[0];

  private final DedupSettings settings;
  private final Publications publications;
  private final Clock clock;
  private ProcessorContext<String, Emission> context;
  private KeyValueStore<String, Node> nodes;
  private KeyValueStore<String, StoredArticle> articles;
  private KeyValueStore<Bytes, byte[]> expiry;
  private KeyValueStore<Bytes, SortKey> members;

  public DedupNode(
      DedupSettings settings, dev.akhbar.processor.intake.ArticleForms forms, Clock clock) {
    this.settings = settings;
    this.publications = new Publications(forms);
    this.clock = clock;
  }

  @Override
  public void init(ProcessorContext<String, Emission> context) {
    this.context = context;
    this.nodes = context.getStateStore(DedupStores.NODES);
    this.articles = context.getStateStore(DedupStores.ARTICLES);
    this.expiry = context.getStateStore(DedupStores.EXPIRY);
    this.members = context.getStateStore(DedupStores.CLUSTER_MEMBERS);
    context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, t -> purgeExpired());
  }

  @Override
  public void process(org.apache.kafka.streams.processor.api.Record<String, NodeMessage> record) {
    NodeMessage message = record.value();
    if (message == null) {
      return;
    }
    NodeStep step;
    try {
      step = apply(message);
    } catch (RuntimeException e) {
      LOG.error(
          "dedup failed on {} for {}", message.getClass().getSimpleName(), message.target(), e);
      step = recover(message, e);
    }
    for (NodeStep.Keyed k : step.out) {
      context.forward(record.withKey(k.key()).withValue(k.emission()));
    }
  }

  private NodeStep apply(NodeMessage message) {
    String id = message.target();
    BufferedArticles buffered = new BufferedArticles();
    ClusterMembers cluster = new ClusterMembers(members);
    NodeStep step =
        new NodeStep(id, nodes.get(id), settings, publications, buffered, cluster, clock.instant());
    step.apply(message);
    buffered.write();
    cluster.write();
    if (step.nodeChanged && step.node != null) {
      nodes.put(id, step.node);
      if (step.nodeCreated) {
        expiry.put(expiryKey(context.currentSystemTimeMs(), id), NOTHING);
      }
    }
    return step;
  }

  /**
   * What a failed message still owes: an arrival its outcome (as a dead letter), a request the
   * acknowledgement its origin waits for, a pending newcomer its decision.
   */
  private NodeStep recover(NodeMessage message, RuntimeException error) {
    Instant now = clock.instant();
    NodeStep step = new NodeStep(message.target(), null, settings, publications, null, null, now);
    if (message instanceof NodeMessage.Arrival a) {
      step.out.add(
          new NodeStep.Keyed(
              null,
              new Emission.DeadLettered(
                  DeadLetters.of(error, a.source(), RAW.toBytes(a.raw()), now))));
      step.out.add(
          new NodeStep.Keyed(
              a.target(),
              new Emission.Accounted(
                  Outcomes.of(a.target(), OutcomeKind.DEAD_LETTER, a.source(), now))));
    } else if (message instanceof NodeMessage.Verify v) {
      step.out.add(toNode(new NodeMessage.Ack(v.origin().articleId(), List.of(), null)));
    } else if (message instanceof NodeMessage.Link l) {
      step.out.add(toNode(new NodeMessage.Ack(l.origin(), List.of(), null)));
    } else if (message instanceof NodeMessage.IndexReply || message instanceof NodeMessage.Ack) {
      return settleAsDeadLetter(message.target(), error, now);
    }
    return step;
  }

  /** A newcomer whose own decision failed: its outcome is a dead letter rather than nothing. */
  private NodeStep settleAsDeadLetter(String id, RuntimeException error, Instant now) {
    NodeStep step = new NodeStep(id, null, settings, publications, null, null, now);
    try {
      Node node = nodes.get(id);
      if (node == null || node.isSettled() || node.source == null) {
        return step;
      }
      StoredArticle stored = articles.get(id);
      byte[] original = stored == null ? new byte[0] : RAW.toBytes(stored.raw());
      step.out.add(
          new NodeStep.Keyed(
              null, new Emission.DeadLettered(DeadLetters.of(error, node.source, original, now))));
      step.out.add(
          new NodeStep.Keyed(
              id,
              new Emission.Accounted(
                  Outcomes.of(id, OutcomeKind.DEAD_LETTER, node.source, node.demoted, now))));
      node.phase = Node.Phase.SETTLED;
      node.source = null;
      nodes.put(id, node);
    } catch (RuntimeException again) {
      LOG.error("cannot settle {} after a failure either", id, again);
    }
    return step;
  }

  private static NodeStep.Keyed toNode(NodeMessage message) {
    return new NodeStep.Keyed(message.target(), new Emission.ToNode(message));
  }

  /**
   * Deletes the settled nodes first seen more than a window ago by the processing clock, as the
   * indexes forget their entries ({@link Windows}).
   */
  void purgeExpired() {
    long horizon = Windows.keptSince(context.currentSystemTimeMs(), settings.window());
    List<Bytes> expired = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> old =
        expiry.range(expiryKey(Long.MIN_VALUE, ""), expiryKey(horizon, ""))) {
      while (old.hasNext() && expired.size() < MAX_PURGED_PER_RUN) {
        KeyValue<Bytes, byte[]> entry = old.next();
        expired.add(entry.key);
      }
    }
    for (Bytes key : expired) {
      String id = idOf(key);
      Node node = nodes.get(id);
      if (node != null && !node.isSettled()) {
        continue;
      }
      if (node == null || node.isRoot()) {
        ClusterMembers.deleteAll(members, id);
      }
      nodes.delete(id);
      articles.delete(id);
      expiry.delete(key);
    }
  }

  static Bytes expiryKey(long firstSeen, String id) {
    byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(
        ByteBuffer.allocate(Long.BYTES + idBytes.length)
            .putLong(firstSeen ^ Long.MIN_VALUE)
            .put(idBytes)
            .array());
  }

  private static String idOf(Bytes key) {
    byte[] bytes = key.get();
    return new String(bytes, Long.BYTES, bytes.length - Long.BYTES, StandardCharsets.UTF_8);
  }

  /** The step's reads and writes of stored articles, written only when the step succeeds. */
  private final class BufferedArticles implements NodeStep.StoredArticles {
    private final java.util.Map<String, StoredArticle> writes = new java.util.HashMap<>();

    @Override
    public StoredArticle get(String id) {
      return writes.containsKey(id) ? writes.get(id) : articles.get(id);
    }

    @Override
    public void put(String id, StoredArticle article) {
      writes.put(id, article);
    }

    @Override
    public void delete(String id) {
      writes.put(id, null);
    }

    void write() {
      writes.forEach(
          (id, article) -> {
            if (article == null) {
              articles.delete(id);
            } else {
              articles.put(id, article);
            }
          });
    }
  }
}
