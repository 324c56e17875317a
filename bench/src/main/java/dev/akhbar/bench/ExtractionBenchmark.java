package dev.akhbar.bench;

import dev.akhbar.bench.fixture.BenchArticles;
import dev.akhbar.bench.fixture.NewsPage;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.ingest.extract.ArticleExtractor;
import dev.akhbar.ingest.extract.Extraction;
import dev.akhbar.ingest.extract.PageContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction of a typical news page (30–40 KB of HTML around a 2–6 KB body): ingest's extractor
 * (JSON-LD, Open Graph, selectors, then the generic main-content reader) beside Jsoup's parse alone
 * and Jsoup's {@code text()} of the whole page, the least any extraction costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

  /** Pages cycled through, so that one page's branch pattern is not learnt. */
  static final int PAGES = 32;

  @Param({"JSON_LD", "PLAIN"})
  public NewsPage.Markup markup;

  private List<String> pages;
  private List<String> urls;
  private ArticleExtractor extractor;
  private int next;

  @Setup
  public void setUp() {
    List<RawArticle> articles = BenchArticles.originals(PAGES);
    pages = articles.stream().map(a -> NewsPage.of(a, markup)).toList();
    urls = articles.stream().map(RawArticle::url).toList();
    extractor = new ArticleExtractor(100_000);
  }

  private int advance() {
    int i = next;
    next = (next + 1) % PAGES;
    return i;
  }

  @Benchmark
  public Extraction akhbarExtractor() {
    int i = advance();
    return extractor.extract(pages.get(i), urls.get(i), PageContext.plain());
  }

  @Benchmark
  public Document jsoupParse() {
    int i = advance();
    return Jsoup.parse(pages.get(i), urls.get(i));
  }

  @Benchmark
  public String jsoupText() {
    int i = advance();
    return Jsoup.parse(pages.get(i), urls.get(i)).text();
  }
}
