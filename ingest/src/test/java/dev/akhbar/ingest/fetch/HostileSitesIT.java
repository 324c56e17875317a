package dev.akhbar.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Sites that try to exhaust a crawler (issue 9, item 4): each ends in a recorded failure bounded by
 * a named limit, never in an exhausted heap or a stuck fetcher. Every server script stops by itself
 * after a bounded number of bytes or seconds.
 */
class HostileSitesIT {

  private static final FetchLimits TIGHT =
      FetchLimits.defaults()
          .withReadTimeout(Duration.ofMillis(500))
          .withFetchTimeout(Duration.ofSeconds(2))
          .withMaxBodyBytes(1024 * 1024);

  private final FakeTime time = new FakeTime();

  private Fetcher fetcher() {
    return fetcher(TIGHT);
  }

  private Fetcher fetcher(FetchLimits limits) {
    return Fetcher.builder("akhbar-test", "akhbar")
        .addressPolicy(AddressPolicy.privateAllowed())
        .limits(limits)
        .retry(RetryPolicy.defaults().withMaxAttempts(1))
        .time(time)
        .random(new SplittableRandom(3))
        .build();
  }

  private static FailureKind failureOf(Fetcher f, String url) {
    try {
      f.fetch(url, FetchKind.PAGE, Validators.none());
    } catch (FetchException e) {
      return e.kind();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  @Test
  void anEndlessChunkedBodyStopsAtTheBodyLimit() {
    try (RawServer server =
        new RawServer(
            out -> {
              out.write(RawServer.ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"));
              byte[] chunk = RawServer.ascii("4000\r\n" + "x".repeat(0x4000) + "\r\n");
              for (int i = 0; i < 20_000; i++) { // at most 320 MiB, far past the limit
                out.write(chunk);
              }
            })) {
      long t0 = System.nanoTime();
      assertThat(failureOf(fetcher(), server.url("/endless"))).isEqualTo(FailureKind.TOO_LARGE);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void aSlowLorisServerIsCutOffByTheFetchTimeout() {
    try (RawServer server =
        new RawServer(
            out -> {
              out.write(RawServer.ascii("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n"));
              for (int i = 0; i < 100; i++) { // one byte every 200 ms: each read is on time
                out.write('x');
                out.flush();
                Thread.sleep(200);
              }
            })) {
      long t0 = System.nanoTime();
      // The whole exchange may take 800 ms; each read (200 ms apart) is well within 500 ms.
      Fetcher f = fetcher(TIGHT.withFetchTimeout(Duration.ofMillis(800)));
      assertThat(failureOf(f, server.url("/slow"))).isEqualTo(FailureKind.TIMEOUT);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aGzipBombIsRefusedOnceDecompressedPastTheLimit() throws IOException {
    byte[] bomb = gzipOfZeros(200 * 1024 * 1024); // 200 MiB of zeros, about 200 KiB compressed
    assertThat(bomb.length).isLessThan(TIGHT.maxBodyBytes());
    try (RawServer server =
        new RawServer(
            out -> {
              out.write(
                  RawServer.ascii(
                      "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: "
                          + bomb.length
                          + "\r\n\r\n"));
              out.write(bomb);
            })) {
      assertThat(failureOf(fetcher(), server.url("/bomb"))).isEqualTo(FailureKind.TOO_LARGE);
    }
  }

  @Test
  void enormousHeadersAreRefusedAtTheHeaderLimit() {
    try (RawServer server =
        new RawServer(
            out -> {
              out.write(RawServer.ascii("HTTP/1.1 200 OK\r\n"));
              byte[] header = RawServer.ascii("X-Padding: " + "y".repeat(1000) + "\r\n");
              for (int i = 0; i < 10_000; i++) { // 10 MB of headers
                out.write(header);
              }
            })) {
      assertThat(failureOf(fetcher(), server.url("/headers")))
          .isEqualTo(FailureKind.HEADERS_TOO_LARGE);
    }
  }

  @Test
  void anInfiniteRedirectChainStopsAtTheRedirectLimit() {
    try (RawServer server =
        new RawServer(
            out ->
                out.write(
                    RawServer.ascii(
                        "HTTP/1.1 302 Found\r\nLocation: /r"
                            + System.nanoTime()
                            + "\r\nContent-Length: 0\r\n\r\n")))) {
      assertThat(failureOf(fetcher(), server.url("/r0"))).isEqualTo(FailureKind.TOO_MANY_REDIRECTS);
      assertThat(server.connections()).isLessThanOrEqualTo(FetchLimits.DEFAULT_MAX_REDIRECTS + 2);
    }
  }

  @Test
  void aTenMegabyteRobotsTxtIsCutAndItsFirstPartApplies() throws Exception {
    try (FixtureServer server = new FixtureServer()) {
      StringBuilder robots = new StringBuilder("User-agent: *\nDisallow: /secret/\n");
      String filler = "# " + "z".repeat(98) + "\n";
      while (robots.length() < 10 * 1024 * 1024) {
        robots.append(filler);
      }
      robots.append("Disallow: /news/\n"); // past the limit: must not apply
      server.page("/robots.txt", "text/plain", robots.toString());
      server.page("/news/a", "text/html", "<p>ok</p>");
      Fetcher f = fetcher();

      assertThat(f.isAllowedByRobots(server.url("/secret/x"))).isFalse();
      assertThat(f.isAllowedByRobots(server.url("/news/a"))).isTrue();
      assertThat(f.fetch(server.url("/news/a"), FetchKind.PAGE, Validators.none()).status())
          .isEqualTo(200);
    }
  }

  @Test
  void aServerThatNeverAnswersHitsTheReadTimeout() {
    try (RawServer server = new RawServer(out -> Thread.sleep(3_000))) {
      assertThat(failureOf(fetcher(), server.url("/silent"))).isEqualTo(FailureKind.TIMEOUT);
    }
  }

  @Test
  void garbageInsteadOfHttpIsABadResponse() {
    try (RawServer server =
        new RawServer(out -> out.write(RawServer.ascii("SSH-2.0-OpenSSH\r\n\r\n")))) {
      assertThat(failureOf(fetcher(), server.url("/"))).isEqualTo(FailureKind.BAD_RESPONSE);
    }
  }

  private static byte[] gzipOfZeros(int size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[64 * 1024];
      for (int written = 0; written < size; written += zeros.length) {
        gz.write(zeros);
      }
    }
    return bytes.toByteArray();
  }
}
