package dev.akhbar.samplesite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live site: one server per outlet, placeholders, validators, editions, charsets. */
class SampleSiteIT {

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final String SNOWSTORM = "/weather/2025/01/30/snowstorm-mountain-roads.html";
  private static final String FOOD_FAIR = "/economy/2025/02/04/beirut-food-industry-fair.html";
  private static final String METRO_FARES =
      "/news/2025/01/30/100292/مصدر-زيادة-مرتقبة-في-أسعار-تذاكر-المترو";
  private static final String GCC_MINISTERS = "/news/2025/01/28/gcc-ministers-kuwait-2207.html";
  private static final String HEARING_COPY = "/health/2025/02/01/hearing-screening-egypt-2236.html";

  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Shared by the tests that stay in edition 1; a test that advances starts its own. */
  private static SampleSite site;

  @BeforeAll
  static void start() {
    site = SampleSite.start();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @BeforeEach
  void forgetEarlierRequests() {
    site.clearRequests();
  }

  @Test
  void servesEachOutletOnItsOwnLoopbackPort() {
    assertThat(site.outlets()).hasSize(site.manifest().outlets().size());
    assertThat(site.outlets())
        .allSatisfy(o -> assertThat(o.baseUrl().getHost()).isEqualTo(SampleSite.HOST))
        .extracting(o -> o.baseUrl().getPort())
        .doesNotHaveDuplicates();
    Outlet diffatayn = site.outlet("diffatayn");
    assertThat(diffatayn.selectors()).isPresent();
    assertThat(diffatayn.timeZone().getId()).isEqualTo("Africa/Cairo");
    assertThat(diffatayn.feedUrls())
        .containsExactly(URI.create(diffatayn.baseUrl() + "/rss/latest.xml"));
  }

  @Test
  void servesEveryPageOfTheFirstEditionWithItsContentType() throws Exception {
    for (PageSpec page : site.manifest().pages()) {
      HttpResponse<byte[]> response = get(site.url(page.ref()));
      boolean onlyLater =
          ManifestTest.class.getResource(
                  SampleSite.RESOURCE_ROOT + page.outlet() + "/" + page.file())
              == null;
      if (onlyLater) {
        assertThat(response.statusCode()).as("%s before its edition", page.ref()).isEqualTo(404);
        continue;
      }
      assertThat(response.statusCode()).as("status of %s", page.ref()).isEqualTo(page.status());
      assertThat(response.headers().firstValue("Content-Type"))
          .as("content type of %s", page.ref())
          .contains(page.effectiveContentType());
      assertThat(response.headers().firstValue("ETag")).isPresent();
      assertThat(response.headers().firstValue("Last-Modified"))
          .contains("Mon, 03 Feb 2025 12:00:00 GMT");
      assertThat(new String(response.body(), StandardCharsets.ISO_8859_1))
          .as("placeholders left in %s", page.ref())
          .doesNotContain("{{site");
    }
  }

  @Test
  void replacesPlaceholdersWithLiveUrls() throws Exception {
    Outlet mashriq = site.outlet("mashriq");
    String robots = body(get(mashriq.robotsUrl()), StandardCharsets.UTF_8);
    assertThat(robots).contains("Sitemap: " + mashriq.baseUrl() + "/sitemap.xml");

    String copy = body(get(site.outlet("waha").url(HEARING_COPY)), WINDOWS_1256);
    assertThat(copy).contains("href=\"" + site.outlet("diffatayn").baseUrl() + "/news/2025/01/29/");
  }

  @Test
  void answers304ToAMatchingConditionalGet() throws Exception {
    URI feed = site.outlet("atlas").feedUrls().get(0);
    HttpResponse<byte[]> first = get(feed);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

    assertThat(get(feed, "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(get(feed, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    assertThat(get(feed, "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
    assertThat(get(feed, "If-Modified-Since", "Sun, 02 Feb 2025 00:00:00 GMT").statusCode())
        .isEqualTo(200);
    HttpResponse<byte[]> notModified = get(feed, "If-None-Match", etag);
    assertThat(notModified.body()).isEmpty();
    assertThat(notModified.headers().firstValue("ETag")).contains(etag);
  }

  @Test
  void switchesToTheSecondEdition() throws Exception {
    try (SampleSite site = SampleSite.start()) {
      switchesToTheSecondEdition(site);
    }
  }

  private void switchesToTheSecondEdition(SampleSite site) throws Exception {
    Outlet mashriq = site.outlet("mashriq");
    Outlet diffatayn = site.outlet("diffatayn");
    URI atlasFeed = site.outlet("atlas").feedUrls().get(0);
    HttpResponse<byte[]> storm = get(mashriq.url(SNOWSTORM));
    String atlasTag = get(atlasFeed).headers().firstValue("ETag").orElseThrow();
    assertThat(get(mashriq.url(FOOD_FAIR)).statusCode()).isEqualTo(404);
    assertThat(get(diffatayn.url(METRO_FARES)).statusCode()).isEqualTo(200);

    site.advanceToEdition(2);

    HttpResponse<byte[]> updated =
        get(
            mashriq.url(SNOWSTORM),
            "If-None-Match",
            storm.headers().firstValue("ETag").orElseThrow());
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(body(updated, StandardCharsets.UTF_8)).contains("محدّث - إعادة فتح ضهر البيدر");
    assertThat(updated.headers().firstValue("Last-Modified"))
        .contains("Tue, 04 Feb 2025 12:00:00 GMT");
    assertThat(get(mashriq.url(FOOD_FAIR)).statusCode()).isEqualTo(200);
    assertThat(body(get(mashriq.feedUrls().get(0)), StandardCharsets.UTF_8)).contains(FOOD_FAIR);
    assertThat(get(diffatayn.url(METRO_FARES)).statusCode()).isEqualTo(404);
    assertThat(get(atlasFeed, "If-None-Match", atlasTag).statusCode())
        .as("an outlet that did not change")
        .isEqualTo(304);
    assertThat(site.edition()).isEqualTo(2);
  }

  @Test
  void editionsOnlyMoveForward() {
    try (SampleSite site = SampleSite.start()) {
      site.advanceToEdition(2);
      site.advanceToEdition(2);

      assertThatThrownBy(() -> site.advanceToEdition(1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> site.advanceToEdition(3))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(site.edition()).isEqualTo(2);
    }
  }

  @Test
  void servesWindows1256BytesThatDecodeToArabic() throws Exception {
    HttpResponse<byte[]> response = get(site.outlet("waha").url(GCC_MINISTERS));

    assertThat(response.headers().firstValue("Content-Type"))
        .contains("text/html; charset=windows-1256");
    String page = body(response, WINDOWS_1256);
    assertThat(page)
        .contains("وزراء خارجية مجلس التعاون يعقدون اجتماعًا تشاوريًا في الكويت")
        .contains("عبدالله اليحيا");
    assertThat(body(response, StandardCharsets.UTF_8)).doesNotContain("مجلس التعاون");
  }

  @Test
  void findsPagesWhateverTheQueryAndEncoding() throws Exception {
    Outlet diffatayn = site.outlet("diffatayn");
    URI tracked = URI.create(diffatayn.url(METRO_FARES) + "?utm_source=rss&fbclid=abc");

    assertThat(get(tracked).statusCode()).isEqualTo(200);
    assertThat(get(URI.create(diffatayn.baseUrl() + "/no/such/page")).statusCode()).isEqualTo(404);
  }

  @Test
  void answersHeadWithoutABody() throws Exception {
    HttpRequest head =
        HttpRequest.newBuilder(site.outlet("mashriq").homeUrl())
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build();

    HttpResponse<byte[]> response = http.send(head, HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValueAsLong("Content-Length").orElseThrow()).isPositive();
  }

  @Test
  void refusesOtherMethods() throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(site.outlet("mashriq").homeUrl())
            .POST(HttpRequest.BodyPublishers.ofString("x"))
            .build();

    assertThat(http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(405);
  }

  @Test
  void countsRequestsPerOutletAndPath() throws Exception {
    Outlet mashriq = site.outlet("mashriq");
    get(mashriq.robotsUrl());
    get(mashriq.robotsUrl());
    get(mashriq.homeUrl(), "User-Agent", "akhbar-test/1.0");

    assertThat(site.requestCount("mashriq", "/robots.txt")).isEqualTo(2);
    assertThat(site.requestCount("waha", "/robots.txt")).isZero();
    assertThat(site.requests("mashriq"))
        .hasSize(3)
        .last()
        .satisfies(
            r -> {
              assertThat(r.path()).isEqualTo("/");
              assertThat(r.userAgent()).isEqualTo("akhbar-test/1.0");
              assertThat(r.status()).isEqualTo(200);
              assertThat(r.finishedNanos()).isGreaterThanOrEqualTo(r.startedNanos());
            });

    site.clearRequests();

    assertThat(site.requests()).isEmpty();
    assertThat(site.requestCount("mashriq", "/robots.txt")).isZero();
  }

  @Test
  void countsADecodedArabicPath() throws Exception {
    get(site.outlet("diffatayn").url(METRO_FARES));

    assertThat(site.requestCount("diffatayn", METRO_FARES)).isEqualTo(1);
  }

  private static HttpResponse<byte[]> get(URI uri, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String body(HttpResponse<byte[]> response, Charset charset) {
    return new String(response.body(), charset);
  }
}
