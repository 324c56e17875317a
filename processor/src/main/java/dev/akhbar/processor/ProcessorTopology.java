package dev.akhbar.processor;

import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.json.RawArticleReader;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.Rejected;
import dev.akhbar.processor.dedup.CandidateIndex;
import dev.akhbar.processor.dedup.DedupNode;
import dev.akhbar.processor.dedup.DedupSerdes;
import dev.akhbar.processor.dedup.DedupSettings;
import dev.akhbar.processor.dedup.DedupStores;
import dev.akhbar.processor.dedup.IndexProbe;
import dev.akhbar.processor.dedup.NodeMessage;
import dev.akhbar.processor.dedup.ProbePartitioner;
import dev.akhbar.processor.fingerprint.Fingerprinter;
import dev.akhbar.processor.fingerprint.LshBands;
import dev.akhbar.processor.fingerprint.MinHasher;
import dev.akhbar.processor.fingerprint.WordShingles;
import dev.akhbar.processor.flow.Emission;
import dev.akhbar.processor.intake.ArticleForms;
import dev.akhbar.processor.intake.ArticleScreen;
import dev.akhbar.processor.intake.Intake;
import dev.akhbar.text.LanguageIdentifier;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The whole processor, as one function of its configuration:
 *
 * <pre>
 * akhbar.raw.v1 ─► intake: read strictly · normalize · screen · fingerprint
 *                    ├─► akhbar.dlq.v1 + outcome          (unreadable)
 *                    ├─► akhbar.rejected.v1 + outcome     (too_short, not_arabic)
 *                    ├─► dedup node directly      (everything else, when its node is on this
 *                    │                             partition: raw and inbox partition N are one task)
 *                    └─► dedup inbox, keyed by article id  (everything else)
 * dedup inbox ─► dedup node: same URL? · probe · link · decide
 *                    ├─► dedup-by-band ─► candidate index: content and band buckets, verify
 *                    │                        └─► dedup inbox  (one reply per probe)
 *                    ├─► dedup inbox                      (node to node)
 *                    ├─► tag ─► akhbar.articles.v1          (new, update, demoted, removed)
 *                    ├─► akhbar.duplicates.v1
 *                    └─► akhbar.outcomes.v1                (one per raw record)
 * </pre>
 *
 * The dedup inbox is a topic of this application ({@link #inboxTopic}) that the node step both
 * reads and writes: dedup is a conversation between articles, and a Streams topology can only loop
 * through a topic. See docs/dedup.md for the protocol and its guarantees.
 */
public final class ProcessorTopology {

  /**
   * The repartition topic that brings the probes of copies together: by content hash (exact copies)
   * and by LSH band (near copies), one probe per partition and article.
   */
  public static final String BAND_REPARTITION = "dedup-by-band";

  private static final Serde<Article> ARTICLE = JsonSerde.of(Article.class);
  private static final Serde<Duplicate> DUPLICATE = JsonSerde.of(Duplicate.class);
  private static final Serde<Rejected> REJECTED = JsonSerde.of(Rejected.class);
  private static final Serde<DeadLetter> DEAD_LETTER = JsonSerde.of(DeadLetter.class);
  private static final Serde<Outcome> OUTCOME = JsonSerde.of(Outcome.class);
  private static final Serde<NodeMessage> NODE_MESSAGE = DedupSerdes.nodeMessages();

  private ProcessorTopology() {}

  /**
   * The dedup inbox of application {@code applicationId}: messages to nodes, keyed by article id.
   */
  public static String inboxTopic(String applicationId) {
    return applicationId + "-dedup-inbox";
  }

  /** The topology without tagging (tags left empty). */
  public static Topology build(ProcessorConfig config) {
    return build(config, ArticleTagger.NONE, ProcessorMetrics.unbound(), Clock.systemUTC());
  }

  public static Topology build(ProcessorConfig config, ArticleTagger tagger) {
    return build(config, tagger, ProcessorMetrics.unbound(), Clock.systemUTC());
  }

  public static Topology build(
      ProcessorConfig config, ArticleTagger tagger, ProcessorMetrics metrics, Clock clock) {
    Topics topics = config.topics();
    DedupSettings dedup = config.dedup();
    String inbox = inboxTopic(config.applicationId());
    ArticleForms forms = ArticleForms.withDefaults();
    RawArticleReader reader = new RawArticleReader(config.maxBodyChars());
    ArticleScreen screen =
        new ArticleScreen(
            config.minBodyLetters(),
            config.nonArabicPolicy(),
            LanguageIdentifier.withSampleChars(ArticleScreen.LANGUAGE_SAMPLE_CHARS + 500));
    Fingerprinter fingerprinter =
        new Fingerprinter(
            new WordShingles(config.shingleWords()),
            new MinHasher(config.minhashFunctions()),
            new LshBands(config.lshBands(), config.lshRows()));
    Outputs outputs = new Outputs(topics, inbox, new TaggingStep(tagger, metrics), metrics);

    StreamsBuilder builder = new StreamsBuilder();

    // 1. Intake: every raw record is read as bytes, so that nothing can fail before we catch it.
    KStream<String, Emission> intake =
        builder.stream(
                topics.raw(),
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw"))
            .process(
                () -> new Intake(reader, forms, screen, fingerprinter, clock, config.partitions()),
                Named.as("intake"));
    outputs.route(intake, "intake");
    // An arrival whose node lives on its raw record's partition skips the inbox: raw and inbox
    // partitions of the same number are one task, the node's.
    KStream<String, NodeMessage> arrivalsHere =
        intake
            .filter((k, e) -> e instanceof Emission.ToNodeHere, Named.as("intake-here"))
            .mapValues(
                e -> (NodeMessage) ((Emission.ToNodeHere) e).arrival(),
                Named.as("intake-arrival-here"));

    // 2. Dedup nodes: one per article id; same-URL versions, then the cluster decision.
    builder.addStateStore(DedupStores.nodes());
    builder.addStateStore(DedupStores.articles());
    builder.addStateStore(DedupStores.expiry());
    builder.addStateStore(DedupStores.clusterMembers());
    Map<String, KStream<String, Emission>> decisions =
        builder.stream(
                inbox, Consumed.with(Serdes.String(), NODE_MESSAGE).withName("read-dedup-inbox"))
            .merge(arrivalsHere, Named.as("dedup-messages"))
            .process(
                () -> new DedupNode(dedup, forms, clock),
                Named.as("dedup-node"),
                DedupStores.NODES,
                DedupStores.ARTICLES,
                DedupStores.EXPIRY,
                DedupStores.CLUSTER_MEMBERS)
            .split(Named.as("dedup-"))
            .branch((k, e) -> e instanceof Emission.Probe, Branched.as("probes"))
            .defaultBranch(Branched.as("outputs"));
    outputs.route(decisions.get("dedup-outputs"), "dedup");

    // 3. Copies meet in the buckets they share: exact copies in their content hash's, near copies
    // in their LSH bands'. Each probe carries what of one article lives on one partition, and goes
    // there; candidates are verified where they are found.
    builder.addStateStore(DedupStores.contentIndex(dedup.window()));
    builder.addStateStore(DedupStores.bandIndex(dedup.window()));
    builder.addStateStore(DedupStores.indexSignatures(dedup.window()));
    KStream<String, Emission> indexReplies =
        decisions
            .get("dedup-probes")
            .mapValues(e -> ((Emission.Probe) e).probe(), Named.as("index-probe"))
            .repartition(
                Repartitioned.<String, IndexProbe>as(BAND_REPARTITION)
                    .withKeySerde(Serdes.String())
                    .withValueSerde(DedupSerdes.indexProbes())
                    .withNumberOfPartitions(config.partitions())
                    .withStreamPartitioner(new ProbePartitioner()))
            .process(
                () -> new CandidateIndex(dedup.window(), dedup.threshold(), dedup.maxCandidates()),
                Named.as("candidate-index"),
                DedupStores.CONTENT_INDEX,
                DedupStores.BAND_INDEX,
                DedupStores.INDEX_SIGNATURES);
    outputs.route(indexReplies, "candidate-index");

    return builder.build();
  }

  /** Writes each kind of emission to its topic; the tagging step sits before the articles topic. */
  private record Outputs(
      Topics topics, String inbox, TaggingStep tagging, ProcessorMetrics metrics) {

    void route(KStream<String, Emission> emissions, String step) {
      emissions
          .split(Named.as(step + "-to-"))
          .branch(
              (k, e) -> e instanceof Emission.Publish,
              Branched.withConsumer(
                  s ->
                      s.mapValues(
                              e -> tagging.apply(((Emission.Publish) e).article()),
                              Named.as(step + "-tag"))
                          .to(
                              topics.articles(),
                              Produced.with(Serdes.String(), ARTICLE)
                                  .withName(step + "-write-articles")),
                  "articles"))
          .branch(
              (k, e) -> e instanceof Emission.Copy,
              Branched.withConsumer(
                  s ->
                      s.mapValues(e -> ((Emission.Copy) e).duplicate(), Named.as(step + "-copy"))
                          .to(
                              topics.duplicates(),
                              Produced.with(Serdes.String(), DUPLICATE)
                                  .withName(step + "-write-duplicates")),
                  "duplicates"))
          .branch(
              (k, e) -> e instanceof Emission.SetAside,
              Branched.withConsumer(
                  s ->
                      s.mapValues(
                              e -> ((Emission.SetAside) e).rejected(), Named.as(step + "-reject"))
                          .to(
                              topics.rejected(),
                              Produced.with(Serdes.String(), REJECTED)
                                  .withName(step + "-write-rejected")),
                  "rejected"))
          .branch(
              (k, e) -> e instanceof Emission.DeadLettered,
              Branched.withConsumer(
                  s ->
                      s.mapValues(
                              e -> ((Emission.DeadLettered) e).deadLetter(),
                              Named.as(step + "-dead-letter"))
                          .to(
                              topics.deadLetters(),
                              Produced.with(Serdes.String(), DEAD_LETTER)
                                  .withName(step + "-write-dlq")),
                  "dlq"))
          .branch(
              (k, e) -> e instanceof Emission.Accounted,
              Branched.withConsumer(
                  s ->
                      s.mapValues(
                              e -> ((Emission.Accounted) e).outcome(), Named.as(step + "-account"))
                          .peek((k, o) -> metrics.outcome(o.outcome()), Named.as(step + "-count"))
                          .to(
                              topics.outcomes(),
                              Produced.with(Serdes.String(), OUTCOME)
                                  .withName(step + "-write-outcomes")),
                  "outcomes"))
          .branch(
              (k, e) -> e instanceof Emission.ToNode,
              Branched.withConsumer(
                  s ->
                      s.mapValues(e -> ((Emission.ToNode) e).message(), Named.as(step + "-message"))
                          .to(
                              inbox,
                              Produced.with(Serdes.String(), NODE_MESSAGE)
                                  .withName(step + "-write-dedup-inbox")),
                  "dedup-inbox"));
    }
  }
}
