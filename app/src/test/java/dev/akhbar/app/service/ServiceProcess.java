package dev.akhbar.app.service;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An akhbar service command in a child JVM from the built {@code target/akhbar.jar} (the jar the
 * README and the Dockerfile run), with its endpoints on a free port and its log in a file. {@link
 * #close()} sends SIGTERM, as Docker and Kubernetes do.
 */
final class ServiceProcess implements AutoCloseable {

  static final Path JAR = Path.of("target", "akhbar.jar");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final int port;
  private final Path log;

  private ServiceProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts {@code akhbar ARGS --port P}; stdout and stderr go to {@code dir/NAME.log}. */
  static ServiceProcess start(Path dir, String name, List<String> args) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run mvn package first");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx384m");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(args);
    command.add("--port");
    command.add(String.valueOf(port));
    command.add("--bind");
    command.add("127.0.0.1");
    Path log = dir.resolve(name + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ServiceProcess(process, port, log);
  }

  /** Waits until {@code /health/ready} answers 200; false when the time is up or it exited. */
  boolean awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (get("/health/ready").statusCode() == 200) {
        return true;
      }
      Thread.sleep(250);
    }
    return false;
  }

  /** GET {@code path}; a refused connection is status 0. */
  HttpResponse<String> get(String path) throws InterruptedException {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(5))
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new RefusedResponse(path);
    }
  }

  /** SIGTERM, then the exit code; -1 if it did not exit within {@code timeout}. */
  int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      if (process.isAlive() && terminate(Duration.ofSeconds(60)) == -1) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** What {@link #get} answers when nothing listens yet. */
  private record RefusedResponse(String path) implements HttpResponse<String> {
    @Override
    public int statusCode() {
      return 0;
    }

    @Override
    public HttpRequest request() {
      return HttpRequest.newBuilder(URI.create("http://127.0.0.1" + path)).build();
    }

    @Override
    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true);
    }

    @Override
    public String body() {
      return "";
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return java.util.Optional.empty();
    }

    @Override
    public URI uri() {
      return request().uri();
    }

    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }
}
