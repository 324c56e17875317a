package dev.akhbar.bench;

import dev.akhbar.bench.fixture.BenchArticles;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.text.LanguageGuess;
import dev.akhbar.text.LanguageIdentifier;
import dev.akhbar.text.Normalizer;
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
 * Language identification of a typical article as the processor's intake does it: the display form
 * of the title, a blank line, and the first 2,000 characters of the body's display form.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LanguageIdentificationBenchmark {

  static final int ARTICLES = 64;

  /** What the processor's intake samples ({@code ArticleScreen.LANGUAGE_SAMPLE_CHARS}). */
  static final int SAMPLE_CHARS = 2_000;

  private final LanguageIdentifier identifier =
      LanguageIdentifier.withSampleChars(SAMPLE_CHARS + 500);
  private List<String> samples;
  private int next;

  @Setup
  public void setUp() {
    Normalizer normalizer = Normalizer.defaults();
    samples =
        BenchArticles.originals(ARTICLES).stream()
            .map(
                (RawArticle raw) -> {
                  String body = normalizer.display(raw.body());
                  return normalizer.display(raw.title())
                      + "\n\n"
                      + body.substring(0, Math.min(body.length(), SAMPLE_CHARS));
                })
            .toList();
  }

  @Benchmark
  public LanguageGuess identify() {
    String sample = samples.get(next);
    next = (next + 1) % ARTICLES;
    return identifier.identify(sample);
  }
}
