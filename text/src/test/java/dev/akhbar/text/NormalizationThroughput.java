package dev.akhbar.text;

import java.util.List;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * A quick, JMH-free measurement of normalization throughput on {@link SampleArticles}, with
 * Lucene's ArabicNormalizer over the same bodies as the reference. Indicative only: JMH in {@code
 * bench/} is the real benchmark. Run after {@code mvn -o -q -pl text -am test-compile}:
 *
 * <pre>
 * java -cp text/target/classes:text/target/test-classes:$LUCENE_JARS \
 *     dev.akhbar.text.NormalizationThroughput
 * </pre>
 */
public final class NormalizationThroughput {

  private static final int BODIES = 200;
  private static final int WARMUP_ROUNDS = 30;
  private static final int MEASURED_ROUNDS = 30;

  private NormalizationThroughput() {}

  public static void main(String[] args) {
    List<String> bodies = SampleArticles.bodies(BODIES, 42);
    long chars = bodies.stream().mapToLong(String::length).sum();
    Normalizer normalizer = Normalizer.defaults();
    List<String> displays = bodies.stream().map(normalizer::display).toList();
    List<String> matches = displays.stream().map(normalizer::match).toList();
    ArabicNormalizer lucene = new ArabicNormalizer();
    Tokenizer tokenizer = Tokenizer.defaults();
    System.out.printf(
        "%d bodies, %.1f KB average, %.1f MB UTF-8 in all%n",
        BODIES,
        chars / (double) BODIES / 1000,
        bodies.stream()
                .mapToLong(b -> b.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .sum()
            / 1e6);
    measure("display form", chars, () -> bodies.forEach(normalizer::display));
    measure("match form (of display)", chars, () -> displays.forEach(normalizer::match));
    measure("normalize with offset maps", chars, () -> bodies.forEach(normalizer::normalize));
    measure(
        "Lucene ArabicNormalizer",
        chars,
        () -> {
          for (String body : bodies) {
            char[] buffer = body.toCharArray();
            lucene.normalize(buffer, buffer.length);
          }
        });
    measure(
        "tokenize match form (visitor)",
        chars,
        () -> matches.forEach(m -> tokenizer.tokenize(m, (start, end, kind) -> {})));
    LanguageIdentifier identifier = LanguageIdentifier.defaults();
    measure("language identification", chars, () -> displays.forEach(identifier::identify));
  }

  private static void measure(String name, long chars, Runnable round) {
    for (int k = 0; k < WARMUP_ROUNDS; k++) {
      round.run();
    }
    long start = System.nanoTime();
    for (int k = 0; k < MEASURED_ROUNDS; k++) {
      round.run();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double charsPerSecond = chars * MEASURED_ROUNDS / seconds;
    double microsPerBody = seconds * 1e6 / (MEASURED_ROUNDS * (double) BODIES);
    System.out.printf(
        "%-32s %8.1f M chars/s  %7.1f µs per 5 KB body%n",
        name, charsPerSecond / 1e6, microsPerBody);
  }
}
