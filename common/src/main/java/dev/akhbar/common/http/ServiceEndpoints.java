package dev.akhbar.common.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.akhbar.common.json.AkhbarJson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small HTTP server every akhbar service runs: {@code /metrics} in Prometheus text format,
 * {@code /health/live} (the process answers) and {@code /health/ready} (every registered check is
 * ready; 503 with the reasons otherwise). Binds to a configurable address; port 0 picks a free one.
 */
public final class ServiceEndpoints implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceEndpoints.class);
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;
  private final PrometheusMeterRegistry registry;
  private final Map<String, HealthCheck> checks = new LinkedHashMap<>();

  private ServiceEndpoints(HttpServer server, PrometheusMeterRegistry registry) {
    this.server = server;
    this.registry = registry;
    // One thread: scrapes and probes are rare and cheap, and must not compete with the pipeline.
    this.executor = Executors.newSingleThreadExecutor(r -> daemon(r, "akhbar-http"));
    server.setExecutor(executor);
    server.createContext("/metrics", this::metrics);
    server.createContext("/health/live", this::live);
    server.createContext("/health/ready", this::ready);
  }

  /** Starts the endpoints on {@code bindAddress:port}. */
  public static ServiceEndpoints start(
      String bindAddress, int port, PrometheusMeterRegistry registry) throws IOException {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(registry, "registry");
    HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 16);
    ServiceEndpoints endpoints = new ServiceEndpoints(server, registry);
    server.start();
    LOG.info("metrics and health on http://{}:{}/", bindAddress, endpoints.port());
    return endpoints;
  }

  /** Adds a readiness condition under {@code name}; all must be ready for {@code /health/ready}. */
  public synchronized ServiceEndpoints addCheck(String name, HealthCheck check) {
    checks.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(check, "check"));
    return this;
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Whether every check is ready now. */
  public synchronized boolean isReady() {
    return checks.values().stream().allMatch(c -> safeCheck(c).ready());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void metrics(HttpExchange exchange) throws IOException {
    respond(exchange, 200, PROMETHEUS_TEXT, registry.scrape());
  }

  private void live(HttpExchange exchange) throws IOException {
    respond(exchange, 200, "application/json", "{\"status\":\"UP\"}");
  }

  private void ready(HttpExchange exchange) throws IOException {
    ObjectNode body = AkhbarJson.mapper().createObjectNode();
    ObjectNode details = body.putObject("checks");
    boolean ready = true;
    synchronized (this) {
      for (Map.Entry<String, HealthCheck> e : checks.entrySet()) {
        HealthCheck.Status s = safeCheck(e.getValue());
        ready &= s.ready();
        details.putObject(e.getKey()).put("ready", s.ready()).put("detail", s.detail());
      }
    }
    body.put("status", ready ? "UP" : "DOWN");
    respond(exchange, ready ? 200 : 503, "application/json", body.toString());
  }

  private static HealthCheck.Status safeCheck(HealthCheck check) {
    try {
      return check.check();
    } catch (RuntimeException e) {
      return HealthCheck.Status.down("check failed: " + e);
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!head) {
        out.write(bytes);
      }
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
