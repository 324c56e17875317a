package dev.akhbar.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher against local HTTP servers: politeness, retries, limits, redirects, robots. */
class FetcherIT {

  private final FixtureServer server = new FixtureServer();
  private final FakeTime time = new FakeTime();

  @AfterEach
  void stop() {
    server.close();
  }

  private Fetcher.Builder fetcher() {
    return Fetcher.builder("akhbar-test/1.0 (+http://127.0.0.1/)", "akhbar")
        .addressPolicy(AddressPolicy.privateAllowed())
        .time(time)
        .random(new SplittableRandom(7));
  }

  @Test
  void sendsTheUserAgentAndReturnsTheBody() throws Exception {
    server.page("/a", "text/html; charset=utf-8", "<p>مرحبا</p>");

    FetchResponse r = fetcher().build().fetch(server.url("/a"), FetchKind.PAGE, Validators.none());

    assertThat(r.status()).isEqualTo(200);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("<p>مرحبا</p>");
    assertThat(r.charsetParameter()).contains("utf-8");
    assertThat(server.requests("/a").get(0).userAgent())
        .isEqualTo("akhbar-test/1.0 (+http://127.0.0.1/)");
  }

  @Test
  void waitsForRetryAfterOn429ThenSucceeds() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.route(
        "/busy",
        ex -> {
          if (calls.incrementAndGet() == 1) {
            ex.getResponseHeaders().set("Retry-After", "7");
            FixtureServer.send(ex, 429, "text/plain", "slow down");
          } else {
            FixtureServer.send(ex, 200, "text/html", "ok");
          }
        });

    FetchResponse r =
        fetcher().build().fetch(server.url("/busy"), FetchKind.PAGE, Validators.none());

    assertThat(r.status()).isEqualTo(200);
    assertThat(calls).hasValue(2);
    assertThat(time.sleeps()).contains(Duration.ofSeconds(7));
  }

  @Test
  void givesUpWhenRetryAfterIsLongerThanTheLimit() {
    server.route(
        "/closed",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "3600");
          FixtureServer.send(ex, 503, "text/plain", "maintenance");
        });
    Fetcher f =
        fetcher().retry(RetryPolicy.defaults().withMaxRetryAfter(Duration.ofSeconds(120))).build();

    assertThatThrownBy(() -> f.fetch(server.url("/closed"), FetchKind.PAGE, Validators.none()))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRY_AFTER_TOO_LONG));
    assertThat(server.requests("/closed")).hasSize(1);
  }

  @Test
  void retriesServerErrorsWithBackoffThenFails() {
    server.route("/broken", ex -> FixtureServer.send(ex, 500, "text/plain", "oops"));
    Fetcher f = fetcher().retry(RetryPolicy.defaults().withMaxAttempts(3)).build();

    assertThatThrownBy(() -> f.fetch(server.url("/broken"), FetchKind.PAGE, Validators.none()))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.HTTP_ERROR));
    assertThat(server.requests("/broken")).hasSize(3);
    assertThat(time.sleeps())
        .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(RetryPolicy.DEFAULT_BACKOFF_MAX));
  }

  @Test
  void sendsValidatorsAndReturns304() throws Exception {
    server.route(
        "/feed",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            FixtureServer.send(ex, 304, null, "");
          } else {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 05 Mar 2024 10:00:00 GMT");
            FixtureServer.send(ex, 200, "application/rss+xml", "<rss/>");
          }
        });
    Fetcher f = fetcher().build();

    FetchResponse first = f.fetch(server.url("/feed"), FetchKind.FEED, Validators.none());
    FetchResponse second =
        f.fetch(
            server.url("/feed"),
            FetchKind.FEED,
            new Validators(first.etag().orElseThrow(), first.lastModified().orElseThrow()));

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.isNotModified()).isTrue();
    assertThat(server.requests("/feed").get(1).header("If-Modified-Since"))
        .isEqualTo("Tue, 05 Mar 2024 10:00:00 GMT");
  }

  @Test
  void refusesAPageOverTheBodyLimit() {
    byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
    server.bytes("/huge", "text/html", twentyMegabytes);
    Fetcher f = fetcher().limits(FetchLimits.defaults().withMaxBodyBytes(10 * 1024 * 1024)).build();

    assertThatThrownBy(() -> f.fetch(server.url("/huge"), FetchKind.PAGE, Validators.none()))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TOO_LARGE));
  }

  @Test
  void acceptsABodyExactlyAtTheLimitAndRefusesOneByteMore() throws Exception {
    server.bytes("/at", "text/plain", new byte[1000]);
    server.bytes("/over", "text/plain", new byte[1001]);
    Fetcher f = fetcher().limits(FetchLimits.defaults().withMaxBodyBytes(1000)).build();

    assertThat(f.fetch(server.url("/at"), FetchKind.PAGE, Validators.none()).body()).hasSize(1000);
    assertThatThrownBy(() -> f.fetch(server.url("/over"), FetchKind.PAGE, Validators.none()))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TOO_LARGE));
  }

  @Test
  void stopsAtTheReadTimeoutOfASlowServer() {
    server.route(
        "/slow",
        ex -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          FixtureServer.send(ex, 200, "text/html", "late");
        });
    Fetcher f =
        fetcher()
            .limits(FetchLimits.defaults().withReadTimeout(Duration.ofMillis(300)))
            .retry(RetryPolicy.defaults().withMaxAttempts(1))
            .build();

    long t0 = System.nanoTime();
    assertThatThrownBy(() -> f.fetch(server.url("/slow"), FetchKind.PAGE, Validators.none()))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void detectsARedirectLoop() {
    server.route("/a", ex -> redirect(ex, "/b"));
    server.route("/b", ex -> redirect(ex, "/a"));

    assertThatThrownBy(
            () -> fetcher().build().fetch(server.url("/a"), FetchKind.PAGE, Validators.none()))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.REDIRECT_LOOP));
  }

  @Test
  void followsRedirectsUpToTheLimitAndNoFurther() throws Exception {
    for (int i = 0; i < 10; i++) {
      String next = "/hop" + (i + 1);
      server.route("/hop" + i, ex -> redirect(ex, next));
    }
    server.page("/hop10", "text/html", "arrived");
    Fetcher atTen = fetcher().limits(FetchLimits.defaults().withMaxRedirects(10)).build();
    Fetcher atNine = fetcher().limits(FetchLimits.defaults().withMaxRedirects(9)).build();

    FetchResponse r = atTen.fetch(server.url("/hop0"), FetchKind.PAGE, Validators.none());
    assertThat(r.url()).isEqualTo(server.url("/hop10"));
    assertThat(r.redirects()).hasSize(10);
    assertThatThrownBy(() -> atNine.fetch(server.url("/hop0"), FetchKind.PAGE, Validators.none()))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.kind()).isEqualTo(FailureKind.TOO_MANY_REDIRECTS));
  }

  @Test
  void honoursRobotsDisallowWithoutFetchingThePage() {
    server.page("/robots.txt", "text/plain", "User-agent: akhbar\nDisallow: /private/\n");
    server.page("/private/page", "text/html", "secret");

    assertThatThrownBy(
            () ->
                fetcher()
                    .build()
                    .fetch(server.url("/private/page"), FetchKind.PAGE, Validators.none()))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.kind()).isEqualTo(FailureKind.ROBOTS_DISALLOWED));
    assertThat(server.requests("/private/page")).isEmpty();
    assertThat(server.requests("/robots.txt")).hasSize(1);
  }

  @Test
  void waitsTheCrawlDelayCappedByTheMaximum() throws Exception {
    server.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 3600\n");
    server.page("/one", "text/html", "1");
    server.page("/two", "text/html", "2");
    Fetcher f =
        fetcher()
            .politeness(Politeness.defaults().withMaxCrawlDelay(Duration.ofSeconds(30)))
            .build();

    f.fetch(server.url("/one"), FetchKind.PAGE, Validators.none());
    f.fetch(server.url("/two"), FetchKind.PAGE, Validators.none());

    assertThat(time.sleeps()).contains(Duration.ofSeconds(30));
    assertThat(server.requests("/two")).hasSize(1);
  }

  @Test
  void spacesRequestsToOneHostByTheMinimumDelay() throws Exception {
    server.page("/one", "text/html", "1");
    server.page("/two", "text/html", "2");
    Fetcher f =
        fetcher().politeness(Politeness.defaults().withMinDelay(Duration.ofSeconds(2))).build();

    f.fetch(server.url("/one"), FetchKind.PAGE, Validators.none());
    f.fetch(server.url("/two"), FetchKind.PAGE, Validators.none());

    assertThat(time.sleeps()).isNotEmpty();
    assertThat(time.sleeps().get(time.sleeps().size() - 1)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void refusesLoopbackUnlessAllowed() {
    server.page("/a", "text/html", "local");
    Fetcher publicOnly = fetcher().addressPolicy(AddressPolicy.publicOnly()).build();

    assertThatThrownBy(() -> publicOnly.fetch(server.url("/a"), FetchKind.PAGE, Validators.none()))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.kind()).isEqualTo(FailureKind.FORBIDDEN_ADDRESS));
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void refusesAHostNameThatResolvesToLoopback() {
    server.page("/a", "text/html", "local");
    Fetcher f =
        fetcher()
            .addressPolicy(AddressPolicy.publicOnly())
            .resolver(host -> List.of(InetAddress.getLoopbackAddress()))
            .build();

    assertThatThrownBy(
            () ->
                f.fetch(
                    "http://news.example:" + server.port() + "/a",
                    FetchKind.PAGE,
                    Validators.none()))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.kind()).isEqualTo(FailureKind.FORBIDDEN_ADDRESS));
  }

  @Test
  void refusesARedirectToLoopbackWhenNotAllowed() throws Exception {
    // The outlet lives on 127.0.0.2, which this policy permits by exception; its redirect points
    // at 127.0.0.1, which the policy refuses. The redirect target must never be requested.
    InetAddress outletAddress = InetAddress.getByName("127.0.0.2");
    try (FixtureServer outlet = new FixtureServer(outletAddress)) {
      outlet.route("/go", ex -> redirect(ex, server.url("/inside")));
      server.page("/inside", "text/html", "internal");
      Fetcher f =
          fetcher().addressPolicy(AddressPolicy.publicOnly().allowing(outletAddress)).build();

      assertThatThrownBy(() -> f.fetch(outlet.url("/go"), FetchKind.PAGE, Validators.none()))
          .isInstanceOfSatisfying(
              FetchException.class,
              e -> assertThat(e.kind()).isEqualTo(FailureKind.FORBIDDEN_ADDRESS));
      assertThat(outlet.requests("/go")).hasSize(1);
      assertThat(server.requests("/inside")).isEmpty();
    }
  }

  @Test
  void decompressesGzip() throws Exception {
    byte[] html = "<p>خبر مضغوط</p>".getBytes(StandardCharsets.UTF_8);
    server.route(
        "/gz",
        ex -> {
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          FixtureServer.send(ex, 200, "text/html; charset=utf-8", gzip(html));
        });

    FetchResponse r = fetcher().build().fetch(server.url("/gz"), FetchKind.PAGE, Validators.none());

    assertThat(r.body()).isEqualTo(html);
  }

  static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    FixtureServer.send(ex, 302, "text/plain", "moved");
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
