package dev.akhbar.sink;

import static dev.akhbar.sink.Fixtures.article;
import static dev.akhbar.sink.Fixtures.deadLetter;
import static dev.akhbar.sink.Fixtures.demoted;
import static dev.akhbar.sink.Fixtures.duplicate;
import static dev.akhbar.sink.Fixtures.id;
import static dev.akhbar.sink.Fixtures.original;
import static dev.akhbar.sink.Fixtures.rejected;
import static dev.akhbar.sink.Fixtures.tagsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.RejectReason;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.sink.Fixtures.Story;
import dev.akhbar.sink.internal.TransactionalWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The sink on the embedded broker, writing to a SQLite file. */
@ExtendWith(BrokerExtension.class)
class SinkServiceIT {

  static final Instant MAY_1 = Instant.parse("2024-05-01T09:00:00Z");
  static final Instant MAY_2 = Instant.parse("2024-05-02T09:00:00Z");

  @TempDir Path folder;

  private final AtomicInteger stores = new AtomicInteger();

  Store openStore() {
    return Store.open(
        StoreLocation.parse("sqlite:" + folder.resolve("sink-" + stores.incrementAndGet() + ".db")),
        Map.of());
  }

  static SinkConfig config(TopicFeed feed, String group) {
    return SinkConfig.defaults(feed.bootstrapServers())
        .withTopics(feed.topics())
        .withGroupId(group)
        .withBatchSize(50)
        .withLinger(Duration.ofMillis(50))
        .withRetryBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
  }

  static String group() {
    return "g-" + UUID.randomUUID();
  }

  /** An update, a late older version, a demotion in two records, a rejection, a dead letter. */
  static void feedMixedHistory(TopicFeed feed) {
    Article first = original(id(1), Story.ECONOMY_PLAN, MAY_1);
    Article updated =
        article(
            id(1), Story.PLAIN_SPELLING, MAY_1, 2, 0, Change.UPDATE, tagsOf(Story.PLAIN_SPELLING));
    Article copy = original(id(3), Story.BENGHAZI_RAIN, MAY_2);
    feed.article(first);
    feed.article(updated);
    feed.article(first);
    feed.article(original(id(2), Story.CUP_FINAL, MAY_2));
    feed.article(copy);
    feed.article(original(id(4), Story.BENGHAZI_RAIN, MAY_1));
    feed.duplicate(duplicate(copy, id(4), 1));
    feed.article(demoted(copy, id(4), 1));
    feed.rejected(rejected(id(5), RejectReason.NOT_ARABIC, MAY_2));
    feed.deadLetter(deadLetter("akhbar.raw.v1", 0, 17, MAY_2));
    feed.flush();
  }

  /** Runs a sink until its group has committed everything, then closes it. */
  static void drain(TopicFeed feed, Store store, SinkConfig config, MeterRegistry registry)
      throws Exception {
    RunningSink sink = RunningSink.start(new SinkService(config, store, registry));
    try {
      Eventually.until(
          "the sink has committed every record",
          () -> feed.isCaughtUp(config.groupId(), config.inputTopics()));
    } finally {
      sink.close();
    }
  }

  @Test
  void storesTheFourTopicsAndCommitsWhatItStored(EmbeddedKafkaBroker broker) throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (TopicFeed feed = TopicFeed.create(broker, 3);
        Store store = openStore()) {
      feedMixedHistory(feed);

      drain(feed, store, config(feed, group()), registry);

      StoreSummary summary = store.summary();
      assertThat(summary.articles()).isEqualTo(3);
      assertThat(summary.duplicates()).isEqualTo(1);
      assertThat(summary.rejected()).isEqualTo(1);
      assertThat(summary.deadLetters()).isEqualTo(1);
      assertThat(TableSnapshot.value(store, "articles", id(1), "version")).isEqualTo("2");
      assertThat(TableSnapshot.value(store, "duplicates", id(3), "method")).isEqualTo("near");
      assertThat(store.search(SearchQuery.of("طرابلس")))
          .extracting(SearchHit::articleId)
          .containsExactly(id(1));
      assertThat(
              registry.get("akhbar.sink.rows.written").tag("table", "rejected").counter().count())
          .isEqualTo(1);
      assertThat(registry.get("akhbar.sink.batch.size").summary().totalAmount()).isEqualTo(10);
      assertThat(registry.get("akhbar.sink.consumer.lag").gauge().value()).isZero();
    }
  }

  @Test
  void replayingTheTopicsTwiceGivesTheSameRows(EmbeddedKafkaBroker broker) throws Exception {
    try (TopicFeed feed = TopicFeed.create(broker, 3);
        Store store = openStore()) {
      feedMixedHistory(feed);
      drain(feed, store, config(feed, group()), new SimpleMeterRegistry());
      var once = TableSnapshot.of(store);

      drain(feed, store, config(feed, group()), new SimpleMeterRegistry());

      assertThat(TableSnapshot.of(store)).isEqualTo(once);
    }
  }

  /** Thrown by a writer after its transaction committed: the process dying at that moment. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash() {
      super("simulated crash between the database commit and the offset commit");
    }
  }

  /** A writer that commits its first {@code batches} batches normally, then the next and dies. */
  static UnaryOperator<TransactionalWriter> crashAfter(int batches) {
    AtomicInteger written = new AtomicInteger();
    return writer ->
        writes -> {
          var counts = writer.write(writes);
          if (written.incrementAndGet() > batches) {
            throw new SimulatedCrash();
          }
          return counts;
        };
  }

  @Test
  void aCrashBetweenTheWriteAndTheOffsetCommitRedeliversWithoutDuplicates(
      EmbeddedKafkaBroker broker) throws Exception {
    try (TopicFeed feed = TopicFeed.create(broker, 1);
        Store crashed = openStore();
        Store reference = openStore()) {
      for (int i = 0; i < 40; i++) {
        Story story = Story.values()[i % Story.values().length];
        feed.article(original(id(100 + i), story, MAY_1.plusSeconds(i)));
      }
      feedMixedHistory(feed);
      SinkConfig config = config(feed, group()).withBatchSize(10).withLinger(Duration.ofSeconds(1));

      RunningSink dying =
          RunningSink.start(
              new SinkService(config, crashed, new SimpleMeterRegistry(), crashAfter(1)));
      dying.awaitEnd(Duration.ofSeconds(60));
      assertThat(dying.failure()).isInstanceOf(SimulatedCrash.class);
      long storedBeforeRestart = crashed.summary().articles();
      long committedBeforeRestart =
          feed.committed(config.groupId()).values().stream().mapToLong(Long::longValue).sum();
      assertThat(storedBeforeRestart).isGreaterThan(committedBeforeRestart);

      drain(feed, crashed, config, new SimpleMeterRegistry());
      drain(feed, reference, config(feed, group()), new SimpleMeterRegistry());

      assertThat(TableSnapshot.of(crashed)).isEqualTo(TableSnapshot.of(reference));
      assertThat(crashed.summary().articles()).isEqualTo(43);
    }
  }

  @Test
  void recordsThatCannotBeStoredBecomeDeadLettersAndTheRestIsStored(EmbeddedKafkaBroker broker)
      throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (TopicFeed feed = TopicFeed.create(broker, 1);
        Store store = openStore()) {
      String articles = feed.topics().articles();
      feed.send(articles, "k", "<html>not json</html>".getBytes(StandardCharsets.UTF_8));
      feed.send(
          articles,
          "k",
          "{\"article_id\":\"not-an-id\",\"url\":\"https://x.example/\"}"
              .getBytes(StandardCharsets.UTF_8));
      // SQLite stores times as text that sorts only within the years 0000-9999.
      feed.article(original(id(60), Story.CUP_FINAL, Instant.parse("+10000-01-01T00:00:00Z")));
      feed.article(original(id(61), Story.ECONOMY_PLAN, MAY_1));
      feed.send(feed.topics().deadLetters(), null, "garbage".getBytes(StandardCharsets.UTF_8));
      feed.flush();
      SinkConfig config = config(feed, group());

      RunningSink sink = RunningSink.start(new SinkService(config, store, registry));
      try {
        Eventually.until(
            "the three refused records and the unreadable dead letter are stored",
            () ->
                store.summary().deadLetters() == 4
                    && feed.isCaughtUp(config.groupId(), config.inputTopics()));
      } finally {
        sink.close();
      }

      assertThat(TableSnapshot.count(store, "articles", id(61))).isEqualTo(1);
      assertThat(TableSnapshot.count(store, "articles", id(60))).isZero();
      List<String> messages =
          TableSnapshot.rows(store, "dead_letters").stream()
              .map(
                  row ->
                      row.stream()
                          .filter(c -> c.startsWith("error_message="))
                          .findFirst()
                          .orElseThrow())
              .sorted()
              .toList();
      assertThat(messages)
          .hasSize(4)
          .anySatisfy(
              m -> assertThat(m).startsWith("error_message=undecodable: not a valid Article"))
          .anySatisfy(m -> assertThat(m).startsWith("error_message=invalid: article_id is not"))
          .anySatisfy(
              m -> assertThat(m).startsWith("error_message=unwritable: time must be within"))
          .anySatisfy(
              m -> assertThat(m).startsWith("error_message=undecodable: not a valid DeadLetter"));
      for (String reason : List.of("undecodable", "invalid", "unwritable")) {
        assertThat(registry.get("akhbar.sink.dead.letters").tag("reason", reason).counter().count())
            .as(reason)
            .isEqualTo(1);
      }
    }
  }

  @Test
  void closeFinishesThePendingBatchCommitsAndLeavesTheGroup(EmbeddedKafkaBroker broker)
      throws Exception {
    try (TopicFeed feed = TopicFeed.create(broker, 1);
        Store store = openStore()) {
      SinkConfig config =
          config(feed, group()).withBatchSize(1_000).withLinger(Duration.ofSeconds(60));
      RunningSink sink =
          RunningSink.start(new SinkService(config, store, new SimpleMeterRegistry()));
      feed.article(original(id(70), Story.CUP_FINAL, MAY_1));
      feed.article(original(id(71), Story.ECONOMY_PLAN, MAY_1));
      feed.flush();
      try {
        Eventually.until(
            "both records are in the pending batch", () -> sink.service().status().lag() == 2);
        assertThat(store.summary().articles()).isZero();
      } finally {
        sink.close();
      }

      assertThat(sink.isAlive()).isFalse();
      assertThat(sink.failure()).isNull();
      assertThat(store.summary().articles()).isEqualTo(2);
      assertThat(feed.isCaughtUp(config.groupId(), config.inputTopics())).isTrue();
      ConsumerGroupDescription group =
          feed.admin()
              .describeConsumerGroups(List.of(config.groupId()))
              .all()
              .get()
              .get(config.groupId());
      assertThat(group.members()).isEmpty();
      assertThat(group.groupState()).isEqualTo(GroupState.EMPTY);
    }
  }
}
