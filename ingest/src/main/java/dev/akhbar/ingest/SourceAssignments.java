package dev.akhbar.ingest;

import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.ingest.crawl.PassTally;
import dev.akhbar.ingest.fetch.TimeSource;
import dev.akhbar.ingest.publish.SourcePartitions;
import dev.akhbar.ingest.source.Source;
import dev.akhbar.ingest.source.Sources;
import dev.akhbar.ingest.state.FetchStates;
import dev.akhbar.ingest.state.StateLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares the sources among the instances of a consumer group, the Kafka way: a source belongs to
 * the partition of the sources topic its id hashes to ({@link SourcePartitions}), and the instance
 * that the group assigns that partition polls the source. Kafka's group protocol does the rest: a
 * new instance takes over partitions, and a dead one's partitions move when its session times out
 * ({@code session.timeout.ms}, passed through the Kafka properties).
 *
 * <p>No source is polled by two instances at once: when a partition is revoked, its sources stop
 * between pages and the revocation waits (up to {@link #revocationWait}) for their passes to end
 * before the group hands the partition on. On assignment, the partition's fetch state is loaded
 * from the state topic (the same partition number) before its sources are polled.
 */
final class SourceAssignments {

  private static final Logger LOG = LoggerFactory.getLogger(SourceAssignments.class);

  /** How often the consumer is polled: heartbeats, rebalances and the scheduler tick. */
  static final Duration TICK = Duration.ofMillis(200);

  /** Passes started by this class: a pass of {@code source} counting into {@code tally}. */
  @FunctionalInterface
  interface Crawl {
    void crawl(Source source, PassTally tally, BooleanSupplier active);
  }

  private final IngestConfig config;
  private final Map<String, Source> known = new HashMap<>();
  private final int partitions;
  private final FetchStates states;
  private final TimeSource time;
  private final ExecutorService pool;
  private final Crawl crawl;
  private final AtomicBoolean closed;
  private final Duration revocationWait;
  private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
  private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
  private final Map<String, Instant> nextPoll = new ConcurrentHashMap<>();
  private volatile KafkaConsumer<String, byte[]> consumer;

  SourceAssignments(
      IngestConfig config,
      Sources sources,
      int partitions,
      FetchStates states,
      TimeSource time,
      ExecutorService pool,
      Crawl crawl,
      AtomicBoolean closed) {
    this.config = config;
    sources.crawlable().forEach(s -> known.put(s.id(), s));
    this.partitions = partitions;
    this.states = states;
    this.time = time;
    this.pool = pool;
    this.crawl = crawl;
    this.closed = closed;
    this.revocationWait = config.closeTimeout().plus(config.limits().fetchTimeout());
  }

  /** Joins the group and polls the assigned sources until {@link #stop()}. */
  void run() throws InterruptedException {
    register();
    Map<String, Object> props = new HashMap<>(config.kafka());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props)) {
      consumer = c;
      if (closed.get()) {
        return;
      }
      c.subscribe(List.of(config.sourcesTopic()), new Listener(c));
      while (!closed.get()) {
        try {
          c.poll(TICK);
        } catch (WakeupException e) {
          break;
        }
        startDuePasses();
        if (Thread.interrupted()) {
          throw new InterruptedException("ingest run interrupted");
        }
      }
    } finally {
      consumer = null;
    }
    LOG.info("left group {}", config.groupId());
  }

  /** Makes {@link #run()} return; called from another thread. */
  void stop() {
    KafkaConsumer<String, byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
  }

  /** The ids of the sources this instance polls now. */
  Set<String> ownedSources() {
    Set<String> ids = new HashSet<>();
    for (Source s : known.values()) {
      if (owned.contains(partitionOf(s))) {
        ids.add(s.id());
      }
    }
    return ids;
  }

  /** Writes the configured sources to the compacted sources topic, for people and tools. */
  private void register() {
    Map<String, Object> props = new HashMap<>(config.kafka());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
      for (Source s : known.values()) {
        byte[] value;
        try {
          value = AkhbarJson.mapper().writeValueAsBytes(Map.of("id", s.id(), "name", s.name()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException("cannot write source " + s.id(), e);
        }
        producer.send(new ProducerRecord<>(config.sourcesTopic(), s.id(), value));
      }
      producer.flush();
    }
  }

  private void startDuePasses() {
    Instant now = time.now();
    running.entrySet().removeIf(e -> e.getValue().isDone());
    for (Source s : known.values()) {
      if (!owned.contains(partitionOf(s)) || running.containsKey(s.id())) {
        continue;
      }
      Instant due = nextPoll.getOrDefault(s.id(), Instant.MIN);
      if (due.isAfter(now)) {
        continue;
      }
      int partition = partitionOf(s);
      BooleanSupplier active = () -> !closed.get() && owned.contains(partition);
      running.put(
          s.id(),
          pool.submit(
              () -> {
                PassTally tally = new PassTally();
                crawl.crawl(s, tally, active);
                nextPoll.put(s.id(), time.now().plus(s.pollInterval()));
                LOG.info("{}: {}", s.id(), tally.summary().toJson());
              }));
    }
  }

  private int partitionOf(Source s) {
    return SourcePartitions.of(s.id(), partitions);
  }

  /** Reacts to the group moving partitions to and from this instance. */
  private final class Listener implements ConsumerRebalanceListener {
    private final KafkaConsumer<String, byte[]> consumer;

    Listener(KafkaConsumer<String, byte[]> consumer) {
      this.consumer = consumer;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
      if (assigned.isEmpty()) {
        return;
      }
      // The records are not needed (the sources come from the configuration); only membership is.
      consumer.seekToEnd(assigned);
      List<Integer> numbers = assigned.stream().map(TopicPartition::partition).toList();
      long read = StateLoader.load(config.kafka(), config.stateTopic(), numbers, states);
      owned.addAll(numbers);
      LOG.info(
          "assigned partitions {} ({} state records): polling {}", numbers, read, ownedSources());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
      release(revoked);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> lost) {
      release(lost);
    }

    private void release(Collection<TopicPartition> parts) {
      if (parts.isEmpty()) {
        return;
      }
      Set<Integer> numbers = new HashSet<>();
      parts.forEach(p -> numbers.add(p.partition()));
      owned.removeAll(numbers);
      long deadline = System.nanoTime() + revocationWait.toNanos();
      for (Source s : known.values()) {
        Future<?> pass = running.get(s.id());
        if (pass != null && numbers.contains(partitionOf(s))) {
          try {
            pass.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          } catch (ExecutionException
              | TimeoutException
              | java.util.concurrent.CancellationException e) {
            LOG.warn("{}: pass did not end cleanly on revocation: {}", s.id(), e.toString());
          }
          running.remove(s.id());
        }
      }
      states.drop(st -> numbers.contains(SourcePartitions.of(st.sourceId(), partitions)));
      LOG.info("released partitions {}", numbers);
    }
  }
}
