package dev.akhbar.processor.bench;

import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.processor.fingerprint.ContentHash;
import dev.akhbar.processor.fingerprint.Fingerprinter;
import dev.akhbar.processor.fingerprint.LshBands;
import dev.akhbar.processor.fingerprint.MinHasher;
import dev.akhbar.processor.fingerprint.WordShingles;
import dev.akhbar.processor.intake.ArticleForms;
import dev.akhbar.processor.intake.ArticleScreen;
import dev.akhbar.processor.intake.NonArabicPolicy;
import dev.akhbar.text.LanguageIdentifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Cost per article of the processor's text steps on one core: normalization of title and body,
 * language identification, and each part of the dedup fingerprint. A warmed-up loop, reporting the
 * median of several rounds of this thread's CPU time (so that other load on a shared machine does
 * not count); not a timed test.
 *
 * <pre>
 * java -cp … dev.akhbar.processor.bench.TextStepsBenchmark [articles] [rounds]
 * </pre>
 */
public final class TextStepsBenchmark {

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private TextStepsBenchmark() {}

  /** Articles of about 5 KB of UTF-8 body: several generated stories of one topic joined. */
  static List<RawArticle> articles(int count, long seed) {
    SyntheticNews news = new SyntheticNews(seed);
    List<RawArticle> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int topic = i % SyntheticNews.TOPICS.length;
      StringBuilder body = new StringBuilder();
      while (body.toString().getBytes(StandardCharsets.UTF_8).length < 5_000) {
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(news.story(topic).body());
      }
      out.add(
          new RawArticle(
              1,
              Integer.toHexString(i),
              "bench",
              "https://bench.example/" + i,
              "https://bench.example/" + i,
              null,
              null,
              null,
              news.headline(topic),
              body.toString(),
              List.of(),
              null,
              null,
              null,
              null,
              null,
              false,
              null));
    }
    return out;
  }

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    List<RawArticle> raws = articles(count, 3);
    double bytes =
        raws.stream()
            .mapToInt(r -> r.body().getBytes(StandardCharsets.UTF_8).length)
            .average()
            .orElse(0);
    ArticleForms forms = ArticleForms.withDefaults();
    ArticleScreen screen =
        new ArticleScreen(
            ArticleScreen.DEFAULT_MIN_BODY_LETTERS,
            NonArabicPolicy.PASS,
            LanguageIdentifier.withSampleChars(ArticleScreen.LANGUAGE_SAMPLE_CHARS + 500));
    Fingerprinter fingerprinter = Fingerprinter.withDefaults();
    WordShingles shingles = new WordShingles(WordShingles.DEFAULT_WORDS);
    MinHasher minHasher = new MinHasher(MinHasher.DEFAULT_FUNCTIONS);
    LshBands bands = new LshBands(LshBands.DEFAULT_BANDS, LshBands.DEFAULT_ROWS);
    List<NormalizedText> normalized = raws.stream().map(forms::of).toList();
    List<long[]> shingled = normalized.stream().map(n -> shingles.hashes(n.bodyMatch())).toList();
    List<int[]> signatures = shingled.stream().map(minHasher::signature).toList();

    System.out.printf(
        Locale.ROOT, "%d articles, mean body %.0f bytes UTF-8, %d rounds%n", count, bytes, rounds);
    report(
        "normalize title + body (display, match)",
        rounds,
        raws,
        r -> forms.of(r).bodyMatch().length());
    report(
        "identify language (title + first 2,000 chars)",
        rounds,
        normalized,
        n -> screen.language(n).language().length());
    report(
        "content hash (SHA-256 of match form)",
        rounds,
        normalized,
        n -> ContentHash.of(n.bodyMatch()).length());
    report(
        "word shingles (tokenizer + hashes)",
        rounds,
        normalized,
        n -> shingles.hashes(n.bodyMatch()).length);
    report(
        "MinHash signature (one permutation)",
        rounds,
        shingled,
        s -> minHasher.signature(s).length);
    report("LSH band keys", rounds, signatures, s -> bands.keys(s).length);
    report(
        "all fingerprints",
        rounds,
        normalized,
        n -> fingerprinter.of(n.bodyMatch()).bandKeys().length);
    report(
        "intake total (normalize + language + fingerprints)",
        rounds,
        raws,
        r -> {
          NormalizedText n = forms.of(r);
          return screen.language(n).language().length()
              + fingerprinter.of(n.bodyMatch()).bandKeys().length;
        });
  }

  private static <T> void report(String step, int rounds, List<T> inputs, ToLongFunction<T> work) {
    long sink = 0;
    double[] perArticle = new double[rounds];
    for (int warm = 0; warm < 5; warm++) {
      for (T t : inputs) {
        sink += work.applyAsLong(t);
      }
    }
    for (int r = 0; r < rounds; r++) {
      long start = CPU.getCurrentThreadCpuTime();
      for (T t : inputs) {
        sink += work.applyAsLong(t);
      }
      perArticle[r] = (CPU.getCurrentThreadCpuTime() - start) / 1000.0 / inputs.size();
    }
    Arrays.sort(perArticle);
    System.out.printf(
        Locale.ROOT,
        "%-52s %8.1f µs/article (min %.1f, max %.1f)%s%n",
        step,
        perArticle[rounds / 2],
        perArticle[0],
        perArticle[rounds - 1],
        sink == 42 ? " " : "");
  }
}
