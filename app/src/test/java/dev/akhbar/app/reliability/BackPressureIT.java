package dev.akhbar.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.app.backfill.BackfillPublisher;
import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.json.RawArticleReader;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.ProcessorService;
import dev.akhbar.samplesite.generator.ArticleGenerator;
import dev.akhbar.samplesite.generator.GeneratorMix;
import dev.akhbar.sink.SinkConfig;
import dev.akhbar.sink.SinkService;
import dev.akhbar.sink.Store;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Back-pressure: the sink's PostgreSQL database refuses every connection for a while (60 s here,
 * {@code -Dakhbar.it.outage-seconds=N} for longer) while articles keep being published and the
 * processor keeps processing them; the sink waits with its consumer lag growing and visible in
 * {@code akhbar.sink.consumer.lag}, then catches up without loss when the database returns.
 */
@ExtendWith(BrokerExtension.class)
class BackPressureIT {

  private static final int BEFORE = 40;
  private static final int DURING = 120;
  private static final int AFTER = 40;
  private static final Duration WAIT = Duration.ofMinutes(3);

  @Test
  void theProcessorGoesOnWhileTheDatabaseIsDownAndTheSinkCatchesUpWithoutLoss(
      EmbeddedKafkaBroker broker, @TempDir Path state) throws Exception {
    Duration outage = Duration.ofSeconds(Long.getLong("akhbar.it.outage-seconds", 60));
    String run = "bp" + UUID.randomUUID().toString().substring(0, 8);
    Topics topics = new Topics(run);
    String database = "akhbar_bp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + database);
    List<byte[]> lines = generatedLines(BEFORE + DURING + AFTER);

    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    SinkConfig sinkConfig =
        SinkConfig.defaults(broker.bootstrapServers())
            .withTopics(topics)
            .withGroupId(run + "-sink")
            .withRetryBackoff(Duration.ofMillis(200), Duration.ofSeconds(2));
    ProcessorConfig processorConfig =
        ProcessorConfig.builder()
            .applicationId(run + "-processor")
            .topics(topics)
            .stateDir(state)
            .partitions(2)
            .bootstrapServers(broker.bootstrapServers())
            .build();
    try (ProcessorService processor = new ProcessorService(processorConfig);
        Store store =
            Store.open(
                StoreLocation.parse("postgresql://127.0.0.1:5432/" + database + "?user=postgres"),
                Map.of());
        SinkService sink = new SinkService(sinkConfig, store, registry);
        BackfillPublisher publisher =
            BackfillPublisher.create(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                topics,
                RawArticleReader.withDefaults())) {
      processor.start();
      assertThat(processor.awaitRunning(Duration.ofSeconds(90))).isTrue();
      new Thread(sink, "back-pressure-sink").start();

      publish(publisher, lines.subList(0, BEFORE));
      awaitAtLeast("stored before the outage", () -> rows(database), BEFORE);

      admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
      long outageStart = System.nanoTime();
      try {
        admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database
                + "'");
        publish(publisher, lines.subList(BEFORE, BEFORE + DURING));

        // The processor does not need the database: every record gets its outcome.
        awaitAtLeast(
            "outcomes during the outage",
            () -> records(broker, topics.outcomes()),
            BEFORE + DURING);
        // The sink waits, and says so: the store is unavailable and the lag is visible.
        awaitAtLeast(
            "sink lag during the outage",
            () -> (long) registry.get("akhbar.sink.consumer.lag").gauge().value(),
            DURING);
        // The lag can reach its mark before the sink's first write of the outage has failed.
        awaitAtLeast(
            "sink saw the store unavailable",
            () -> registry.get("akhbar.sink.store.available").gauge().value() == 0 ? 1 : 0,
            1);
        assertThat(sink.status().storeAvailable()).isFalse();
        Thread.sleep(Math.max(0, outage.toMillis() - elapsedMillis(outageStart)));
        assertThat(registry.get("akhbar.sink.store.retries").counter().count()).isPositive();
        assertThat(sink.status().lag()).isGreaterThanOrEqualTo(DURING);
      } finally {
        admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
      }

      publish(publisher, lines.subList(BEFORE + DURING, lines.size()));
      awaitAtLeast("stored after the outage", () -> rows(database), lines.size());
      awaitAtLeast(
          "lag back to zero",
          () -> registry.get("akhbar.sink.consumer.lag").gauge().value() == 0 ? 1 : 0,
          1);
      assertThat(rows(database)).isEqualTo(lines.size());
      assertThat(articles(database))
          .as("distinct originals are all stored")
          .isEqualTo(lines.size());
      assertThat(registry.get("akhbar.sink.store.available").gauge().value()).isEqualTo(1);
    }
  }

  /** Distinct original articles (no copies, no refetches), one JSON line each. */
  private static List<byte[]> generatedLines(int count) throws Exception {
    StringWriter out = new StringWriter();
    new ArticleGenerator(11, GeneratorMix.originalsOnly()).writeJsonLines(count, out);
    return Arrays.stream(out.toString().split("\n"))
        .map(s -> s.getBytes(StandardCharsets.UTF_8))
        .toList();
  }

  private static void publish(BackfillPublisher publisher, List<byte[]> lines) throws Exception {
    StringBuilder text = new StringBuilder();
    for (byte[] line : lines) {
      text.append(new String(line, StandardCharsets.UTF_8)).append('\n');
    }
    publisher.publish(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static void awaitAtLeast(String what, LongSupplier value, long wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    long last = value.getAsLong();
    while (last < wanted && System.nanoTime() < deadline) {
      Thread.sleep(250);
      last = value.getAsLong();
    }
    assertThat(last).as(what).isGreaterThanOrEqualTo(wanted);
  }

  private static long elapsedMillis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  /** Committed records of {@code topic}, read from the beginning to its end as of now. */
  private static long records(EmbeddedKafkaBroker broker, String topic) {
    Map<String, Object> p = new HashMap<>();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts =
          c.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> ends = c.endOffsets(parts);
      long n = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))
          && System.nanoTime() < deadline) {
        n += c.poll(Duration.ofMillis(200)).count();
      }
      return n;
    }
  }

  /**
   * Articles in the store, wherever they are (originals, copies and rejected), so that the wait
   * ends when every one has landed, whatever verdict it got.
   */
  private static long rows(String database) {
    return count(
        database,
        "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM duplicates)"
            + " + (SELECT count(*) FROM rejected)");
  }

  /** Articles stored as originals. */
  private static long articles(String database) {
    return count(database, "SELECT count(*) FROM articles");
  }

  private static long count(String database, String sql) {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return -1; // refused during the outage, or not migrated yet
    }
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
