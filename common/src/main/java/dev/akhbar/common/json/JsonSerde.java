package dev.akhbar.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A Kafka serde that writes and reads one record type as UTF-8 JSON ({@link AkhbarJson}). */
public final class JsonSerde<T> implements Serde<T> {

  private final Class<T> type;
  private final ObjectWriter writer;
  private final ObjectReader reader;

  private JsonSerde(Class<T> type) {
    this.type = type;
    this.writer = AkhbarJson.mapper().writerFor(type);
    this.reader = AkhbarJson.mapper().readerFor(type);
  }

  public static <T> JsonSerde<T> of(Class<T> type) {
    return new JsonSerde<>(type);
  }

  /** The JSON bytes of {@code value}. */
  public byte[] toBytes(T value) {
    try {
      return writer.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + type.getSimpleName() + " as JSON", e);
    }
  }

  /** The record that {@code bytes} holds; a {@link SerializationException} if they hold none. */
  public T fromBytes(byte[] bytes) {
    try {
      return reader.readValue(bytes);
    } catch (JsonProcessingException e) {
      throw new SerializationException(
          "not a valid " + type.getSimpleName() + " record: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SerializationException(
          "not a valid " + type.getSimpleName() + " record: " + e.getMessage(), e);
    }
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> value == null ? null : toBytes(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> bytes == null ? null : fromBytes(bytes);
  }
}
