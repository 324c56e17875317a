package dev.akhbar.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class KeyPartitionTest {

  @Test
  void agreesWithTheProducersOwnPartitionerForKeyedRecords() {
    for (int partitions = 1; partitions <= 12; partitions++) {
      for (int i = 0; i < 500; i++) {
        String key = Integer.toHexString(i * 7919) + "مقال" + i;
        int expected =
            BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), partitions);
        assertThat(KeyPartition.of(key, partitions)).isEqualTo(expected);
      }
    }
  }

  @Test
  void refusesAPartitionCountBelowOne() {
    assertThatThrownBy(() -> KeyPartition.of("k", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partitions must be at least 1, got 0");
  }
}
