package dev.akhbar.sink.internal;

import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.Rejected;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import dev.akhbar.sink.internal.StoreWrite.DeadLetterWrite;
import dev.akhbar.sink.internal.StoreWrite.DuplicateWrite;
import dev.akhbar.sink.internal.StoreWrite.RejectedWrite;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Turns a consumed record into what to do with it: a write, a dead letter, or nothing (a
 * tombstone). Records are read as bytes and decoded here, so that one bad record becomes one dead
 * letter instead of an exception that stops the consumer.
 */
public final class RecordDecoder {

  /** What to do with one consumed record. */
  public sealed interface Decoded {
    /** Write it. */
    record Ready(StoreWrite write) implements Decoded {}

    /** Send it to the dead-letter topic instead. */
    record Refused(OutgoingDeadLetter deadLetter) implements Decoded {}

    /** Nothing to store, for example a tombstone; its offset is committed with the batch. */
    record Skipped(String why) implements Decoded {}
  }

  private final Topics topics;
  private final JsonSerde<Article> articles = JsonSerde.of(Article.class);
  private final JsonSerde<Duplicate> duplicates = JsonSerde.of(Duplicate.class);
  private final JsonSerde<Rejected> rejected = JsonSerde.of(Rejected.class);
  private final JsonSerde<DeadLetter> deadLetters = JsonSerde.of(DeadLetter.class);

  public RecordDecoder(Topics topics) {
    this.topics = topics;
  }

  public Decoded decode(ConsumerRecord<byte[], byte[]> record, Instant now) {
    if (record.value() == null) {
      return new Decoded.Skipped("tombstone");
    }
    try {
      return new Decoded.Ready(write(record));
    } catch (SerializationException e) {
      return refuse(record, DeadLetterReason.UNDECODABLE, e, now);
    } catch (IllegalArgumentException e) {
      return refuse(record, DeadLetterReason.INVALID, e, now);
    }
  }

  private StoreWrite write(ConsumerRecord<byte[], byte[]> record) {
    String topic = record.topic();
    if (topic.equals(topics.articles())) {
      return new ArticleWrite(articles.fromBytes(record.value()));
    }
    if (topic.equals(topics.duplicates())) {
      return new DuplicateWrite(duplicates.fromBytes(record.value()));
    }
    if (topic.equals(topics.rejected())) {
      return new RejectedWrite(rejected.fromBytes(record.value()));
    }
    if (topic.equals(topics.deadLetters())) {
      return new DeadLetterWrite(deadLetters.fromBytes(record.value()));
    }
    throw new IllegalArgumentException("the sink does not read topic " + topic);
  }

  /**
   * A record of the dead-letter topic that cannot be read is stored as a dead letter of its own:
   * sending it back to that topic would loop.
   */
  private Decoded refuse(
      ConsumerRecord<byte[], byte[]> record,
      DeadLetterReason reason,
      RuntimeException error,
      Instant now) {
    OutgoingDeadLetter letter = OutgoingDeadLetter.of(record, reason, error, now);
    if (record.topic().equals(topics.deadLetters())) {
      return new Decoded.Ready(new DeadLetterWrite(letter.letter()));
    }
    return new Decoded.Refused(letter);
  }
}
