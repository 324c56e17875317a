package dev.akhbar.processor;

import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.common.record.Rejected;
import dev.akhbar.common.url.ArticleId;
import dev.akhbar.common.url.CanonicalUrl;
import dev.akhbar.processor.dedup.DedupSerdes;
import dev.akhbar.processor.dedup.NodeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The processor's topology under {@link TopologyTestDriver}, with readers for every output. */
final class TopologyHarness implements AutoCloseable {

  static final Instant NOW = Instant.parse("2025-03-06T12:00:00Z");

  final ProcessorConfig config;
  final TopologyTestDriver driver;
  private final TestInputTopic<String, byte[]> raw;
  private final TestOutputTopic<String, Article> articles;
  private final TestOutputTopic<String, Duplicate> duplicates;
  private final TestOutputTopic<String, Rejected> rejected;
  private final TestOutputTopic<String, DeadLetter> deadLetters;
  private final TestOutputTopic<String, Outcome> outcomes;
  private final TestOutputTopic<String, NodeMessage> inbox;

  final List<Article> articlesSeen = new ArrayList<>();
  final List<Duplicate> duplicatesSeen = new ArrayList<>();
  final List<Rejected> rejectedSeen = new ArrayList<>();
  final List<DeadLetter> deadLettersSeen = new ArrayList<>();
  final List<Outcome> outcomesSeen = new ArrayList<>();

  TopologyHarness(Path stateDir) {
    this(ProcessorConfig.builder().stateDir(stateDir).build());
  }

  TopologyHarness(ProcessorConfig config) {
    this(config, ArticleTagger.NONE);
  }

  TopologyHarness(ProcessorConfig config, ArticleTagger tagger) {
    this.config = config;
    Properties props = StreamsSettings.of(config);
    props.put("bootstrap.servers", "unused:9092");
    driver =
        new TopologyTestDriver(
            ProcessorTopology.build(
                config, tagger, ProcessorMetrics.unbound(), Clock.fixed(NOW, ZoneOffset.UTC)),
            props,
            NOW);
    Topics t = config.topics();
    raw =
        driver.createInputTopic(
            t.raw(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
    articles = output(t.articles(), Article.class);
    duplicates = output(t.duplicates(), Duplicate.class);
    rejected = output(t.rejected(), Rejected.class);
    deadLetters = output(t.deadLetters(), DeadLetter.class);
    outcomes = output(t.outcomes(), Outcome.class);
    inbox =
        driver.createOutputTopic(
            ProcessorTopology.inboxTopic(config.applicationId()),
            Serdes.String().deserializer(),
            DedupSerdes.nodeMessages().deserializer());
  }

  /** The article ids of the arrivals written to the dedup inbox topic so far. */
  List<String> arrivalsThroughTheInbox() {
    return inbox.readValuesToList().stream()
        .filter(m -> m instanceof NodeMessage.Arrival)
        .map(NodeMessage::target)
        .toList();
  }

  private <T> TestOutputTopic<String, T> output(String topic, Class<T> type) {
    return driver.createOutputTopic(
        topic, Serdes.String().deserializer(), JsonSerde.of(type).deserializer());
  }

  /** Sends a raw record keyed by its article id, at the given record time. */
  TopologyHarness send(Stories.Raw record, Instant recordTime) {
    return sendBytes(idOf(record), record.bytes(), recordTime);
  }

  TopologyHarness send(Stories.Raw record) {
    return send(record, NOW);
  }

  TopologyHarness sendBytes(String key, byte[] value, Instant recordTime) {
    raw.pipeInput(new TestRecord<>(key, value, recordTime));
    drain();
    return this;
  }

  /** Lets wall-clock time pass: the punctuations due run (the band filter's build steps). */
  void advanceWallClock(Duration by) {
    driver.advanceWallClockTime(by);
    drain();
  }

  void drain() {
    articlesSeen.addAll(articles.readValuesToList());
    duplicatesSeen.addAll(duplicates.readValuesToList());
    rejectedSeen.addAll(rejected.readValuesToList());
    deadLettersSeen.addAll(deadLetters.readValuesToList());
    outcomesSeen.addAll(outcomes.readValuesToList());
  }

  static String idOf(Stories.Raw record) {
    return idOfUrl(record.url());
  }

  static String idOfUrl(String url) {
    return ArticleId.ofCanonicalUrl(CanonicalUrl.of(url));
  }

  Map<OutcomeKind, Integer> outcomeCounts() {
    Map<OutcomeKind, Integer> counts = new EnumMap<>(OutcomeKind.class);
    for (Outcome o : outcomesSeen) {
      counts.merge(o.outcome(), 1, Integer::sum);
    }
    return counts;
  }

  /** The articles topic as a compacted store would hold it: the latest record per id. */
  Map<String, Article> latestArticles() {
    Map<String, Article> latest = new LinkedHashMap<>();
    articlesSeen.forEach(a -> latest.put(a.articleId(), a));
    return latest;
  }

  /** The duplicates topic as a compacted store would hold it. */
  Map<String, Duplicate> latestDuplicates() {
    Map<String, Duplicate> latest = new LinkedHashMap<>();
    duplicatesSeen.forEach(d -> latest.put(d.articleId(), d));
    return latest;
  }

  /** Stored originals: the latest article record per id, unless the id is now a copy. */
  Map<String, Article> storedOriginals() {
    Map<String, Article> stored = latestArticles();
    stored.keySet().removeAll(latestDuplicates().keySet());
    return stored;
  }

  @Override
  public void close() {
    driver.close();
  }
}
