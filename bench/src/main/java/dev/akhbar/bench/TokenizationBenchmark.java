package dev.akhbar.bench;

import dev.akhbar.bench.fixture.BenchArticles;
import dev.akhbar.text.Normalizer;
import dev.akhbar.text.Token;
import dev.akhbar.text.Tokenizer;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
 * Tokenization of a typical article body in its match form: the text module's tokenizer with a
 * visitor (no objects, as dedup's shingles use it) and as a list of tokens, beside Lucene's {@code
 * StandardTokenizer} (UAX#29 word breaks), the reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenizationBenchmark {

  static final int ARTICLES = 64;

  private final Tokenizer tokenizer = Tokenizer.defaults();
  private final StandardTokenizer lucene = new StandardTokenizer();
  private final CharTermAttribute term = lucene.addAttribute(CharTermAttribute.class);
  private List<String> matchForms;
  private int next;
  private int visited;

  @Setup
  public void setUp() {
    Normalizer normalizer = Normalizer.defaults();
    matchForms =
        BenchArticles.originals(ARTICLES).stream()
            .map(a -> normalizer.match(normalizer.display(a.body())))
            .toList();
  }

  private String nextText() {
    String text = matchForms.get(next);
    next = (next + 1) % ARTICLES;
    return text;
  }

  @Benchmark
  public int akhbarVisitor() {
    visited = 0;
    tokenizer.tokenize(nextText(), (start, end, kind) -> visited += end - start);
    return visited;
  }

  @Benchmark
  public List<Token> akhbarTokenList() {
    return tokenizer.tokenize(nextText());
  }

  @Benchmark
  public int luceneStandardTokenizer() {
    int chars = 0;
    try {
      lucene.setReader(new StringReader(nextText()));
      lucene.reset();
      while (lucene.incrementToken()) {
        chars += term.length();
      }
      lucene.end();
      lucene.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return chars;
  }
}
