package dev.akhbar.bench;

import dev.akhbar.samplesite.generator.ArticleGenerator;
import dev.akhbar.samplesite.generator.GeneratedArticle;
import dev.akhbar.samplesite.generator.GeneratorMix;
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
 * One article of the sample generator's realistic mix: the benchmarks generate up to a million of
 * them, so generation must stay far below the processor's cost per article (about 1.4 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GenerationBenchmark {

  private ArticleGenerator generator;

  @Setup
  public void setUp() {
    generator = new ArticleGenerator(9, GeneratorMix.realistic());
  }

  @Benchmark
  public GeneratedArticle nextArticle() {
    return generator.next();
  }
}
