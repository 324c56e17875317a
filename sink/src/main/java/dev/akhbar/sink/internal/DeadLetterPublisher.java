package dev.akhbar.sink.internal;

import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.record.DeadLetter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Sends the sink's dead letters and waits until the broker has them: the offsets of the records
 * they replace are committed only afterwards, so a crash in between sends them again (the store
 * keeps one row per failure) and never loses them.
 */
final class DeadLetterPublisher implements AutoCloseable {

  /** How long to wait for the broker to acknowledge a batch of dead letters. */
  static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

  private final Producer<byte[], byte[]> producer;
  private final String topic;
  private final JsonSerde<DeadLetter> serde = JsonSerde.of(DeadLetter.class);

  DeadLetterPublisher(Producer<byte[], byte[]> producer, String topic) {
    this.producer = producer;
    this.topic = topic;
  }

  /**
   * Sends {@code letters} and waits for all of them.
   *
   * @throws RetryableFailure (the sink's "retry later") when the broker does not take them
   */
  void publish(List<OutgoingDeadLetter> letters) throws RetryableFailure {
    if (letters.isEmpty()) {
      return;
    }
    List<Future<RecordMetadata>> sent = new ArrayList<>(letters.size());
    for (OutgoingDeadLetter letter : letters) {
      sent.add(
          producer.send(new ProducerRecord<>(topic, letter.key(), serde.toBytes(letter.letter()))));
    }
    producer.flush();
    long deadline = System.nanoTime() + SEND_TIMEOUT.toNanos();
    try {
      for (Future<RecordMetadata> future : sent) {
        future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new RetryableFailure("cannot send dead letters to " + topic, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetryableFailure("interrupted while sending dead letters", e);
    }
  }

  @Override
  public void close() {
    producer.close(SEND_TIMEOUT);
  }
}
