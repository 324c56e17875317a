package dev.akhbar.processor.tag;

import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.text.Normalized;
import dev.akhbar.text.Normalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small harness (not a test, not JMH) for the figures the tagger promises: how long the lists
 * take to load, how much heap they hold, and how many articles a second one core tags. Articles are
 * made from the evaluation paragraphs, about 5 KB of UTF-8 body each, with a title. JMH benchmarks
 * in {@code bench/} supersede these figures when they exist.
 *
 * <pre>mvn -q -o -pl processor -am test-compile &&
 * java -cp processor/target/test-classes:processor/target/classes:common/target/classes:\
 * text/target/classes:$(cat cp.txt) dev.akhbar.processor.tag.TaggerThroughput</pre>
 */
public final class TaggerThroughput {

  /** Target size of an article body, in UTF-8 bytes. */
  static final int ARTICLE_BYTES = 5_000;

  private TaggerThroughput() {}

  public static void main(String[] args) {
    long before = usedHeap();
    long t0 = System.nanoTime();
    long c0 = cpu();
    Tagger tagger = Tagger.load();
    long loadCpu = cpu() - c0;
    long loadNanos = System.nanoTime() - t0;
    long after = usedHeap();
    System.out.printf(
        Locale.ROOT,
        "load: %.0f ms wall, %.0f ms cpu; retained heap: %.1f MB (%s)%n",
        loadNanos / 1e6,
        loadCpu / 1e6,
        (after - before) / 1e6,
        tagger.describe());

    List<NormalizedText> articles = articles();
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    run(tagger, articles, 3, "warm-up");
    double perSecond = run(tagger, articles, seconds, "measured");
    System.out.printf(
        Locale.ROOT,
        "tagging: %.0f articles per cpu-second on one thread, %.1f µs per ~%d-byte article%n",
        perSecond,
        1e6 / perSecond,
        ARTICLE_BYTES);
    Normalizer normalizer = Normalizer.defaults();
    List<String> raw = new ArrayList<>();
    for (NormalizedText a : articles) {
      raw.add(a.bodyDisplay());
    }
    long n = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < seconds * 1_000_000_000L) {
      String body = raw.get((int) (n % raw.size()));
      Normalized normalized = normalizer.normalize(body);
      tagger.tag(
          new NormalizedText("", "", normalized.display(), normalized.match()), null, null, null);
      n++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "normalize + tag: %.1f µs per article%n", elapsed * 1e6 / n);
  }

  private static double run(
      Tagger tagger, List<NormalizedText> articles, int seconds, String label) {
    long n = 0;
    long start = System.nanoTime();
    long sink = 0;
    while (System.nanoTime() - start < seconds * 1_000_000_000L) {
      sink +=
          tagger.tag(articles.get((int) (n % articles.size())), null, null, null).entities().size();
      n++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (sink < 0) {
      System.out.println(label);
    }
    return n / elapsed;
  }

  static List<NormalizedText> articles() {
    List<EvaluationSet.Paragraph> paragraphs =
        new ArrayList<>(EvaluationSet.load(EvaluationSet.Part.DEV));
    paragraphs.addAll(EvaluationSet.load(EvaluationSet.Part.HELDOUT));
    Normalizer normalizer = Normalizer.defaults();
    List<NormalizedText> out = new ArrayList<>();
    for (int first = 0; first < paragraphs.size(); first++) {
      StringBuilder body = new StringBuilder();
      int k = first;
      while (body.toString().getBytes(StandardCharsets.UTF_8).length < ARTICLE_BYTES) {
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(paragraphs.get(k % paragraphs.size()).text());
        k += 7;
      }
      String title = paragraphs.get(first).text().split("،|\\.")[0];
      Normalized t = normalizer.normalize(title);
      Normalized b = normalizer.normalize(body.toString());
      out.add(new NormalizedText(t.display(), t.match(), b.display(), b.match()));
    }
    return out;
  }

  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
