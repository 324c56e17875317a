package dev.akhbar.sink;

import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.kafka.ReadyTopics;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.Rejected;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The sink's input topics on the test broker, under a prefix of their own, and a producer that
 * writes records to them as the processor would: JSON, keyed by article id.
 */
final class TopicFeed implements AutoCloseable {

  private final Topics topics;
  private final Admin admin;
  private final KafkaProducer<byte[], byte[]> producer;
  private final String bootstrapServers;
  private final List<Future<RecordMetadata>> pending = new ArrayList<>();

  private TopicFeed(EmbeddedKafkaBroker broker, int partitions) throws Exception {
    this.bootstrapServers = broker.bootstrapServers();
    this.topics = new Topics("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    admin
        .createTopics(
            topics.processorOutputs().stream()
                .map(name -> new NewTopic(name, partitions, (short) 1))
                .toList())
        .all()
        .get();
    // A producer started before every partition has a leader may be told NOT_LEADER_OR_FOLLOWER.
    ReadyTopics.describe(admin, topics.processorOutputs(), Duration.ofSeconds(30));
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    this.producer = new KafkaProducer<>(p);
  }

  static TopicFeed create(EmbeddedKafkaBroker broker, int partitions) throws Exception {
    return new TopicFeed(broker, partitions);
  }

  Topics topics() {
    return topics;
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  void article(Article article) {
    send(topics.articles(), article.articleId(), JsonSerde.of(Article.class).toBytes(article));
  }

  void duplicate(Duplicate duplicate) {
    send(
        topics.duplicates(),
        duplicate.articleId(),
        JsonSerde.of(Duplicate.class).toBytes(duplicate));
  }

  void rejected(Rejected rejected) {
    send(topics.rejected(), rejected.articleId(), JsonSerde.of(Rejected.class).toBytes(rejected));
  }

  void deadLetter(DeadLetter letter) {
    send(topics.deadLetters(), null, JsonSerde.of(DeadLetter.class).toBytes(letter));
  }

  void send(String topic, String key, byte[] value) {
    pending.add(
        producer.send(
            new ProducerRecord<>(
                topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value)));
  }

  /** Waits until every record sent so far is on the broker; fails if one of them was not. */
  void flush() {
    producer.flush();
    try {
      for (Future<RecordMetadata> sent : pending) {
        sent.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while flushing the test feed", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the test feed could not publish a record", e.getCause());
    } finally {
      pending.clear();
    }
  }

  /** The end offset of every partition of the sink's input topics. */
  Map<TopicPartition, Long> endOffsets(List<String> topicNames) throws Exception {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    for (var description : admin.describeTopics(topicNames).allTopicNames().get().values()) {
      for (var partition : description.partitions()) {
        request.put(
            new TopicPartition(description.name(), partition.partition()), OffsetSpec.latest());
      }
    }
    Map<TopicPartition, Long> ends = new HashMap<>();
    for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e :
        admin.listOffsets(request).all().get().entrySet()) {
      ends.put(e.getKey(), e.getValue().offset());
    }
    return ends;
  }

  /** The offsets {@code groupId} has committed; partitions it never committed are absent. */
  Map<TopicPartition, Long> committed(String groupId)
      throws ExecutionException, InterruptedException {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    for (Map.Entry<TopicPartition, OffsetAndMetadata> e :
        admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get().entrySet()) {
      if (e.getValue() != null) {
        offsets.put(e.getKey(), e.getValue().offset());
      }
    }
    return offsets;
  }

  /** Whether {@code groupId} has committed everything of the sink's input topics. */
  boolean isCaughtUp(String groupId, List<String> topicNames) throws Exception {
    Map<TopicPartition, Long> committed = committed(groupId);
    for (Map.Entry<TopicPartition, Long> end : endOffsets(topicNames).entrySet()) {
      if (end.getValue() > 0 && committed.getOrDefault(end.getKey(), 0L) < end.getValue()) {
        return false;
      }
    }
    return true;
  }

  Admin admin() {
    return admin;
  }

  @Override
  public void close() {
    producer.close();
    admin.close();
  }
}
