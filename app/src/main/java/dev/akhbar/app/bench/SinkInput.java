package dev.akhbar.app.bench;

import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the processor left for the sink: the committed records of its four output topics, counted,
 * and the articles that end as rows (the last record of each article id, unless it was demoted or
 * removed), which the bare loader loads.
 *
 * @param records committed data records on the sink's input topics
 * @param finalArticles one article per row of the {@code articles} table at the end
 */
record SinkInput(long records, List<Article> finalArticles) {

  private static final Duration POLL = Duration.ofMillis(200);

  static SinkInput read(Map<String, Object> client, Topics topics) {
    Map<String, Object> p = new HashMap<>(client);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    JsonSerde<Article> serde = JsonSerde.of(Article.class);
    Map<String, Article> last = new LinkedHashMap<>();
    long records = 0;
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic :
          List.of(
              topics.articles(), topics.duplicates(), topics.rejected(), topics.deadLetters())) {
        consumer
            .partitionsFor(topic)
            .forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
          records++;
          if (r.topic().equals(topics.articles())) {
            Article a = serde.fromBytes(r.value());
            last.put(a.articleId(), a);
          }
        }
      }
    }
    List<Article> rows =
        last.values().stream()
            .filter(a -> a.change() != Change.DEMOTED && a.change() != Change.REMOVED)
            .toList();
    return new SinkInput(records, rows);
  }
}
