package dev.akhbar.sink;

import static dev.akhbar.sink.Fixtures.article;
import static dev.akhbar.sink.Fixtures.demoted;
import static dev.akhbar.sink.Fixtures.duplicate;
import static dev.akhbar.sink.Fixtures.id;
import static dev.akhbar.sink.Fixtures.original;
import static dev.akhbar.sink.Fixtures.tagsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.sink.Fixtures.Story;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sink on the embedded broker writing to PostgreSQL, with the server failing under it. */
@ExtendWith(BrokerExtension.class)
class PostgresSinkIT {

  static final Instant MAY_1 = Instant.parse("2024-05-01T09:00:00Z");

  static PostgresTestServer server;

  @BeforeAll
  static void connect() {
    server = PostgresTestServer.connectOrSkip();
  }

  @AfterAll
  static void dropDatabases() throws SQLException {
    if (server != null) {
      server.close();
    }
  }

  static SinkConfig config(TopicFeed feed) {
    return SinkServiceIT.config(feed, SinkServiceIT.group());
  }

  /** Sends {@code count} originals, numbered from {@code first}. */
  static void feedOriginals(TopicFeed feed, int first, int count) {
    for (int i = first; i < first + count; i++) {
      feed.article(
          original(id(i), Story.values()[i % Story.values().length], MAY_1.plusSeconds(i)));
    }
    feed.flush();
  }

  /** Terminates the sink's server connections, idle or busy: what a server restart does to them. */
  static int terminateSinkConnections(StoreLocation location) throws SQLException {
    try (Connection connection = PostgresTestServer.connect("postgres");
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE application_name = 'akhbar-sink' AND datname = ?")) {
      statement.setString(1, PostgresTestServer.databaseOf(location));
      try (var row = statement.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /**
   * Makes the server end the session that inserts the topic rows number {@code rows} of this
   * schema, in the middle of its transaction.
   */
  static void terminateWritersAtTopicRows(Store store, int... rows) throws SQLException {
    StringBuilder list = new StringBuilder();
    for (int row : rows) {
      list.append(list.length() == 0 ? "" : ", ").append(row);
    }
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SEQUENCE fault_clock");
      statement.execute(
          "CREATE FUNCTION terminate_writer() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
              + " IF nextval('fault_clock') IN ("
              + list
              + ") THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;"
              + " RETURN NEW; END $$");
      statement.execute(
          "CREATE TRIGGER terminate_writer AFTER INSERT ON article_topics"
              + " FOR EACH ROW EXECUTE FUNCTION terminate_writer()");
    }
  }

  @Test
  void connectionsClosedByTheServerMidRunLoseNothing(EmbeddedKafkaBroker broker) throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    StoreLocation location = server.createSchema();
    try (TopicFeed feed = TopicFeed.create(broker, 2);
        Store store = Store.open(location, Map.of())) {
      terminateWritersAtTopicRows(store, 7, 90, 150);
      SinkConfig config = config(feed);
      RunningSink sink = RunningSink.start(new SinkService(config, store, registry));
      try {
        for (int round = 0; round < 4; round++) {
          feedOriginals(feed, 1_000 + round * 50, 50);
          Thread.sleep(300);
          terminateSinkConnections(location);
        }
        Eventually.until(
            "every record is stored and committed",
            () -> feed.isCaughtUp(config.groupId(), config.inputTopics()));
      } finally {
        sink.close();
      }

      assertThat(store.summary().articles()).isEqualTo(200);
      assertThat(registry.get("akhbar.sink.store.retries").counter().count())
          .isGreaterThanOrEqualTo(3);
      assertThat(
              registry.get("akhbar.sink.rows.written").tag("table", "articles").counter().count())
          .isGreaterThanOrEqualTo(200);
    }
  }

  @Test
  void anOutagePausesTheSinkWhichThenResumesWithoutLoss(EmbeddedKafkaBroker broker)
      throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    StoreLocation location = server.createSchema();
    String database = PostgresTestServer.databaseOf(location);
    try (TopicFeed feed = TopicFeed.create(broker, 2);
        Store store = Store.open(location, Map.of())) {
      SinkConfig config = config(feed);
      RunningSink sink = RunningSink.start(new SinkService(config, store, registry));
      try {
        feedOriginals(feed, 2_000, 20);
        Eventually.until(
            "the first records are stored",
            () -> feed.isCaughtUp(config.groupId(), config.inputTopics()));

        server.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        try {
          terminateSinkConnections(location);
          feedOriginals(feed, 2_020, 30);
          Eventually.until(
              "the sink waits for the database with the records pending",
              () ->
                  !sink.service().status().storeAvailable()
                      && sink.service().status().lag() >= 30
                      && registry.get("akhbar.sink.store.retries").counter().count() >= 2);
          assertThat(registry.get("akhbar.sink.store.available").gauge().value()).isZero();
        } finally {
          server.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }

        Eventually.until(
            "the sink has caught up",
            () -> feed.isCaughtUp(config.groupId(), config.inputTopics()));
      } finally {
        sink.close();
      }

      assertThat(store.summary().articles()).isEqualTo(50);
      assertThat(registry.get("akhbar.sink.store.available").gauge().value()).isEqualTo(1);
    }
  }

  @Test
  void severalInstancesShareThePartitionsOfOneDatabase(EmbeddedKafkaBroker broker)
      throws Exception {
    StoreLocation shared = server.createSchema();
    StoreLocation alone = server.createSchema();
    try (TopicFeed feed = TopicFeed.create(broker, 4);
        Store store = Store.open(shared, Map.of());
        Store reference = Store.open(alone, Map.of())) {
      // Round robin puts the articles and duplicates partitions of one article on different
      // instances, so that the two records of a demotion race each other.
      SinkConfig config =
          config(feed)
              .withBatchSize(20)
              .withKafkaProperties(
                  Map.of(
                      "partition.assignment.strategy",
                      "org.apache.kafka.clients.consumer.RoundRobinAssignor"));
      RunningSink first =
          RunningSink.start(new SinkService(config, store, new SimpleMeterRegistry()));
      RunningSink second =
          RunningSink.start(new SinkService(config, store, new SimpleMeterRegistry()));
      try {
        Eventually.until(
            "both instances own partitions",
            () ->
                first.service().status().assignedPartitions() > 0
                    && second.service().status().assignedPartitions() > 0);
        feedHistoryWithDemotions(feed);
        Eventually.until(
            "every record is stored and committed",
            () -> feed.isCaughtUp(config.groupId(), config.inputTopics()));
        assertThat(first.service().status().committedRecords()).isPositive();
        assertThat(second.service().status().committedRecords()).isPositive();
      } finally {
        first.close();
        second.close();
      }
      SinkServiceIT.drain(feed, reference, config(feed), new SimpleMeterRegistry());

      assertThat(TableSnapshot.of(store)).isEqualTo(TableSnapshot.of(reference));
      assertThat(store.summary().articles()).isEqualTo(100);
      assertThat(store.summary().duplicates()).isEqualTo(20);
    }
  }

  /** 120 originals, 40 updates, and 20 demotions announced on both topics. */
  static void feedHistoryWithDemotions(TopicFeed feed) {
    for (int i = 0; i < 120; i++) {
      Story story = Story.values()[i % Story.values().length];
      Article first = original(id(3_000 + i), story, MAY_1.plusSeconds(i));
      feed.article(first);
      if (i % 3 == 0) {
        feed.article(
            article(
                id(3_000 + i),
                Story.PLAIN_SPELLING,
                MAY_1.plusSeconds(i),
                2,
                0,
                Change.UPDATE,
                tagsOf(story)));
      }
      if (i % 6 == 1) {
        feed.duplicate(duplicate(first, id(3_000 + i - 1), 1));
        feed.article(demoted(first, id(3_000 + i - 1), 1));
      }
    }
    feed.flush();
  }

  @Test
  void aValuePostgresqlRefusesBecomesADeadLetter(EmbeddedKafkaBroker broker) throws Exception {
    try (TopicFeed feed = TopicFeed.create(broker, 1);
        Store store = Store.open(server.createSchema(), Map.of())) {
      Article good = original(id(4_001), Story.CUP_FINAL, MAY_1);
      // The normalizer removes NUL from title and body; a raw field such as the section keeps it.
      Article withNul =
          new Article(
              good.schemaVersion(),
              id(4_000),
              good.sourceId(),
              good.url(),
              good.canonicalUrl(),
              good.fetchedAt(),
              good.publishedAt(),
              null,
              good.title(),
              good.body(),
              good.authors(),
              "سياسة\u0000دولية",
              null,
              null,
              null,
              null,
              false,
              good.normalized(),
              "ar",
              1.0,
              null,
              good.dedup(),
              good.tags(),
              Change.NEW,
              good.processedAt());
      feed.article(withNul);
      feed.article(good);
      feed.flush();
      SinkConfig config = config(feed);

      RunningSink sink =
          RunningSink.start(new SinkService(config, store, new SimpleMeterRegistry()));
      try {
        Eventually.until(
            "the refused record is a dead letter and the rest is stored",
            () ->
                store.summary().deadLetters() == 1
                    && feed.isCaughtUp(config.groupId(), config.inputTopics()));
      } finally {
        sink.close();
      }

      assertThat(store.summary().articles()).isEqualTo(1);
      assertThat(TableSnapshot.rows(store, "dead_letters").get(0))
          .anySatisfy(c -> assertThat(c).startsWith("error_message=unwritable: "))
          .contains("stage=sink", "source_partition=0", "source_offset=0");
    }
  }
}
