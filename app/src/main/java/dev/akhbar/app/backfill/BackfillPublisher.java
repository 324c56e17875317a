package dev.akhbar.app.backfill;

import dev.akhbar.common.json.InvalidRecordException;
import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.json.RawArticleReader;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.RawArticle;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a JSON Lines backfill file to the raw topic, by the contract's rules (see {@link
 * RawArticleReader}). A line that cannot be read goes to the dead-letter topic with its line number
 * and the reason, and the file goes on.
 */
public final class BackfillPublisher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BackfillPublisher.class);
  private static final long PROGRESS_EVERY = 10_000;

  /**
   * Most bytes of a line kept in its dead letter, so that the dead letter itself fits Kafka's
   * default 1 MB record limit (Base64 adds a third). A longer line is cut and the message says so.
   */
  public static final int MAX_ORIGINAL_BYTES = 512 * 1024;

  /**
   * Bytes left for the key, headers and record overhead under the producer's {@code
   * max.request.size} when deciding whether a raw record fits.
   */
  private static final int RECORD_OVERHEAD_BYTES = 1024;

  private final Producer<byte[], byte[]> producer;
  private final Topics topics;
  private final RawArticleReader reader;
  private final Clock clock;
  private final int maxRecordBytes;
  private final JsonSerde<RawArticle> rawSerde = JsonSerde.of(RawArticle.class);
  private final JsonSerde<DeadLetter> deadLetterSerde = JsonSerde.of(DeadLetter.class);

  BackfillPublisher(
      Producer<byte[], byte[]> producer,
      Topics topics,
      RawArticleReader reader,
      Clock clock,
      int maxRequestBytes) {
    this.producer = producer;
    this.topics = topics;
    this.reader = reader;
    this.clock = clock;
    this.maxRecordBytes = maxRequestBytes - RECORD_OVERHEAD_BYTES;
  }

  /** A publisher with its own idempotent producer to {@code bootstrapServers}. */
  public static BackfillPublisher create(
      Map<String, Object> kafkaProperties, Topics topics, RawArticleReader reader) {
    Map<String, Object> p = new HashMap<>(kafkaProperties);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // Archives are large and compress well (Arabic text in UTF-8 is two bytes a letter).
    p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // Fill batches: throughput matters more than latency for a backfill.
    p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "akhbar-backfill");
    return new BackfillPublisher(
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer()),
        topics,
        reader,
        Clock.systemUTC(),
        maxRequestBytes(p));
  }

  /** The producer's {@code max.request.size}: as configured, else Kafka's default (1 MiB). */
  private static int maxRequestBytes(Map<String, Object> properties) {
    Object given = properties.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    return given == null ? 1024 * 1024 : Integer.parseInt(given.toString().strip());
  }

  /** Publishes every line of {@code file}; returns when all are acknowledged by the broker. */
  public BackfillResult publish(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return publish(in);
    }
  }

  /** Publishes every line of {@code in}; returns when all are acknowledged by the broker. */
  public BackfillResult publish(InputStream in) throws IOException {
    long records = 0;
    long published = 0;
    long dead = 0;
    AtomicReference<Exception> failure = new AtomicReference<>();
    JsonLines lines = new JsonLines(in);
    for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        continue;
      }
      records++;
      ProducerRecord<byte[], byte[]> record = toRecord(line);
      if (record.topic().equals(topics.raw())) {
        published++;
      } else {
        dead++;
      }
      producer.send(
          record,
          (metadata, e) -> {
            if (e != null) {
              failure.compareAndSet(null, e);
            }
          });
      if (records % PROGRESS_EVERY == 0) {
        LOG.info(
            "backfill: {} lines read, {} published, {} dead letters", records, published, dead);
      }
    }
    producer.flush();
    if (failure.get() != null) {
      throw new IOException(
          "the broker refused records: " + failure.get().getMessage(), failure.get());
    }
    return new BackfillResult(records, published, dead);
  }

  private ProducerRecord<byte[], byte[]> toRecord(JsonLines.Line line) {
    try {
      if (line.tooLong()) {
        throw new InvalidRecordException(
            "line is longer than " + JsonLines.MAX_LINE_BYTES + " bytes");
      }
      RawArticle raw = reader.read(line.bytes());
      byte[] value = rawSerde.toBytes(raw);
      // The producer would refuse it and fail the whole backfill; it is this line's fault alone.
      if (value.length > maxRecordBytes) {
        throw new InvalidRecordException(
            "record is "
                + value.length
                + " bytes, over the producer's max.request.size less overhead ("
                + maxRecordBytes
                + ")");
      }
      return new ProducerRecord<>(
          topics.raw(), raw.articleId().getBytes(StandardCharsets.UTF_8), value);
    } catch (InvalidRecordException e) {
      LOG.warn("backfill line {} goes to the dead-letter topic: {}", line.number(), e.getMessage());
      byte[] original = line.bytes();
      String message = e.getMessage();
      if (original.length > MAX_ORIGINAL_BYTES) {
        message +=
            " (original of "
                + original.length
                + " bytes cut to the first "
                + MAX_ORIGINAL_BYTES
                + ")";
        original = Arrays.copyOf(original, MAX_ORIGINAL_BYTES);
      }
      DeadLetter letter =
          new DeadLetter(
              "backfill",
              e.getClass().getName(),
              message,
              null,
              null,
              null,
              line.number(),
              Base64.getEncoder().encodeToString(original),
              clock.instant());
      return new ProducerRecord<>(topics.deadLetters(), null, deadLetterSerde.toBytes(letter));
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
