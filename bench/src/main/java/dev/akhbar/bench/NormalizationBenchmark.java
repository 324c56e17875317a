package dev.akhbar.bench;

import dev.akhbar.bench.fixture.BenchArticles;
import dev.akhbar.bench.fixture.WireProse;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
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
 * Normalization of a typical article body (2–6 KB of Arabic): the text module's display form, its
 * match form (from the display form, as the processor makes it), and both with their offset maps,
 * beside Lucene's {@code ArabicNormalizer} (in place, on a copy of the body) and the JDK's NFKC,
 * the references. Lucene's normalizer does less (no NFKC, no digits, no glued words), so it is a
 * lower bound, not an equal.
 *
 * <p>Every method runs on each kind of {@link #text}, so that each of our rows compares with
 * Lucene's on the same text in the same run: {@code generator} is the sample site's originals
 * ({@link BenchArticles#originals}), {@code plain} clean wire prose ({@link WireProse#plain}),
 * {@code wire} the same with the tanween real copy prints ({@link WireProse#wire}), {@code marked}
 * the same prose with markup, entities, harakat and a Quranic quotation ({@link WireProse#marked}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizationBenchmark {

  static final int ARTICLES = 64;

  /** The kind of text: {@code generator}, {@code plain}, {@code wire} or {@code marked}. */
  @Param({"generator", "plain", "wire", "marked"})
  public String text;

  private final Normalizer normalizer = Normalizer.defaults();
  private final ArabicNormalizer lucene = new ArabicNormalizer();
  private List<String> bodies;
  private List<String> displayForms;
  private int next;

  @Setup
  public void setUp() {
    bodies =
        switch (text) {
          case "generator" ->
              BenchArticles.originals(ARTICLES).stream().map(RawArticle::body).toList();
          case "plain" -> WireProse.plain(ARTICLES, BenchArticles.SEED);
          case "wire" -> WireProse.wire(ARTICLES, BenchArticles.SEED);
          case "marked" -> WireProse.marked(ARTICLES, BenchArticles.SEED);
          default -> throw new IllegalArgumentException("unknown text kind " + text);
        };
    displayForms = bodies.stream().map(normalizer::display).toList();
  }

  private int advance() {
    int i = next;
    next = (next + 1) % ARTICLES;
    return i;
  }

  @Benchmark
  public String akhbarDisplay() {
    return normalizer.display(bodies.get(advance()));
  }

  @Benchmark
  public String akhbarMatch() {
    return normalizer.match(displayForms.get(advance()));
  }

  @Benchmark
  public Object akhbarBothWithOffsets() {
    return normalizer.normalize(bodies.get(advance()));
  }

  @Benchmark
  public int luceneArabicNormalizer() {
    char[] buffer = bodies.get(advance()).toCharArray();
    return lucene.normalize(buffer, buffer.length);
  }

  /**
   * Lucene's normalizer with a {@code String} of its result, as ours returns: the Java string made
   * from a buffer of Arabic costs about as much again as the normalization in place.
   */
  @Benchmark
  public String luceneArabicNormalizerToString() {
    char[] buffer = bodies.get(advance()).toCharArray();
    return new String(buffer, 0, lucene.normalize(buffer, buffer.length));
  }

  @Benchmark
  public String jdkNfkc() {
    return java.text.Normalizer.normalize(bodies.get(advance()), Form.NFKC);
  }
}
