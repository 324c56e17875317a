package dev.akhbar.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP server for tests (the JDK's {@code com.sun.net.httpserver}) on 127.0.0.1 with a free
 * port: routes by exact path, a request log, and helpers for common answers.
 */
public final class FixtureServer implements AutoCloseable {

  /** Answers one request. */
  @FunctionalInterface
  public interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** One request as the server saw it. */
  public record Request(
      String path,
      Map<String, List<String>> headers,
      String userAgent,
      long startNanos,
      java.util.concurrent.atomic.AtomicLong endNanos) {
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final String host;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Request> log = new CopyOnWriteArrayList<>();

  public FixtureServer() {
    this(InetAddress.getLoopbackAddress());
  }

  /** A server on {@code address}, which must be a loopback address (127.0.0.0/8). */
  public FixtureServer(InetAddress address) {
    this.host = address.getHostAddress();
    try {
      server = HttpServer.create(new InetSocketAddress(address, 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getRawPath();
          String query = exchange.getRequestURI().getRawQuery();
          String full = query == null ? path : path + "?" + query;
          Request request =
              new Request(
                  full,
                  Map.copyOf(exchange.getRequestHeaders()),
                  exchange.getRequestHeaders().getFirst("User-Agent"),
                  System.nanoTime(),
                  new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE));
          log.add(request);
          Route route = routes.getOrDefault(full, routes.get(path));
          try {
            if (route == null) {
              send(exchange, 404, "text/plain", "not found");
            } else {
              route.handle(exchange);
            }
          } catch (IOException e) {
            // the client went away; nothing to answer
          } finally {
            exchange.close();
            request.endNanos().set(System.nanoTime());
          }
        });
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
  public String url(String path) {
    return "http://" + host + ":" + port() + path;
  }

  public FixtureServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  /** Serves {@code body} as UTF-8 with {@code contentType} at {@code path}. */
  public FixtureServer page(String path, String contentType, String body) {
    return route(path, ex -> send(ex, 200, contentType, body));
  }

  public FixtureServer bytes(String path, String contentType, byte[] body) {
    return route(path, ex -> send(ex, 200, contentType, body));
  }

  /** A robots.txt that allows everything. */
  public FixtureServer allowAll() {
    return page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
  }

  public List<Request> requests() {
    return List.copyOf(log);
  }

  /** Requests for {@code path}, in order. */
  public List<Request> requests(String path) {
    return log.stream().filter(r -> r.path().equals(path)).toList();
  }

  public static void send(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    if (status == 304 || status == 204) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
