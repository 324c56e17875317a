package dev.akhbar.processor.flow;

import java.util.Objects;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Where a raw record was read: carried along so that its outcome names it, hops later. */
public record SourcePosition(String topic, int partition, long offset) {

  public SourcePosition {
    Objects.requireNonNull(topic, "topic");
  }

  /** The position of the record being processed, or an unknown one (-1) when there is none. */
  public static SourcePosition of(java.util.Optional<RecordMetadata> metadata) {
    return metadata
        .map(m -> new SourcePosition(m.topic(), m.partition(), m.offset()))
        .orElse(new SourcePosition("", -1, -1));
  }
}
