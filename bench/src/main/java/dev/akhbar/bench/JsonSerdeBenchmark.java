package dev.akhbar.bench;

import dev.akhbar.bench.fixture.BenchArticles;
import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.DedupInfo;
import dev.akhbar.common.record.Fingerprints;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.processor.fingerprint.BodyFingerprint;
import dev.akhbar.processor.fingerprint.Fingerprinter;
import dev.akhbar.processor.intake.ArticleForms;
import dev.akhbar.processor.tag.Tagger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The contract's JSON serde (common's {@code JsonSerde} on {@code AkhbarJson}'s mapper) on a raw
 * article and on the processed article the processor writes for it (both forms, fingerprints,
 * tags): the cost of every record crossing a topic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonSerdeBenchmark {

  static final int ARTICLES = 64;

  private final JsonSerde<RawArticle> rawSerde = JsonSerde.of(RawArticle.class);
  private final JsonSerde<Article> articleSerde = JsonSerde.of(Article.class);
  private List<RawArticle> raws;
  private List<Article> articles;
  private List<byte[]> rawBytes;
  private List<byte[]> articleBytes;
  private int next;

  @Setup
  public void setUp() {
    raws = BenchArticles.originals(ARTICLES);
    ArticleForms forms = ArticleForms.withDefaults();
    Fingerprinter fingerprinter = Fingerprinter.withDefaults();
    Tagger tagger = Tagger.load();
    articles = new ArrayList<>();
    for (RawArticle raw : raws) {
      NormalizedText text = forms.of(raw);
      BodyFingerprint fingerprint = fingerprinter.of(text.bodyMatch());
      articles.add(
          Article.of(
              raw,
              text,
              "ar",
              0.97,
              new Fingerprints(fingerprint.contentHash(), fingerprint.bandKeysHex()),
              new DedupInfo(raw.articleId(), 1, 0, 0),
              tagger.tag(text, raw.section(), raw.url(), raw.sourceId()),
              Change.NEW,
              Instant.parse("2026-03-14T09:30:00Z")));
    }
    rawBytes = raws.stream().map(rawSerde::toBytes).toList();
    articleBytes = articles.stream().map(articleSerde::toBytes).toList();
  }

  private int advance() {
    int i = next;
    next = (next + 1) % ARTICLES;
    return i;
  }

  @Benchmark
  public byte[] writeRaw() {
    return rawSerde.toBytes(raws.get(advance()));
  }

  @Benchmark
  public RawArticle readRaw() {
    return rawSerde.fromBytes(rawBytes.get(advance()));
  }

  @Benchmark
  public byte[] writeArticle() {
    return articleSerde.toBytes(articles.get(advance()));
  }

  @Benchmark
  public Article readArticle() {
    return articleSerde.fromBytes(articleBytes.get(advance()));
  }
}
