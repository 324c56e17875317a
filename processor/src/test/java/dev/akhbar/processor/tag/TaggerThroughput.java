package dev.akhbar.processor.tag;

import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.text.Normalized;
import dev.akhbar.text.Normalizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small harness (not a test, not JMH) for the figures the tagger promises: how long the lists
 * take to load, how much heap they hold, and how many articles one core tags. Articles are made
 * from the evaluation paragraphs, about 5 KB of UTF-8 body each, with a title. Times are this
 * thread's CPU time, so that other load on a shared machine does not count; the normalizer's own
 * time on the same articles is printed beside them as a yardstick. JMH benchmarks in {@code bench/}
 * supersede these figures when they exist.
 *
 * <pre>mvn -q -o -pl processor -am test-compile
 * java -cp processor/target/test-classes:processor/target/classes:common/target/classes:\
 * text/target/classes:$DEPENDENCY_CLASSPATH dev.akhbar.processor.tag.TaggerThroughput [seconds]
 * </pre>
 */
public final class TaggerThroughput {

  /** Target size of an article body, in UTF-8 bytes. */
  static final int ARTICLE_BYTES = 5_000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private TaggerThroughput() {}

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    long before = usedHeap();
    long wall = System.nanoTime();
    long cpu = cpu();
    Tagger tagger = Tagger.load();
    long loadCpu = cpu() - cpu;
    long loadWall = System.nanoTime() - wall;
    long after = usedHeap();
    System.out.printf(
        Locale.ROOT,
        "load: %.0f ms wall, %.0f ms cpu of the loading thread; heap held: %.1f MB%n%s%n",
        loadWall / 1e6,
        loadCpu / 1e6,
        (after - before) / 1e6,
        tagger.describe());

    List<NormalizedText> articles = articles();
    List<String> bodies = new ArrayList<>();
    for (NormalizedText a : articles) {
      bodies.add(a.bodyDisplay());
    }
    Normalizer normalizer = Normalizer.defaults();
    Runnable tagOne =
        new Runnable() {
          int i;

          @Override
          public void run() {
            tagger.tag(articles.get(i++ % articles.size()), null, null, null);
          }
        };
    Runnable normalizeOne =
        new Runnable() {
          int i;

          @Override
          public void run() {
            normalizer.normalize(bodies.get(i++ % bodies.size()));
          }
        };
    Runnable both =
        new Runnable() {
          int i;

          @Override
          public void run() {
            Normalized n = normalizer.normalize(bodies.get(i++ % bodies.size()));
            tagger.tag(new NormalizedText("", "", n.display(), n.match()), null, null, null);
          }
        };
    measure(tagOne, 3);
    measure(normalizeOne, 2);
    double tag = measure(tagOne, seconds);
    double normalize = measure(normalizeOne, seconds / 2 + 1);
    double together = measure(both, seconds / 2 + 1);
    System.out.printf(
        Locale.ROOT,
        "tag: %.1f µs cpu per ~%d-byte article (%.0f articles per cpu-second)%n"
            + "normalize alone: %.1f µs; normalize + tag: %.1f µs%n%s%n",
        tag,
        ARTICLE_BYTES,
        1e6 / tag,
        normalize,
        together,
        tagger.describe());
  }

  /** Microseconds of this thread's CPU time per run, over about {@code seconds} of CPU time. */
  private static double measure(Runnable work, int seconds) {
    long budget = seconds * 1_000_000_000L;
    long start = cpu();
    long runs = 0;
    long now;
    do {
      for (int i = 0; i < 50; i++) {
        work.run();
      }
      runs += 50;
      now = cpu();
    } while (now - start < budget);
    return (now - start) / 1e3 / runs;
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
    return THREADS.getCurrentThreadCpuTime();
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
