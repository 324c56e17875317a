package dev.akhbar.sink.internal;

import static dev.akhbar.sink.Fixtures.id;
import static dev.akhbar.sink.Fixtures.original;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.sink.Fixtures.Story;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PendingBatchTest {

  private static final Instant T = Instant.parse("2024-05-01T00:00:00Z");
  private final ArticleWrite write = new ArticleWrite(original(id(1), Story.CUP_FINAL, T));

  private static ConsumerRecord<byte[], byte[]> at(String topic, int partition, long offset) {
    return new ConsumerRecord<>(topic, partition, offset, null, new byte[0]);
  }

  @Test
  void commitsTheOffsetAfterTheLastRecordOfEachPartitionWhateverBecameOfIt() {
    PendingBatch batch = new PendingBatch();
    batch.addWrite(at("a", 0, 10), write);
    batch.addSkipped(at("a", 0, 11));
    batch.addWrite(at("a", 1, 3), write);
    batch.addRefused(at("b", 0, 7), refused("b", 0, 7));

    assertThat(batch.size()).isEqualTo(4);
    assertThat(batch.offsets())
        .isEqualTo(
            Map.of(
                new TopicPartition("a", 0), new OffsetAndMetadata(12),
                new TopicPartition("a", 1), new OffsetAndMetadata(4),
                new TopicPartition("b", 0), new OffsetAndMetadata(8)));
  }

  @Test
  void forgetsTheRecordsOfPartitionsItNoLongerOwns() {
    PendingBatch batch = new PendingBatch();
    batch.addWrite(at("a", 0, 10), write);
    batch.addWrite(at("a", 1, 3), write);
    batch.addRefused(at("a", 1, 4), refused("a", 1, 4));

    batch.drop(List.of(new TopicPartition("a", 1)));

    assertThat(batch.size()).isEqualTo(1);
    assertThat(batch.writes()).hasSize(1);
    assertThat(batch.refused()).isEmpty();
    assertThat(batch.offsets()).containsOnlyKeys(new TopicPartition("a", 0));
  }

  @Test
  void anEmptyBatchHasNoAge() {
    PendingBatch batch = new PendingBatch();
    assertThat(batch.isEmpty()).isTrue();
    assertThat(batch.ageNanos()).isZero();
    batch.addSkipped(at("a", 0, 1));
    batch.clear();
    assertThat(batch.isEmpty()).isTrue();
    assertThat(batch.offsets()).isEmpty();
  }

  private static OutgoingDeadLetter refused(String topic, int partition, long offset) {
    return OutgoingDeadLetter.of(
        at(topic, partition, offset),
        DeadLetterReason.INVALID,
        new IllegalArgumentException("x"),
        T);
  }
}
