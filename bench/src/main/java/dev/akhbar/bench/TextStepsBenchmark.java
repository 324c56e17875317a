package dev.akhbar.bench;

import dev.akhbar.bench.fixture.BenchArticles;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.processor.fingerprint.Fingerprinter;
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
 * The text steps of one typical article together, as the processor runs them on one core: both
 * forms of title and body, the dedup fingerprint of the body, and the tags. Issue 10's target is
 * under 200 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextStepsBenchmark {

  static final int ARTICLES = 64;

  private final ArticleForms forms = ArticleForms.withDefaults();
  private final Fingerprinter fingerprinter = Fingerprinter.withDefaults();
  private Tagger tagger;
  private List<RawArticle> raws;
  private int next;

  @Setup
  public void setUp() {
    tagger = Tagger.load();
    raws = BenchArticles.originals(ARTICLES);
  }

  @Benchmark
  public int normalizeFingerprintTag() {
    RawArticle raw = raws.get(next);
    next = (next + 1) % ARTICLES;
    NormalizedText text = forms.of(raw);
    int keys = fingerprinter.of(text.bodyMatch()).bandKeys().length;
    return keys + tagger.tag(text, raw.section(), raw.url(), raw.sourceId()).entities().size();
  }
}
