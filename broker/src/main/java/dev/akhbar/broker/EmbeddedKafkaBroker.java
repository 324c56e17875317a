package dev.akhbar.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft broker ({@link KafkaRaftServer}, broker and controller roles in one)
 * running in this JVM. Its folder is formatted once, on first start; a restart on the same folder
 * keeps the topics and offsets. Ports are chosen free unless given.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder(dir).build().start()) {
 *   String bootstrap = broker.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

  /** How long start() waits for the broker to answer a metadata request. */
  public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

  private static final int NODE_ID = 1;
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
  private static final String META_PROPERTIES = "meta.properties";

  private final Path dataDir;
  private final int brokerPort;
  private final int controllerPort;
  private final String host;
  private final Map<String, String> overrides;
  private final Duration startupTimeout;
  private KafkaRaftServer server;

  private EmbeddedKafkaBroker(Builder b) {
    this.dataDir = b.dataDir.toAbsolutePath();
    this.host = b.host;
    this.brokerPort = b.brokerPort > 0 ? b.brokerPort : freePort();
    this.controllerPort = b.controllerPort > 0 ? b.controllerPort : freePort();
    this.overrides = Map.copyOf(b.overrides);
    this.startupTimeout = b.startupTimeout;
  }

  public static Builder builder(Path dataDir) {
    return new Builder(dataDir);
  }

  /** Formats the folder if it was never formatted, starts the broker and waits until it answers. */
  public synchronized EmbeddedKafkaBroker start() {
    if (server != null) {
      throw new IllegalStateException("broker already started");
    }
    long t0 = System.nanoTime();
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create broker folder " + dataDir, e);
    }
    Map<String, String> props = brokerProperties();
    if (!Files.exists(dataDir.resolve(META_PROPERTIES))) {
      format();
    }
    server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
    server.startup();
    awaitReady();
    LOG.info(
        "Kafka broker ready on {} in {} ms (data in {})",
        bootstrapServers(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0),
        dataDir);
    return this;
  }

  /** {@code host:port} for clients' {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return host + ":" + brokerPort;
  }

  public Path dataDir() {
    return dataDir;
  }

  public int brokerPort() {
    return brokerPort;
  }

  /** Stops the broker and waits until it has stopped; the folder stays. */
  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    LOG.info("Stopping Kafka broker on {}", bootstrapServers());
    try {
      server.shutdown();
      server.awaitShutdown();
    } finally {
      server = null;
    }
  }

  private Map<String, String> brokerProperties() {
    Map<String, String> p = new HashMap<>();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
    p.put(
        "listeners",
        "PLAINTEXT://"
            + host
            + ":"
            + brokerPort
            + ","
            + CONTROLLER_LISTENER
            + "://"
            + host
            + ":"
            + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + brokerPort);
    p.put("controller.listener.names", CONTROLLER_LISTENER);
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", dataDir.toString());
    // One node: every internal topic must accept a single replica, or groups and
    // exactly-once hang waiting for replicas that will never exist.
    p.put("offsets.topic.replication.factor", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    // Fewer internal partitions than the production default of 50: faster first start on 2 cores.
    p.put("offsets.topic.num.partitions", "10");
    p.put("transaction.state.log.num.partitions", "10");
    // A single dev node has no other members to wait for.
    p.put("group.initial.rebalance.delay.ms", "0");
    // Topics are created by the services with their own settings, as in production.
    p.put("auto.create.topics.enable", "false");
    p.put("num.partitions", "1");
    p.putAll(overrides);
    return p;
  }

  private void format() {
    LOG.info("Formatting new KRaft folder {}", dataDir);
    try {
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setDirectories(List.of(dataDir.toString()))
          .setMetadataLogDirectory(dataDir.toString())
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
          .setControllerListenerName(CONTROLLER_LISTENER)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("cannot format KRaft folder " + dataDir, e);
    }
  }

  private void awaitReady() {
    Map<String, Object> conf =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    long deadline = System.nanoTime() + startupTimeout.toNanos();
    Exception last = null;
    try (Admin admin = Admin.create(conf)) {
      while (System.nanoTime() < deadline) {
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | TimeoutException e) {
          last = e;
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the broker", e);
    }
    throw new IllegalStateException(
        "broker on " + bootstrapServers() + " not ready after " + startupTimeout, last);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  /** Settings of an {@link EmbeddedKafkaBroker}; everything but the folder has a default. */
  public static final class Builder {
    private final Path dataDir;
    private String host = "127.0.0.1";
    private int brokerPort;
    private int controllerPort;
    private Duration startupTimeout = DEFAULT_STARTUP_TIMEOUT;
    private final Map<String, String> overrides = new HashMap<>();

    private Builder(Path dataDir) {
      this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    }

    /** The client port; 0 (the default) picks a free one. */
    public Builder brokerPort(int port) {
      this.brokerPort = checkPort(port);
      return this;
    }

    /** The controller port; 0 (the default) picks a free one. */
    public Builder controllerPort(int port) {
      this.controllerPort = checkPort(port);
      return this;
    }

    /** The address to listen on and advertise; default {@code 127.0.0.1}. */
    public Builder host(String value) {
      this.host = Objects.requireNonNull(value, "host");
      return this;
    }

    public Builder startupTimeout(Duration value) {
      this.startupTimeout = Objects.requireNonNull(value, "startupTimeout");
      return this;
    }

    /** A broker setting that replaces the default, for example a SASL listener. */
    public Builder brokerProperty(String key, String value) {
      overrides.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public EmbeddedKafkaBroker build() {
      return new EmbeddedKafkaBroker(this);
    }

    private static int checkPort(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0-65535, got " + port);
      }
      return port;
    }
  }
}
