package dev.akhbar.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.app.Akhbar;
import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.kafka.TopicProvisioner;
import dev.akhbar.common.kafka.TopicSpecs;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.ProcessorService;
import dev.akhbar.processor.flow.DeadLetters;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison pills on the raw topic of a real broker, read by the real processor (exactly_once_v2):
 * each becomes a dead letter that names the reason and the raw offset, a good record after them is
 * still processed, {@code akhbar dlq list} shows them and {@code akhbar dlq replay} sends a chosen
 * one back through the processor.
 */
@ExtendWith(BrokerExtension.class)
class PoisonPillIT {

  private static final int FIVE_MB = 5 * 1024 * 1024;

  /** What the test raises the raw topic's record limit to, so that a 5 MB record gets in. */
  private static final int LARGE_RAW_RECORD_BYTES = 8 * 1024 * 1024;

  private static final String GOOD_BODY =
      "أعلنت بلدية الواحة الخضراء صباح اليوم افتتاح مكتبة عامة جديدة في وسط المدينة، تضم أكثر من"
          + " عشرين ألف كتاب في الأدب والتاريخ والعلوم. وقال رئيس البلدية إن المكتبة ستفتح"
          + " أبوابها كل يوم من الثامنة صباحا حتى العاشرة ليلا، وإن الدخول إليها مجاني للطلاب"
          + " والباحثين. وأضاف أن قاعة للأطفال ستفتتح الشهر المقبل مع برنامج للقراءة الصيفية.";

  @Test
  void poisonPillsBecomeDeadLettersWithReasonAndOffsetAndTheStreamGoesOn(
      EmbeddedKafkaBroker broker, @TempDir Path state) throws Exception {
    String run = "pp" + UUID.randomUUID().toString().substring(0, 8);
    Topics topics = new Topics(run);
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      TopicProvisioner.ensure(admin, TopicSpecs.singleNode(1).newTopics(topics), true);

      // As created, the raw topic keeps Kafka's default limit (about 1 MB a record batch): a 5 MB
      // record is refused by the broker and the sender is told so; nothing reaches the pipeline.
      assertThatThrownBy(
              () -> send(broker, topics.raw(), hugeBodyRecord("https://pp.example/refused")))
          .hasCauseInstanceOf(RecordTooLargeException.class);

      // A cluster may raise the limit; then the 5 MB record reaches the processor.
      ConfigResource raw = new ConfigResource(ConfigResource.Type.TOPIC, topics.raw());
      admin
          .incrementalAlterConfigs(
              Map.of(
                  raw,
                  List.of(
                      new AlterConfigOp(
                          new ConfigEntry(
                              TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                              String.valueOf(LARGE_RAW_RECORD_BYTES)),
                          AlterConfigOp.OpType.SET))))
          .all()
          .get(30, TimeUnit.SECONDS);
    }

    Map<String, byte[]> pills = new LinkedHashMap<>();
    pills.put("not JSON", "<html><body>ليست مقالة</body></html>".getBytes(StandardCharsets.UTF_8));
    pills.put("not a JSON object", "[\"عنوان\", \"نص\"]".getBytes(StandardCharsets.UTF_8));
    pills.put(
        "must be a string",
        "{\"url\":\"https://pp.example/shape\",\"title\":7,\"body\":[\"نص\"]}"
            .getBytes(StandardCharsets.UTF_8));
    pills.put("the limit is", hugeBodyRecord("https://pp.example/huge"));
    pills.put("not valid UTF-8", invalidUtf8Record());
    pills.put(
        "unknown schema_version 2",
        ("{\"schema_version\":2,\"url\":\"https://pp.example/v2\",\"title\":\"عنوان\",\"body\":\""
                + GOOD_BODY
                + "\"}")
            .getBytes(StandardCharsets.UTF_8));
    byte[] good =
        ("{\"url\":\"https://pp.example/library\",\"title\":\"افتتاح مكتبة عامة\",\"body\":\""
                + GOOD_BODY
                + "\",\"published_at\":\"2026-03-01T08:00:00Z\"}")
            .getBytes(StandardCharsets.UTF_8);

    ProcessorConfig config =
        ProcessorConfig.builder()
            .applicationId(run + "-processor")
            .topics(topics)
            .stateDir(state)
            .partitions(1)
            .bootstrapServers(broker.bootstrapServers())
            .build();
    try (ProcessorService processor = new ProcessorService(config)) {
      processor.start();
      assertThat(processor.awaitRunning(Duration.ofSeconds(90))).isTrue();

      Map<Long, String> reasonByOffset = new HashMap<>();
      for (Map.Entry<String, byte[]> pill : pills.entrySet()) {
        reasonByOffset.put(send(broker, topics.raw(), pill.getValue()), pill.getKey());
      }
      long goodOffset = send(broker, topics.raw(), good);

      List<Outcome> outcomes = awaitOutcomes(broker, topics, pills.size() + 1);
      assertThat(outcomes)
          .filteredOn(o -> o.outcome() == OutcomeKind.DEAD_LETTER)
          .extracting(Outcome::offset)
          .containsExactlyInAnyOrderElementsOf(reasonByOffset.keySet());
      assertThat(outcomes)
          .filteredOn(o -> o.offset() == goodOffset)
          .singleElement()
          .extracting(Outcome::outcome)
          .isEqualTo(OutcomeKind.NEW);
      assertThat(readAll(broker, topics.articles(), 1))
          .extracting(r -> JsonSerde.of(Article.class).fromBytes(r.value()).title())
          .containsExactly("افتتاح مكتبة عامة");

      List<DeadLetter> letters = new ArrayList<>();
      readAll(broker, topics.deadLetters(), pills.size())
          .forEach(r -> letters.add(JsonSerde.of(DeadLetter.class).fromBytes(r.value())));
      assertThat(letters).hasSize(pills.size());
      for (DeadLetter letter : letters) {
        assertThat(letter.stage()).isEqualTo("processor");
        assertThat(letter.sourceTopic()).isEqualTo(topics.raw());
        assertThat(letter.partition()).isZero();
        assertThat(letter.errorMessage()).contains(reasonByOffset.get(letter.offset()));
        byte[] original = Base64.getDecoder().decode(letter.originalBase64());
        byte[] sent = pills.get(reasonByOffset.get(letter.offset()));
        if (sent.length <= DeadLetters.MAX_ORIGINAL_BYTES) {
          assertThat(original).isEqualTo(sent);
        } else {
          // The dead letter keeps the head of a huge original and says so; the raw topic keeps
          // it whole.
          assertThat(original).hasSize(DeadLetters.MAX_ORIGINAL_BYTES);
          assertThat(letter.errorMessage())
              .contains("original of " + sent.length + " bytes cut to the first");
        }
      }

      // `akhbar dlq list` shows each with its reason and where it came from.
      String[] kafka = {"--bootstrap", broker.bootstrapServers(), "--topic-prefix", run};
      String listed = akhbar("dlq", "list", kafka[0], kafka[1], kafka[2], kafka[3]);
      for (Map.Entry<Long, String> e : reasonByOffset.entrySet()) {
        assertThat(listed).contains(topics.raw() + "/0@" + e.getKey()).contains(e.getValue());
      }

      // `akhbar dlq replay` sends the chosen one back to the raw topic, byte for byte, and the
      // processor reads it again (still unfixed, so it is a dead letter again, at its new offset).
      JsonNode wrongVersion = null;
      for (String line :
          akhbar("dlq", "list", "--json", kafka[0], kafka[1], kafka[2], kafka[3])
              .strip()
              .split("\n")) {
        JsonNode node = AkhbarJson.mapper().readTree(line);
        if (node.get("error_message").asText().contains("unknown schema_version")) {
          wrongVersion = node;
        }
      }
      assertThat(wrongVersion).isNotNull();
      String at = wrongVersion.get("dlq_partition").asInt() + "@" + wrongVersion.get("dlq_offset");
      assertThat(akhbar("dlq", "replay", "--at", at, kafka[0], kafka[1], kafka[2], kafka[3]))
          .isEqualToIgnoringNewLines("{\"replayed\":1}");

      List<Outcome> after = awaitOutcomes(broker, topics, pills.size() + 2);
      Outcome replayed = after.get(after.size() - 1);
      assertThat(replayed.offset()).isEqualTo(goodOffset + 1);
      assertThat(replayed.outcome()).isEqualTo(OutcomeKind.DEAD_LETTER);
      List<ConsumerRecord<byte[], byte[]>> rawRecords =
          readAll(broker, topics.raw(), pills.size() + 2);
      assertThat(rawRecords.get(rawRecords.size() - 1).value())
          .isEqualTo(pills.get("unknown schema_version 2"));
    }
  }

  @Test
  void oversizedLinesOfABackfillFileAreDeadLettersWithTheirLineAndTheFileGoesOn(
      EmbeddedKafkaBroker broker, @TempDir Path dir) throws Exception {
    String run = "pb" + UUID.randomUUID().toString().substring(0, 8);
    Topics topics = new Topics(run);
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      TopicProvisioner.ensure(admin, TopicSpecs.singleNode(1).newTopics(topics), true);
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(
        ("{\"url\":\"https://pb.example/1\",\"title\":\"خبر\",\"body\":\"" + GOOD_BODY + "\"}\n")
            .getBytes(StandardCharsets.UTF_8));
    file.write(hugeBodyRecord("https://pb.example/huge"));
    file.write('\n');
    Path jsonl = Files.write(dir.resolve("in.jsonl"), file.toByteArray());

    akhbar(
        "replay",
        jsonl.toString(),
        "--bootstrap",
        broker.bootstrapServers(),
        "--topic-prefix",
        run);

    List<ConsumerRecord<byte[], byte[]>> dead = readAll(broker, topics.deadLetters(), 1);
    assertThat(dead).hasSize(1);
    DeadLetter letter = JsonSerde.of(DeadLetter.class).fromBytes(dead.get(0).value());
    assertThat(letter.stage()).isEqualTo("backfill");
    assertThat(letter.inputLine()).isEqualTo(2L);
    assertThat(letter.errorMessage()).contains("the limit is");
    assertThat(readAll(broker, topics.raw(), 1)).hasSize(1);
  }

  /** A raw record whose body is 5 MB of Arabic text. */
  private static byte[] hugeBodyRecord(String url) {
    String word = "خبر ";
    int wordBytes = word.getBytes(StandardCharsets.UTF_8).length;
    String body = word.repeat(FIVE_MB / wordBytes + 1);
    return ("{\"url\":\"" + url + "\",\"title\":\"ضخم\",\"body\":\"" + body + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A raw record whose title holds a byte sequence that is not UTF-8. */
  private static byte[] invalidUtf8Record() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        "{\"url\":\"https://pp.example/bytes\",\"title\":\"".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xD8, (byte) 0x28, (byte) 0xC3, (byte) 0xFF});
    out.writeBytes(("\",\"body\":\"" + GOOD_BODY + "\"}").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Sends one value to {@code topic}, waits for the broker's answer; returns its offset. */
  private static long send(EmbeddedKafkaBroker broker, String topic, byte[] value)
      throws InterruptedException, ExecutionException {
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    // Above the 5 MB record, so that the broker, not this producer, decides.
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * LARGE_RAW_RECORD_BYTES);
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      return producer.send(new ProducerRecord<>(topic, value)).get().offset();
    }
  }

  private static List<Outcome> awaitOutcomes(
      EmbeddedKafkaBroker broker, Topics topics, int expected) {
    List<Outcome> outcomes = new ArrayList<>();
    readAll(broker, topics.outcomes(), expected)
        .forEach(r -> outcomes.add(JsonSerde.of(Outcome.class).fromBytes(r.value())));
    outcomes.sort(java.util.Comparator.comparingLong(Outcome::offset));
    return outcomes;
  }

  /** Every committed record of {@code topic}, once at least {@code atLeast} have come. */
  private static List<ConsumerRecord<byte[], byte[]>> readAll(
      EmbeddedKafkaBroker broker, String topic, int atLeast) {
    Map<String, Object> p = new HashMap<>();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (all.size() < atLeast && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(all::add);
      }
      // Anything more would be a second result for some record.
      consumer.poll(Duration.ofSeconds(2)).forEach(all::add);
    }
    return all;
  }

  private static String akhbar(String... args) {
    StringWriter out = new StringWriter();
    int exit = Akhbar.commandLine().setOut(new PrintWriter(out)).execute(args);
    assertThat(exit).as("exit of akhbar %s", args[0]).isZero();
    return out.toString();
  }
}
