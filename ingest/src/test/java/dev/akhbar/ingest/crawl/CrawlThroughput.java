package dev.akhbar.ingest.crawl;

import dev.akhbar.ingest.IngestConfig;
import dev.akhbar.ingest.PassSummary;
import dev.akhbar.ingest.extract.ArticleExtractor;
import dev.akhbar.ingest.extract.Fixtures;
import dev.akhbar.ingest.extract.PageContext;
import dev.akhbar.ingest.fetch.AddressPolicy;
import dev.akhbar.ingest.fetch.Fetcher;
import dev.akhbar.ingest.fetch.FixtureServer;
import dev.akhbar.ingest.fetch.Politeness;
import dev.akhbar.ingest.fetch.TimeSource;
import dev.akhbar.ingest.metrics.IngestMetrics;
import dev.akhbar.ingest.source.Source;
import dev.akhbar.ingest.state.FetchStates;
import dev.akhbar.ingest.state.StateLog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Not a test: a measurement. Pages fetched and extracted per second from a loopback server with
 * politeness off, and extraction time per page. Run with the test classpath: {@code java -cp …
 * dev.akhbar.ingest.crawl.CrawlThroughput [pages] [connections]}.
 */
public final class CrawlThroughput {

  private CrawlThroughput() {}

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    String[] fixtures = {
      "jsonld-article.html",
      "opengraph-article.html",
      "generic-article.html",
      "broken-jsonld-article.html",
      "windows-1256-article.html"
    };
    extractionTime(fixtures);
    try (FixtureServer site = new FixtureServer()) {
      StringBuilder items = new StringBuilder();
      for (int i = 0; i < pages; i++) {
        String path = "/p/" + i;
        byte[] body =
            new String(Fixtures.bytes(fixtures[i % 3]), StandardCharsets.UTF_8)
                .replace("</h1>", " " + i + "</h1>")
                .getBytes(StandardCharsets.UTF_8);
        site.bytes(path, "text/html; charset=utf-8", body);
        items
            .append("<item><title>x</title><link>")
            .append(site.url(path))
            .append("</link></item>");
      }
      site.page(
          "/rss.xml",
          "application/rss+xml",
          "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>"
              + site.url("/")
              + "</link><description>d</description>"
              + items
              + "</channel></rss>");
      IngestConfig config = IngestConfig.builder().allowPrivateAddresses(true).build();
      ExecutorService pool = Executors.newFixedThreadPool(connections);
      Fetcher fetcher =
          Fetcher.builder("akhbar-bench", "akhbar")
              .politeness(Politeness.off(connections))
              .addressPolicy(AddressPolicy.privateAllowed())
              .build();
      MemorySink sink = new MemorySink();
      SourceCrawler crawler =
          new SourceCrawler(
              config,
              fetcher,
              new FetchStates(StateLog.none()),
              sink,
              new IngestMetrics(),
              TimeSource.system(),
              pool);
      Source source =
          Source.ofFeeds("bench", "bench", List.of(site.url("/rss.xml")))
              .withMaxArticlesPerPoll(pages);
      PassTally tally = new PassTally();
      long t0 = System.nanoTime();
      crawler.crawl(source, tally, () -> true);
      double seconds = (System.nanoTime() - t0) / 1e9;
      PassSummary s = tally.summary();
      System.out.printf(
          "crawl: %d pages fetched, %d published in %.2f s = %.0f pages/s (%d connections)%n",
          s.pagesFetched(),
          s.articlesPublished(),
          seconds,
          s.pagesFetched() / seconds,
          connections);
      pool.shutdownNow();
    }
  }

  private static void extractionTime(String[] fixtures) {
    ArticleExtractor extractor = new ArticleExtractor(1_000_000);
    for (String f : fixtures) {
      String html = new String(Fixtures.bytes(f), StandardCharsets.UTF_8);
      for (int i = 0; i < 300; i++) { // warm-up
        extractor.extract(html, "https://bench.example/a", PageContext.plain());
      }
      int n = 1000;
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        extractor.extract(html, "https://bench.example/a", PageContext.plain());
      }
      System.out.printf(
          "extract %-28s %6d bytes: %.0f µs/page%n",
          f, html.length(), (System.nanoTime() - t0) / 1e3 / n);
    }
  }
}
