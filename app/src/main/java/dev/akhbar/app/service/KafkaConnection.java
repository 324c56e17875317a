package dev.akhbar.app.service;

import dev.akhbar.common.http.HealthCheck;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Whether the cluster answers: an admin client asks for its brokers every {@link #INTERVAL} in the
 * background, and the readiness check reads the last answer (a probe must never block on Kafka).
 */
final class KafkaConnection implements HealthCheck, AutoCloseable {

  /** Between two looks at the cluster. */
  static final Duration INTERVAL = Duration.ofSeconds(5);

  /** How long one look may take. */
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final Admin admin;
  private final ScheduledExecutorService timer;
  private volatile Status status = Status.down("not checked yet");

  KafkaConnection(Map<String, String> clientProperties) {
    Map<String, Object> p = new HashMap<>(clientProperties);
    p.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "akhbar-health");
    this.admin = Admin.create(p);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "akhbar-kafka-health");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(this::look, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public Status check() {
    return status;
  }

  private void look() {
    try {
      int brokers =
          admin.describeCluster().nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
      status = brokers > 0 ? Status.up(brokers + " brokers") : Status.down("no brokers");
    } catch (ExecutionException e) {
      status = Status.down("cannot reach Kafka: " + e.getCause().getMessage());
    } catch (TimeoutException e) {
      status = Status.down("Kafka did not answer within " + TIMEOUT.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    admin.close(Duration.ofSeconds(2));
  }
}
