package dev.akhbar.app.service;

import dev.akhbar.app.config.StageSettings;
import dev.akhbar.common.http.HealthCheck;
import dev.akhbar.common.http.ServiceEndpoints;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every long-running akhbar service has around its stages: a Prometheus registry with the JVM
 * meters, {@code /metrics} and {@code /health/*} on the configured address, a readiness check of
 * the Kafka connection, the contract topics, and a designed shutdown. On SIGTERM (or {@link
 * #requestStop()}) the stages are closed one by one, in the order they were added, each within the
 * shutdown time-out; a stage that fails on its own stops the service with exit code 1.
 */
public final class ServiceHost implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceHost.class);

  /** The readiness of each stage as a gauge, tag {@code stage}. */
  public static final String STAGE_READY = "akhbar.stage.ready";

  /** How often the host looks for a stage that failed on its own. */
  static final Duration WATCH_INTERVAL = Duration.ofMillis(500);

  /** The most stages one service runs (akhbar run: ingest, processor, sink). */
  static final int MAX_STAGES = 3;

  /** Added to the stages' time-outs before the shutdown hook gives up waiting for them. */
  static final Duration HOOK_GRACE = Duration.ofSeconds(5);

  private final String service;
  private final StageSettings settings;
  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gcMetrics;
  private final KafkaConnection kafka;
  private final ServiceEndpoints endpoints;
  private final List<Stage> stages = new ArrayList<>();
  private ConsumerLag lag;
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread shutdownHook;
  private volatile boolean serving;

  /** Without the topic check: {@link #start} is the way in; tests use this directly. */
  ServiceHost(String service, StageSettings settings) throws IOException {
    this.service = service;
    this.settings = settings;
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    this.gcMetrics = new JvmGcMetrics();
    gcMetrics.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    this.kafka = new KafkaConnection(settings.clientProperties());
    this.endpoints =
        ServiceEndpoints.start(settings.httpBindAddress(), settings.httpPort(), registry);
    endpoints.addCheck("kafka", kafka);
    // Not ready while the stages start: a check of a stage not yet added cannot say no.
    endpoints.addCheck(
        "started",
        () ->
            serving
                ? HealthCheck.Status.up("every stage started")
                : HealthCheck.Status.down("starting"));
    // Registered before any stage starts: a SIGTERM during start-up also stops them in order.
    this.shutdownHook = new Thread(this::onSignal, "akhbar-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts the registry and the endpoints, and makes sure the topics exist (see {@link
   * TopicCheck}).
   *
   * @param service the command's name, for the logs
   * @param stageTopics topics the service's stages need besides the contract's
   * @throws ServiceStartException when a topic is missing and may not be created, or Kafka cannot
   *     be reached
   */
  public static ServiceHost start(
      String service, StageSettings settings, Collection<String> stageTopics) throws IOException {
    ServiceHost host = new ServiceHost(service, settings);
    try {
      try (Admin admin = Admin.create(new HashMap<String, Object>(settings.clientProperties()))) {
        TopicCheck.ensure(admin, settings, stageTopics);
      }
      return host;
    } catch (RuntimeException e) {
      host.close();
      throw e;
    }
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** The port the endpoints listen on. */
  public int port() {
    return endpoints.port();
  }

  /**
   * Adds a started stage: its readiness joins {@code /health/ready}, and it is closed on shutdown
   * in the order of adding (so add the upstream stage first: ingest, processor, sink).
   */
  public synchronized <S extends Stage> S add(S stage) {
    stages.add(stage);
    endpoints.addCheck(stage.name(), stage::readiness);
    Gauge.builder(STAGE_READY, stage, s -> s.readiness().ready() ? 1 : 0)
        .description("1 while the stage is ready (the processor: Kafka Streams RUNNING), else 0")
        .tag("stage", stage.name())
        .register(registry);
    return stage;
  }

  /** Asks {@link #awaitStop()} to return; what SIGTERM does. */
  public void requestStop() {
    stopRequested.countDown();
  }

  /**
   * Serves until SIGTERM, {@link #requestStop()} or a stage's failure, then closes the stages.
   *
   * @return the exit code: 0 after a requested stop, 1 when a stage failed
   */
  public int awaitStop() throws InterruptedException {
    startLagMeter();
    serving = true;
    LOG.info("{} running; metrics and health on port {}", service, port());
    Optional<String> failure = Optional.empty();
    try {
      while (failure.isEmpty() && !stopRequested.await(WATCH_INTERVAL.toMillis(), MILLIS)) {
        failure = firstFailure();
      }
      if (failure.isPresent()) {
        LOG.error("{} stopping: {}", service, failure.get());
      } else {
        LOG.info("{} stopping", service);
      }
      serving = false;
      closeStages();
    } finally {
      stopped.countDown();
    }
    return failure.isPresent() ? 1 : 0;
  }

  private static final TimeUnit MILLIS = TimeUnit.MILLISECONDS;

  private synchronized void startLagMeter() {
    Map<String, String> groups = new LinkedHashMap<>();
    stages.forEach(s -> s.consumerGroup().ifPresent(g -> groups.put(s.name(), g)));
    if (!groups.isEmpty() && lag == null) {
      lag = new ConsumerLag(settings.clientProperties(), groups);
      lag.bindTo(registry);
    }
  }

  private void onSignal() {
    LOG.info("{}: shutdown requested (SIGTERM or SIGINT)", service);
    stopRequested.countDown();
    // The stages may still be starting: wait for as many as a service has, each with its time-out.
    long waitMillis =
        settings.shutdownTimeout().multipliedBy(MAX_STAGES).plus(HOOK_GRACE).toMillis();
    try {
      if (!stopped.await(waitMillis, MILLIS)) {
        LOG.warn("{}: the stages did not stop within {} ms; exiting anyway", service, waitMillis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized Optional<String> firstFailure() {
    for (Stage stage : stages) {
      Optional<String> f = stage.failure();
      if (f.isPresent()) {
        return Optional.of(stage.name() + " failed: " + f.get());
      }
    }
    return Optional.empty();
  }

  private void closeStages() {
    List<Stage> toClose;
    synchronized (this) {
      toClose = List.copyOf(stages);
      stages.clear();
    }
    for (Stage stage : toClose) {
      long start = System.nanoTime();
      try {
        stage.close();
      } catch (RuntimeException e) {
        LOG.warn("{} did not close cleanly", stage.name(), e);
      }
      LOG.info(
          "{} stopped in {} ms",
          stage.name(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
  }

  /** Closes any stage still open, the endpoints, the Kafka check and the registry. */
  @Override
  public void close() {
    closeStages();
    stopped.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook is running and has seen `stopped`.
    }
    synchronized (this) {
      if (lag != null) {
        lag.close();
      }
    }
    endpoints.close();
    kafka.close();
    gcMetrics.close();
    registry.close();
  }
}
