package dev.akhbar.app.chaos;

import dev.akhbar.app.backfill.BackfillPublisher;
import dev.akhbar.app.backfill.JsonLines;
import dev.akhbar.common.json.InvalidRecordException;
import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.json.RawArticleReader;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.common.store.StoreLocation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Checks, after a run with faults, that every article of the input is accounted for exactly once:
 *
 * <ul>
 *   <li>every raw record on the raw topic has exactly one outcome on the outcomes topic (the
 *       processor's exactly-once: none missing, none twice);
 *   <li>every article id of the input is in exactly one of the tables {@code articles}, {@code
 *       duplicates} and {@code rejected}, or its raw records were all dead letters (none lost, none
 *       in two places);
 *   <li>no table holds an id that is not in the input;
 *   <li>every line of the input that cannot be read is a backfill dead letter in {@code
 *       dead_letters}, found by its bytes.
 * </ul>
 *
 * <p>Usage: {@code java -cp akhbar.jar dev.akhbar.app.chaos.ChaosVerdict --input FILE --store URL
 * --bootstrap HOST:PORT [--topic-prefix P] [--await SECONDS] [--reference URL]}. Prints the counts
 * as one JSON line and a one-line verdict; exits 0 on PASS, 1 on FAIL. With {@code --reference},
 * the store of a run of the same input without faults, every article's final state is compared too.
 * With {@code --await} it first waits (up to that long) until the accounting is complete and stops
 * changing, so that it can follow a run that is still catching up.
 */
public final class ChaosVerdict {

  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  /**
   * What the input holds: the article id of each readable line, and each unreadable line as its
   * dead letter keeps it (Base64, cut as the backfill cuts it). Lines are matched by content, not
   * by number, because the input may be published in chunks whose line numbers start again at 1.
   */
  record Input(long lines, Set<String> articleIds, Set<String> unreadableOriginals) {}

  /**
   * The figures of one check.
   *
   * @param inputLines lines of the input (blank ones not counted)
   * @param inputArticles distinct article ids of the readable lines
   * @param rawRecords records on the raw topic (more than the readable lines when a chunk was
   *     published again after a failure: those are refetches)
   * @param outcomes outcome records
   * @param outcomesMissing raw records without an outcome
   * @param outcomesTwice raw records with more than one outcome
   * @param stored ids in {@code articles}
   * @param duplicates ids in {@code duplicates}
   * @param rejected ids in {@code rejected}
   * @param deadLetters rows of {@code dead_letters}
   * @param deadLetteredArticles input ids whose raw records all became dead letters
   * @param backfillDeadLetters unreadable input lines found as backfill dead letters
   * @param lost input ids accounted for nowhere, plus unreadable lines without a dead letter
   * @param duplicated ids in more than one table
   * @param unknown ids in the tables that are not in the input
   */
  public record Figures(
      long inputLines,
      long inputArticles,
      long rawRecords,
      long outcomes,
      long outcomesMissing,
      long outcomesTwice,
      long stored,
      long duplicates,
      long rejected,
      long deadLetters,
      long deadLetteredArticles,
      long backfillDeadLetters,
      long lost,
      long duplicated,
      long unknown) {

    public boolean pass() {
      return lost == 0
          && duplicated == 0
          && unknown == 0
          && outcomesMissing == 0
          && outcomesTwice == 0;
    }

    public String json() {
      return ("{\"input_lines\":%d,\"input_articles\":%d,\"raw_records\":%d,\"outcomes\":%d,"
              + "\"outcomes_missing\":%d,\"outcomes_twice\":%d,\"stored\":%d,\"duplicates\":%d,"
              + "\"rejected\":%d,\"dead_letters\":%d,\"dead_lettered_articles\":%d,"
              + "\"backfill_dead_letters\":%d,\"lost\":%d,\"duplicated\":%d,\"unknown\":%d}")
          .formatted(
              inputLines,
              inputArticles,
              rawRecords,
              outcomes,
              outcomesMissing,
              outcomesTwice,
              stored,
              duplicates,
              rejected,
              deadLetters,
              deadLetteredArticles,
              backfillDeadLetters,
              lost,
              duplicated,
              unknown);
    }

    public String verdict() {
      return (pass() ? "VERDICT: PASS" : "VERDICT: FAIL")
          + " — %d articles in: %d stored, %d duplicates, %d rejected, %d dead-lettered (+%d unreadable lines); lost %d, duplicated %d, unknown %d; outcomes missing %d, twice %d"
              .formatted(
                  inputArticles,
                  stored,
                  duplicates,
                  rejected,
                  deadLetteredArticles,
                  backfillDeadLetters,
                  lost,
                  duplicated,
                  unknown,
                  outcomesMissing,
                  outcomesTwice);
    }
  }

  private final Input input;
  private final StoreLocation store;
  private final Map<String, Object> kafka;
  private final Topics topics;

  public ChaosVerdict(Path inputFile, StoreLocation store, String bootstrap, Topics topics)
      throws IOException {
    this.input = readInput(inputFile);
    this.store = store;
    this.topics = topics;
    this.kafka = new HashMap<>();
    kafka.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    kafka.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    kafka.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    kafka.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = options(args);
    if (!a.containsKey("--input") || !a.containsKey("--store") || !a.containsKey("--bootstrap")) {
      System.err.println(
          "usage: ChaosVerdict --input FILE --store URL --bootstrap HOST:PORT"
              + " [--topic-prefix P] [--await SECONDS] [--reference URL]");
      System.exit(2);
    }
    ChaosVerdict verdict =
        new ChaosVerdict(
            Path.of(a.get("--input")),
            StoreLocation.parse(a.get("--store")),
            a.get("--bootstrap"),
            new Topics(a.getOrDefault("--topic-prefix", "akhbar")));
    Figures f = verdict.await(Duration.ofSeconds(Long.parseLong(a.getOrDefault("--await", "0"))));
    System.out.println(f.json());
    long differences = 0;
    if (a.containsKey("--reference")) {
      differences =
          differencesFrom(
              StoreLocation.parse(a.get("--store")), StoreLocation.parse(a.get("--reference")));
      System.out.printf(
          "final state compared with a run without faults: %d articles differ%n", differences);
    }
    System.out.println(f.verdict());
    System.exit(f.pass() && differences == 0 ? 0 : 1);
  }

  /**
   * Checks until the figures pass and stay the same for two looks in a row, or until {@code
   * timeout}; returns the last figures.
   */
  public Figures await(Duration timeout) throws InterruptedException, SQLException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Figures last = check();
    while (System.nanoTime() < deadline) {
      if (last.pass()) {
        Thread.sleep(2_000);
        Figures again = check();
        if (again.equals(last)) {
          return again;
        }
        last = again;
        continue;
      }
      Thread.sleep(5_000);
      last = check();
    }
    return last;
  }

  /** One look at the topics and the store. */
  public Figures check() throws SQLException {
    // Raw records and their outcomes, by position on the raw topic.
    Map<String, String> rawIdByPosition = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : readAll(topics.raw())) {
      rawIdByPosition.put(
          r.partition() + "@" + r.offset(),
          r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8));
    }
    JsonSerde<Outcome> outcomeSerde = JsonSerde.of(Outcome.class);
    Map<String, Integer> outcomesByPosition = new HashMap<>();
    Map<String, List<OutcomeKind>> kindsById = new HashMap<>();
    long outcomes = 0;
    for (ConsumerRecord<byte[], byte[]> r : readAll(topics.outcomes())) {
      Outcome o = outcomeSerde.fromBytes(r.value());
      outcomes++;
      String position = o.partition() + "@" + o.offset();
      outcomesByPosition.merge(position, 1, Integer::sum);
      String id = rawIdByPosition.get(position);
      if (id != null) {
        kindsById.computeIfAbsent(id, k -> new ArrayList<>()).add(o.outcome());
      }
    }
    long missing = 0;
    for (String position : rawIdByPosition.keySet()) {
      if (!outcomesByPosition.containsKey(position)) {
        missing++;
      }
    }
    long twice = outcomesByPosition.values().stream().filter(n -> n > 1).count();

    Set<String> stored;
    Set<String> copies;
    Set<String> rejected;
    long deadLetterRows;
    Set<String> backfillOriginals;
    try (Connection c = connect()) {
      stored = ids(c, "SELECT article_id FROM articles");
      copies = ids(c, "SELECT article_id FROM duplicates");
      rejected = ids(c, "SELECT article_id FROM rejected");
      deadLetterRows = count(c, "SELECT count(*) FROM dead_letters");
      backfillOriginals =
          ids(c, "SELECT original_base64 FROM dead_letters WHERE stage = 'backfill'");
    } catch (SQLException e) {
      if (!tablesMissing(e)) {
        throw e;
      }
      stored = Set.of();
      copies = Set.of();
      rejected = Set.of();
      deadLetterRows = 0;
      backfillOriginals = Set.of();
    }

    long lost = 0;
    long duplicated = 0;
    long deadLettered = 0;
    for (String id : input.articleIds()) {
      int places = (stored.contains(id) ? 1 : 0) + (copies.contains(id) ? 1 : 0);
      places += rejected.contains(id) ? 1 : 0;
      if (places > 1) {
        duplicated++;
      } else if (places == 0) {
        List<OutcomeKind> kinds = kindsById.getOrDefault(id, List.of());
        if (!kinds.isEmpty() && kinds.stream().allMatch(k -> k == OutcomeKind.DEAD_LETTER)) {
          deadLettered++;
        } else {
          lost++;
        }
      }
    }
    long backfillFound = 0;
    for (String original : input.unreadableOriginals()) {
      if (backfillOriginals.contains(original)) {
        backfillFound++;
      } else {
        lost++;
      }
    }
    Set<String> inTables = new LinkedHashSet<>(stored);
    inTables.addAll(copies);
    inTables.addAll(rejected);
    long unknown = inTables.stream().filter(id -> !input.articleIds().contains(id)).count();

    return new Figures(
        input.lines(),
        input.articleIds().size(),
        rawIdByPosition.size(),
        outcomes,
        missing,
        twice,
        stored.size(),
        copies.size(),
        rejected.size(),
        deadLetterRows,
        deadLettered,
        backfillFound,
        lost,
        duplicated,
        unknown);
  }

  /**
   * How many article ids end in a different state in {@code reference}, a store filled by a run
   * without faults from the same input: in another table, another content version, another cluster,
   * or a copy of another original. Zero means the faults changed nothing.
   */
  public static long differencesFrom(StoreLocation store, StoreLocation reference)
      throws SQLException {
    Map<String, String> mine = finalStates(store);
    Map<String, String> theirs = finalStates(reference);
    Set<String> all = new HashSet<>(mine.keySet());
    all.addAll(theirs.keySet());
    return all.stream().filter(id -> !String.valueOf(mine.get(id)).equals(theirs.get(id))).count();
  }

  private static Map<String, String> finalStates(StoreLocation location) throws SQLException {
    Map<String, String> states = new HashMap<>();
    try (Connection c = connect(location);
        Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery("SELECT article_id, version, cluster_id, change FROM articles")) {
        while (rs.next()) {
          states.put(
              rs.getString(1),
              "original v" + rs.getInt(2) + " cluster " + rs.getString(3) + " " + rs.getString(4));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT article_id, duplicate_of FROM duplicates")) {
        while (rs.next()) {
          states.merge(rs.getString(1), "copy of " + rs.getString(2), (a, b) -> a + " and " + b);
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT article_id, reason FROM rejected")) {
        while (rs.next()) {
          states.merge(rs.getString(1), "rejected " + rs.getString(2), (a, b) -> a + " and " + b);
        }
      }
    }
    return states;
  }

  /** The article ids of the input's readable lines and the numbers of the others. */
  static Input readInput(Path file) throws IOException {
    RawArticleReader reader = RawArticleReader.withDefaults();
    Set<String> ids = new HashSet<>();
    Set<String> unreadable = new HashSet<>();
    long lines = 0;
    try (JsonLines json =
        new JsonLines(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      for (JsonLines.Line line = json.next(); line != null; line = json.next()) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        try {
          if (line.tooLong()) {
            throw new InvalidRecordException("too long");
          }
          ids.add(reader.read(line.bytes()).articleId());
        } catch (InvalidRecordException e) {
          byte[] kept = line.bytes();
          if (kept.length > BackfillPublisher.MAX_ORIGINAL_BYTES) {
            kept = java.util.Arrays.copyOf(kept, BackfillPublisher.MAX_ORIGINAL_BYTES);
          }
          unreadable.add(Base64.getEncoder().encodeToString(kept));
        }
      }
    }
    return new Input(lines, ids, unreadable);
  }

  /** Every committed record of {@code topic}, from the beginning to its end as of now. */
  private List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(kafka, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      var infos = consumer.partitionsFor(topic, READ_TIMEOUT);
      if (infos == null || infos.isEmpty()) {
        return all;
      }
      List<TopicPartition> parts =
          infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> ends = consumer.endOffsets(parts, READ_TIMEOUT);
      long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
      while (parts.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
          && System.nanoTime() < deadline) {
        consumer.poll(POLL).forEach(all::add);
      }
    }
    return all;
  }

  private Connection connect() throws SQLException {
    return connect(store);
  }

  private static Connection connect(StoreLocation store) throws SQLException {
    if (store.user() == null) {
      return DriverManager.getConnection(store.jdbcUrl());
    }
    return DriverManager.getConnection(
        store.jdbcUrl(), store.user(), store.password() == null ? "" : store.password());
  }

  private static boolean tablesMissing(SQLException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return m.contains("no such table") || m.contains("does not exist");
  }

  private static Set<String> ids(Connection c, String sql) throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** {@code --name value} pairs. */
  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
