package dev.akhbar.app.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.app.UsageException;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.record.DeadLetter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code akhbar dlq list|replay}: look at dead letters, and send chosen ones back after a fix. */
@Command(
    name = "dlq",
    mixinStandardHelpOptions = true,
    description = "Lists the dead letters of the pipeline, and replays chosen ones after a fix.",
    subcommands = {DlqCommand.List.class, DlqCommand.Replay.class})
public final class DlqCommand {

  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  /** The dead letters on the topic, each with where it is, so that it can be chosen. */
  record Entry(int partition, long offset, DeadLetter letter) {}

  /** {@code akhbar dlq list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "Prints every dead letter on the dead-letter topic, oldest first: its partition and offset"
            + " there (what `dlq replay` takes), the stage, where the record came from, and why it"
            + " failed. --json prints the records as JSON Lines."
      })
  static final class List implements Callable<Integer> {
    @Mixin KafkaOptions kafka;

    @Option(names = "--stage", description = "Only this stage: backfill, ingest, processor, sink.")
    String stage;

    @Option(
        names = "--json",
        description = "JSON Lines: the dead letter with dlq_partition and dlq_offset.")
    boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (Entry e : read(kafka, kafka.topics().deadLetters())) {
        DeadLetter d = e.letter();
        if (stage != null && !stage.equals(d.stage())) {
          continue;
        }
        if (json) {
          ObjectNode node = AkhbarJson.mapper().valueToTree(d);
          node.put("dlq_partition", e.partition());
          node.put("dlq_offset", e.offset());
          out.println(node);
        } else {
          String from =
              d.inputLine() != null
                  ? "input line " + d.inputLine()
                  : d.sourceTopic() + "/" + d.partition() + "@" + d.offset();
          out.printf(
              "%d@%d  %s  %s  %s: %s%n",
              e.partition(), e.offset(), d.failedAt(), d.stage(), from, d.errorMessage());
        }
      }
      out.flush();
      return 0;
    }
  }

  /** {@code akhbar dlq replay}. */
  @Command(
      name = "replay",
      mixinStandardHelpOptions = true,
      description = {
        "Sends chosen dead letters back through the pipeline: each original record goes to the"
            + " topic it came from (a backfill line goes to the raw topic). Choose them with"
            + " --at PARTITION@OFFSET (as `dlq list` prints them), --stage, or --all.",
        "Prints one JSON line: replayed."
      })
  static final class Replay implements Callable<Integer> {
    @Mixin KafkaOptions kafka;

    @Option(names = "--at", paramLabel = "PARTITION@OFFSET", description = "One dead letter.")
    java.util.List<String> at = new ArrayList<>();

    @Option(names = "--stage", description = "Every dead letter of this stage.")
    String stage;

    @Option(names = "--all", description = "Every dead letter.")
    boolean all;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!all && stage == null && at.isEmpty()) {
        throw new UsageException(
            "choose dead letters with --at PARTITION@OFFSET, --stage or --all");
      }
      Set<String> chosen = Set.copyOf(at);
      Map<String, Object> p = new HashMap<>(kafka.clientProperties());
      p.put(ProducerConfig.ACKS_CONFIG, "all");
      p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      long replayed = 0;
      try (KafkaProducer<byte[], byte[]> producer =
          new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
        for (Entry e : read(kafka, kafka.topics().deadLetters())) {
          DeadLetter d = e.letter();
          boolean pick =
              all
                  || (stage != null && stage.equals(d.stage()))
                  || chosen.contains(e.partition() + "@" + e.offset());
          if (!pick) {
            continue;
          }
          byte[] original = Base64.getDecoder().decode(d.originalBase64());
          String topic = d.sourceTopic() != null ? d.sourceTopic() : kafka.topics().raw();
          producer.send(new ProducerRecord<>(topic, keyOf(original), original)).get();
          replayed++;
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("{\"replayed\":" + replayed + "}");
      out.flush();
      return 0;
    }

    /** The article id of a JSON original, as the topics' key; none for anything else. */
    private static byte[] keyOf(byte[] original) {
      try {
        JsonNode node = AkhbarJson.mapper().readTree(original);
        JsonNode id = node == null ? null : node.get("article_id");
        return id != null && id.isTextual() ? id.asText().getBytes(StandardCharsets.UTF_8) : null;
      } catch (java.io.IOException e) {
        return null;
      }
    }
  }

  /** Every record of the dead-letter topic, from the beginning to the end as of now. */
  static java.util.List<Entry> read(KafkaOptions kafka, String topic) {
    Map<String, Object> p = new HashMap<>(kafka.clientProperties());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    JsonSerde<DeadLetter> serde = JsonSerde.of(DeadLetter.class);
    java.util.List<Entry> entries = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      var infos = consumer.partitionsFor(topic, READ_TIMEOUT);
      if (infos == null || infos.isEmpty()) {
        throw new UsageException("no topic " + topic + " on " + kafka.bootstrapServers());
      }
      java.util.List<TopicPartition> parts =
          infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> ends = consumer.endOffsets(parts);
      long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
      while (parts.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
          && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
          try {
            entries.add(new Entry(r.partition(), r.offset(), serde.fromBytes(r.value())));
          } catch (RuntimeException e) {
            // A record that is not a dead letter is not ours to list.
          }
        }
      }
    }
    entries.sort(
        java.util.Comparator.comparing((Entry e) -> e.letter().failedAt())
            .thenComparingInt(Entry::partition)
            .thenComparingLong(Entry::offset));
    return entries;
  }
}
