package dev.akhbar.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.akhbar.common.record.ExtractionMethod;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.ingest.IngestConfig;
import dev.akhbar.ingest.PassSummary;
import dev.akhbar.ingest.extract.Fixtures;
import dev.akhbar.ingest.fetch.AddressPolicy;
import dev.akhbar.ingest.fetch.FakeTime;
import dev.akhbar.ingest.fetch.Fetcher;
import dev.akhbar.ingest.fetch.FixtureServer;
import dev.akhbar.ingest.metrics.IngestMetrics;
import dev.akhbar.ingest.source.Source;
import dev.akhbar.ingest.state.FetchStates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One source crawled pass after pass against a local site: new, unchanged (304), changed, removed,
 * and a restart that neither refetches needlessly nor republishes.
 */
class SourceCrawlerIT {

  private final FixtureServer site = new FixtureServer();
  private final FakeTime time = new FakeTime();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final MemorySink sink = new MemorySink();
  private final MemoryStateLog log = new MemoryStateLog();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final IngestMetrics metrics = new IngestMetrics();
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final IngestConfig config =
      IngestConfig.builder()
          .allowPrivateAddresses(true)
          .revisitAfter(Duration.ofMinutes(30))
          .build();
  private Fetcher fetcher;

  record Page(String contentType, byte[] body, String etag, int status) {}

  @AfterEach
  void stop() {
    site.close();
    pool.shutdownNow();
  }

  private void serve(String path, String contentType, byte[] body, String etag) {
    pages.put(path, new Page(contentType, body, etag, 200));
    site.route(path, ex -> answer(ex, pages.get(path)));
  }

  private static void answer(HttpExchange ex, Page p) throws IOException {
    if (p.status() != 200) {
      FixtureServer.send(ex, p.status(), "text/html", "<h1>not here</h1>");
      return;
    }
    if (p.etag().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      FixtureServer.send(ex, 304, null, "");
      return;
    }
    ex.getResponseHeaders().set("ETag", p.etag());
    FixtureServer.send(ex, 200, p.contentType(), p.body());
  }

  private String rss(String... paths) {
    StringBuilder items = new StringBuilder();
    for (String p : paths) {
      items.append("<item><title>خبر</title><link>").append(site.url(p)).append("</link></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>موقع"
        + "</title><link>"
        + site.url("/")
        + "</link><description>d</description>"
        + items
        + "</channel></rss>";
  }

  private SourceCrawler crawler(FetchStates states) {
    metrics.bindTo(registry);
    fetcher =
        Fetcher.builder("akhbar-test", "akhbar")
            .addressPolicy(AddressPolicy.privateAllowed())
            .time(time)
            .observer(metrics)
            .build();
    return new SourceCrawler(config, fetcher, states, sink, metrics, time, pool);
  }

  private PassSummary pass(SourceCrawler crawler, Source source) throws InterruptedException {
    PassTally tally = new PassTally();
    crawler.crawl(source, tally, () -> true);
    return tally.summary();
  }

  @Test
  void publishesEachNewOrChangedArticleOnceAndEachRemovalOnce() throws Exception {
    serve("/a", "text/html; charset=utf-8", Fixtures.bytes("jsonld-article.html"), "\"a1\"");
    serve("/b", "text/html; charset=utf-8", Fixtures.bytes("opengraph-article.html"), "\"b1\"");
    serve("/c", "text/html", Fixtures.bytes("windows-1256-article.html"), "\"c1\"");
    serve(
        "/rss.xml",
        "application/rss+xml",
        rss("/a", "/b", "/c").getBytes(StandardCharsets.UTF_8),
        "\"f1\"");
    Source source = Source.ofFeeds("sahel", "الساحل", List.of(site.url("/rss.xml")));
    SourceCrawler crawler = crawler(new FetchStates(log));

    PassSummary first = pass(crawler, source);

    assertThat(first.articlesNew()).isEqualTo(3);
    assertThat(sink.published()).hasSize(3);
    RawArticle windows1256 =
        sink.published().stream().filter(a -> a.url().endsWith("/c")).findFirst().orElseThrow();
    assertThat(windows1256.title()).isEqualTo("تشغيل خط حافلات جديد بين عمّان والزرقاء");
    assertThat(windows1256.http().charset()).isEqualTo("windows-1256");
    assertThat(windows1256.sourceId()).isEqualTo("sahel");
    RawArticle jsonLd =
        sink.published().stream().filter(a -> a.url().endsWith("/a")).findFirst().orElseThrow();
    assertThat(jsonLd.extractionMethod()).isEqualTo(ExtractionMethod.JSON_LD);
    assertThat(jsonLd.canonicalUrl())
        .isEqualTo("https://sahel-today.example/economy/2024/03/05/desalination-sfax");
    assertThat(jsonLd.http().etag()).isEqualTo("\"a1\"");

    // Within the revisit interval nothing is refetched; the feed answers 304.
    sink.clear();
    PassSummary soon = pass(crawler, source);
    assertThat(soon.pagesFetched()).isZero();
    assertThat(soon.pagesSkipped()).isEqualTo(3);
    assertThat(site.requests("/rss.xml").get(1).header("If-None-Match")).isEqualTo("\"f1\"");
    assertThat(sink.published()).isEmpty();

    // After it, pages are asked again conditionally: 304, nothing published.
    time.advance(Duration.ofHours(1));
    PassSummary later = pass(crawler, source);
    assertThat(later.pagesByStatus()).containsEntry("304", 3L);
    assertThat(later.articlesUnchanged()).isEqualTo(3);
    assertThat(sink.published()).isEmpty();

    // One page changes, one is removed.
    pages.put(
        "/a",
        new Page(
            "text/html; charset=utf-8",
            Fixtures.bytes("jsonld-article.html").length > 0
                ? new String(Fixtures.bytes("jsonld-article.html"), StandardCharsets.UTF_8)
                    .replace("خمسين ألف", "ستين ألف")
                    .getBytes(StandardCharsets.UTF_8)
                : new byte[0],
            "\"a2\"",
            200));
    pages.put("/b", new Page("text/html", new byte[0], "", 410));
    time.advance(Duration.ofHours(1));
    PassSummary changes = pass(crawler, source);
    assertThat(changes.articlesChanged()).isEqualTo(1);
    assertThat(changes.articlesRemoved()).isEqualTo(1);
    assertThat(sink.published()).hasSize(2);
    RawArticle removal =
        sink.published().stream().filter(RawArticle::removed).findFirst().orElseThrow();
    assertThat(removal.url()).endsWith("/b");
    assertThat(removal.title()).isEqualTo("ارتفاع منسوب دجلة بعد أمطار غزيرة في الموصل");
    assertThat(removal.articleId()).hasSize(64);

    // The removal is published once only.
    sink.clear();
    time.advance(Duration.ofHours(1));
    PassSummary afterRemoval = pass(crawler, source);
    assertThat(afterRemoval.articlesRemoved()).isZero();
    assertThat(sink.published()).isEmpty();

    // A restarted instance, with the state read back, republishes nothing.
    time.advance(Duration.ofHours(1));
    int requestsBefore = site.requests().size();
    PassSummary restarted = pass(crawler(log.restart()), source);
    assertThat(restarted.articlesPublished()).isZero();
    assertThat(restarted.articlesUnchanged()).isEqualTo(2);
    assertThat(sink.published()).isEmpty();
    assertThat(site.requests().size() - requestsBefore).isLessThanOrEqualTo(4);

    assertThat(
            registry.get(IngestMetrics.ARTICLES_PUBLISHED).tag("change", "new").counter().count())
        .isEqualTo(3);
    assertThat(registry.get(IngestMetrics.FETCH_REQUESTS).tag("status", "304").counters())
        .isNotEmpty();
    assertThat(
            registry.get(IngestMetrics.SOURCE_LAST_SUCCESS).tag("source", "sahel").gauge().value())
        .isPositive();
  }

  @Test
  void discoversFeedsFromTheHomePageWhenNoneAreGiven() throws Exception {
    serve("/a", "text/html; charset=utf-8", Fixtures.bytes("generic-article.html"), "\"a\"");
    serve(
        "/feed.json",
        "application/feed+json",
        ("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"1\",\"url\":\""
                + site.url("/a")
                + "\"}]}")
            .getBytes(StandardCharsets.UTF_8),
        "\"j\"");
    serve(
        "/",
        "text/html; charset=utf-8",
        ("<html><head><link rel=\"alternate\" type=\"application/feed+json\" href=\"/feed.json\">"
                + "</head><body>الرئيسية</body></html>")
            .getBytes(StandardCharsets.UTF_8),
        "\"h\"");
    Source source = Source.ofFeeds("atlas", "الأطلس", List.of()).withHome(site.url("/"));

    PassSummary summary = pass(crawler(new FetchStates(log)), source);

    assertThat(summary.articlesNew()).isEqualTo(1);
    assertThat(sink.published().get(0).title()).isEqualTo("إطلاق قمر صناعي مغربي جديد لرصد الأرض");
  }

  @Test
  void readsSitemapIndexesAndNewsSitemaps() throws Exception {
    serve("/a", "text/html; charset=utf-8", Fixtures.bytes("generic-article.html"), "\"a\"");
    serve("/b", "text/html; charset=utf-8", Fixtures.bytes("broken-jsonld-article.html"), "\"b\"");
    serve(
        "/news.xml",
        "application/xml",
        ("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>"
                + site.url("/a")
                + "</loc></url><url><loc>"
                + site.url("/b")
                + "</loc></url></urlset>")
            .getBytes(StandardCharsets.UTF_8),
        "\"n\"");
    serve(
        "/sitemap.xml",
        "application/xml",
        ("<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>"
                + site.url("/news.xml")
                + "</loc></sitemap></sitemapindex>")
            .getBytes(StandardCharsets.UTF_8),
        "\"s\"");
    Source source =
        Source.ofFeeds("atlas", "الأطلس", List.of())
            .withSitemaps(List.of(site.url("/sitemap.xml")));

    PassSummary summary = pass(crawler(new FetchStates(log)), source);

    assertThat(summary.sitemapsFetched()).isEqualTo(2);
    assertThat(summary.articlesNew()).isEqualTo(2);
    assertThat(summary.failuresByKind()).containsEntry("json_ld_invalid", 1L);
  }
}
