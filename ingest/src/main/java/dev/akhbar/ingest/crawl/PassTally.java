package dev.akhbar.ingest.crawl;

import dev.akhbar.ingest.PassSummary;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** The counters of one pass, added to from many threads, read once as a {@link PassSummary}. */
public final class PassTally {

  private final AtomicInteger sources = new AtomicInteger();
  private final LongAdder feeds = new LongAdder();
  private final LongAdder sitemaps = new LongAdder();
  private final Map<String, LongAdder> pagesByStatus = new ConcurrentHashMap<>();
  private final LongAdder created = new LongAdder();
  private final LongAdder changed = new LongAdder();
  private final LongAdder removed = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final LongAdder skipped = new LongAdder();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
  private final long startedNanos = System.nanoTime();

  void source() {
    sources.incrementAndGet();
  }

  void feed() {
    feeds.increment();
  }

  void sitemap() {
    sitemaps.increment();
  }

  void page(int status) {
    pagesByStatus.computeIfAbsent(String.valueOf(status), k -> new LongAdder()).increment();
  }

  void created() {
    created.increment();
  }

  void changed() {
    changed.increment();
  }

  void removed() {
    removed.increment();
  }

  void unchanged() {
    unchanged.increment();
  }

  void skipped() {
    skipped.increment();
  }

  public void failure(String kind) {
    failures.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  public PassSummary summary() {
    return new PassSummary(
        sources.get(),
        feeds.sum(),
        sitemaps.sum(),
        sums(pagesByStatus),
        created.sum(),
        changed.sum(),
        removed.sum(),
        unchanged.sum(),
        skipped.sum(),
        sums(failures),
        (System.nanoTime() - startedNanos) / 1_000_000);
  }

  private static Map<String, Long> sums(Map<String, LongAdder> adders) {
    Map<String, Long> out = new TreeMap<>();
    adders.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
