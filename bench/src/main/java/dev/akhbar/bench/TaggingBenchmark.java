package dev.akhbar.bench;

import dev.akhbar.bench.fixture.BenchArticles;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.common.record.Tags;
import dev.akhbar.processor.intake.ArticleForms;
import dev.akhbar.processor.tag.Tagger;
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
 * Tagging of a typical normalized article (entities, topics, keywords, dateline) with the
 * processor's {@code Tagger} as the topology loads it. There is no reference tagger for Arabic news
 * on the class path to set beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaggingBenchmark {

  static final int ARTICLES = 64;

  private Tagger tagger;
  private List<RawArticle> raws;
  private List<NormalizedText> normalized;
  private int next;

  @Setup
  public void setUp() {
    tagger = Tagger.load();
    raws = BenchArticles.originals(ARTICLES);
    ArticleForms forms = ArticleForms.withDefaults();
    normalized = raws.stream().map(forms::of).toList();
  }

  @Benchmark
  public Tags tag() {
    int i = next;
    next = (next + 1) % ARTICLES;
    RawArticle raw = raws.get(i);
    return tagger.tag(normalized.get(i), raw.section(), raw.url(), raw.sourceId());
  }
}
