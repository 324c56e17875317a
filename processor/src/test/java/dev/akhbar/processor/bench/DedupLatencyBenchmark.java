package dev.akhbar.processor.bench;

import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.ProcessorService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Latency through the processor at a fixed moderate rate: from a raw record's send to its outcome
 * being readable (read_committed) on the outcomes topic, on the embedded broker, exactly-once. A
 * warm-up batch goes through first. The sink is not included: this is the processor's share of the
 * end-to-end latency.
 *
 * <pre>
 * java -cp … dev.akhbar.processor.bench.DedupLatencyBenchmark [articles] [per-second] [commit-ms]
 * </pre>
 *
 * {@code commit-ms} overrides the processor's commit interval (default: the processor's own).
 */
public final class DedupLatencyBenchmark {

  private DedupLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Map<String, String> kafka = args.length > 2 ? Map.of("commit.interval.ms", args[2]) : Map.of();
    int warmUp = 2_000;
    Path dir = Files.createTempDirectory("akhbar-latency-bench-");
    List<byte[]> warmUpInput =
        DedupThroughputBenchmark.generate(
            warmUp, 7, "warmup", Instant.parse("2025-02-01T00:00:00Z"));
    List<byte[]> input =
        DedupThroughputBenchmark.generate(
            articles, 11, "news", Instant.parse("2025-03-04T00:00:00Z"));
    List<String> keys = DedupThroughputBenchmark.keysOf(input);
    try (EmbeddedKafkaBroker broker =
        EmbeddedKafkaBroker.builder(dir.resolve("broker")).build().start()) {
      String run = "latency" + UUID.randomUUID().toString().substring(0, 6);
      ProcessorConfig config =
          ProcessorConfig.builder()
              .applicationId(run + "-processor")
              .topics(new Topics(run))
              .stateDir(dir.resolve("state"))
              .partitions(4)
              .threads(2)
              .kafka(kafka)
              .bootstrapServers(broker.bootstrapServers())
              .build();
      DedupThroughputBenchmark.createRawTopic(broker, config, 4);
      Map<String, Long> sent = new ConcurrentHashMap<>();
      Map<String, Long> seen = new ConcurrentHashMap<>();
      try (ProcessorService service = new ProcessorService(config)) {
        service.start();
        if (!service.awaitRunning(Duration.ofMinutes(2))) {
          throw new IllegalStateException("processor not running: " + service.state());
        }
        DedupThroughputBenchmark.produce(
            broker, config, warmUpInput, DedupThroughputBenchmark.keysOf(warmUpInput));
        DedupThroughputBenchmark.awaitOutcomes(broker, config, warmUp);
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = new Thread(() -> read(broker, config, seen, done), "outcome-reader");
        reader.start();
        Thread.sleep(2_000);
        pace(broker, config, input, keys, perSecond, sent);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!seen.keySet().containsAll(keys) && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        done.set(true);
        reader.join();
      }
      List<Double> millis = new ArrayList<>();
      for (String key : keys) {
        if (seen.containsKey(key)) {
          millis.add((seen.get(key) - sent.get(key)) / 1e6);
        }
      }
      Collections.sort(millis);
      System.out.printf(
          Locale.ROOT,
          "%d articles at %d/s (%d outcomes seen), commit interval %s: p50 %.0f ms, p90 %.0f ms,"
              + " p99 %.0f ms, max %.0f ms (load average %.1f)%n",
          articles,
          perSecond,
          millis.size(),
          kafka.getOrDefault("commit.interval.ms", "default"),
          quantile(millis, 0.50),
          quantile(millis, 0.90),
          quantile(millis, 0.99),
          millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } finally {
      DedupThroughputBenchmark.deleteQuietly(dir);
    }
  }

  private static void pace(
      EmbeddedKafkaBroker broker,
      ProcessorConfig config,
      List<byte[]> input,
      List<String> keys,
      int perSecond,
      Map<String, Long> sent)
      throws InterruptedException {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    long start = System.nanoTime();
    long step = 1_000_000_000L / perSecond;
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < input.size(); i++) {
        long due = start + i * step;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        sent.put(keys.get(i), System.nanoTime());
        producer.send(new ProducerRecord<>(config.topics().raw(), keys.get(i), input.get(i)));
      }
      producer.flush();
    }
  }

  private static void read(
      EmbeddedKafkaBroker broker,
      ProcessorConfig config,
      Map<String, Long> seen,
      AtomicBoolean done) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<org.apache.kafka.common.TopicPartition> partitions =
          consumer.partitionsFor(config.topics().outcomes()).stream()
              .map(i -> new org.apache.kafka.common.TopicPartition(i.topic(), i.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
      while (!done.get()) {
        for (var record : consumer.poll(Duration.ofMillis(20))) {
          long now = System.nanoTime();
          try {
            String id = AkhbarJson.mapper().readTree(record.value()).path("article_id").asText();
            seen.putIfAbsent(id, now);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }
    }
  }

  private static double quantile(List<Double> sorted, double q) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
  }
}
