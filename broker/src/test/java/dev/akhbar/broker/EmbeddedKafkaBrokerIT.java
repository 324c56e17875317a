package dev.akhbar.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

  @Test
  void keepsTopicsAndRecordsAcrossARestartOnTheSameFolder(@TempDir Path dir) throws Exception {
    EmbeddedKafkaBroker first = EmbeddedKafkaBroker.builder(dir).build().start();
    int port = first.brokerPort();
    try (first;
        Admin admin = Admin.create(Map.of("bootstrap.servers", first.bootstrapServers()));
        KafkaProducer<String, String> producer = producer(first)) {
      admin.createTopics(List.of(new NewTopic("t", 1, (short) 1))).all().get();
      producer.send(new ProducerRecord<>("t", "k", "مرحبا")).get();
    }
    assertThat(dir.resolve("meta.properties")).exists();
    String metaBefore = Files.readString(dir.resolve("meta.properties"));

    try (EmbeddedKafkaBroker second =
            EmbeddedKafkaBroker.builder(dir).brokerPort(port).build().start();
        KafkaConsumer<String, String> consumer = consumer(second)) {
      consumer.subscribe(Set.of("t"));
      ConsumerRecords<String, String> records = ConsumerRecords.empty();
      long deadline = System.currentTimeMillis() + 30_000;
      while (records.isEmpty() && System.currentTimeMillis() < deadline) {
        records = consumer.poll(Duration.ofMillis(500));
      }
      assertThat(records).extracting(r -> r.value()).containsExactly("مرحبا");
    }
    // Not formatted a second time: the cluster id is the same.
    assertThat(Files.readString(dir.resolve("meta.properties"))).isEqualTo(metaBefore);
  }

  private static KafkaProducer<String, String> producer(EmbeddedKafkaBroker broker) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all"),
        new StringSerializer(),
        new StringSerializer());
  }

  private static KafkaConsumer<String, String> consumer(EmbeddedKafkaBroker broker) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "g",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(),
        new StringDeserializer());
  }
}
