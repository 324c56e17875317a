package dev.akhbar.app.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code akhbar.consumer.lag} (records), tags {@code stage}, {@code group} and {@code topic}: for
 * each consumer group of a stage, the committed records not yet consumed on each topic — what the
 * whole group has left to do, not only this instance. Read by an admin client every {@link
 * #INTERVAL} in the background; transaction markers may leave a few records of apparent lag per
 * partition.
 */
final class ConsumerLag implements MeterBinder, AutoCloseable {

  static final String NAME = "akhbar.consumer.lag";

  /** Between two reads of the offsets. */
  static final Duration INTERVAL = Duration.ofSeconds(15);

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLag.class);

  private final Admin admin;
  private final Map<String, String> groupsByStage;
  private final ScheduledExecutorService timer;
  private final Map<String, AtomicLong> lags = new ConcurrentHashMap<>();
  private volatile MeterRegistry registry;

  /**
   * @param groupsByStage the consumer group of each stage ({@code processor} → its application id)
   */
  ConsumerLag(Map<String, String> clientProperties, Map<String, String> groupsByStage) {
    Map<String, Object> p = new HashMap<>(clientProperties);
    p.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "akhbar-lag");
    this.admin = Admin.create(p);
    this.groupsByStage = Map.copyOf(groupsByStage);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "akhbar-consumer-lag");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void bindTo(MeterRegistry target) {
    this.registry = target;
    timer.scheduleWithFixedDelay(this::refresh, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void refresh() {
    groupsByStage.forEach(
        (stage, group) -> {
          try {
            refresh(stage, group);
          } catch (ExecutionException | TimeoutException e) {
            LOG.debug("cannot read the lag of group {}: {}", group, e.toString());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }

  private void refresh(String stage, String group)
      throws ExecutionException, TimeoutException, InterruptedException {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    if (committed.isEmpty()) {
      return;
    }
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
        admin
            .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
            .all()
            .get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    Map<String, Long> byTopic = new HashMap<>();
    committed.forEach(
        (tp, offset) -> {
          ListOffsetsResult.ListOffsetsResultInfo end = ends.get(tp);
          if (end != null && offset != null) {
            byTopic.merge(tp.topic(), Math.max(0, end.offset() - offset.offset()), Long::sum);
          }
        });
    byTopic.forEach((topic, lag) -> holder(stage, group, topic).set(lag));
  }

  private AtomicLong holder(String stage, String group, String topic) {
    return lags.computeIfAbsent(
        stage + '\0' + group + '\0' + topic,
        k -> {
          AtomicLong value = new AtomicLong();
          Gauge.builder(NAME, value, AtomicLong::get)
              .description(
                  "Records committed to a topic that the stage's consumer group has not"
                      + " yet processed")
              .tag("stage", stage)
              .tag("group", group)
              .tag("topic", topic)
              .register(registry);
          return value;
        });
  }

  @Override
  public void close() {
    timer.shutdownNow();
    admin.close(Duration.ofSeconds(2));
  }
}
