package dev.akhbar.sink;

import dev.akhbar.broker.FolderRemoval;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Search latency over a store of many articles: not a test (no timing assertion anywhere), a
 * program to run by hand. Loads {@code ARTICLES} generated originals with the bare loader, then
 * times each query of a fixed mix (single names, two words, common words, spelling variants,
 * filters) over several rounds and prints the median, p99 and maximum per query and over all.
 *
 * <pre>
 * java -cp ... dev.akhbar.sink.SearchLatency [ARTICLES] [sqlite|postgresql] [ROUNDS] [STORE]
 * </pre>
 *
 * <p>With {@code STORE} (a store location, for example {@code sqlite:/tmp/search.db}) the store is
 * kept after the run, and a store that already holds {@code ARTICLES} articles is not loaded again:
 * the same articles can be searched by two builds, the second one migrating the first one's schema
 * when it opens the store.
 */
public final class SearchLatency {

  private static final int LOAD_BATCH = 1_000;

  private SearchLatency() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String kind = args.length > 1 ? args[1] : "sqlite";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Optional<StoreLocation> kept =
        args.length > 3 ? Optional.of(StoreLocation.parse(args[3])) : Optional.empty();
    List<SearchQuery> queries =
        List.of(
            SearchQuery.of("بنغازي"),
            SearchQuery.of("ابراهيم"),
            SearchQuery.of("إبراهيم الحسن"),
            SearchQuery.of("الاقتصاد"),
            SearchQuery.of("البنك المركزي"),
            SearchQuery.of("الأمطار طرابلس"),
            SearchQuery.of("مدينة").withLimit(100),
            SearchQuery.of("طرابلس").withEntity("احمد السالم"),
            SearchQuery.of("القاهرة").withSource("wire-3"));
    Path folder = Files.createTempDirectory("akhbar-search-latency-");
    try (PostgresTestServer postgres =
        kind.equals("postgresql") && kept.isEmpty() ? PostgresTestServer.connectOrSkip() : null) {
      StoreLocation location;
      if (kept.isPresent()) {
        location = kept.get();
      } else if (postgres != null) {
        location = postgres.createSchema();
      } else {
        location = StoreLocation.parse("sqlite:" + folder.resolve("search.db"));
      }
      long openStart = System.nanoTime();
      try (Store store = Store.open(location, Map.of())) {
        System.out.printf(
            Locale.ROOT,
            "%s: opened in %.1f s, %s%n",
            kind,
            (System.nanoTime() - openStart) / 1e9,
            store.migration().describe());
        if (store.summary().articles() < count) {
          ArticleGenerator generator = new ArticleGenerator(7);
          long loadStart = System.nanoTime();
          for (int from = 0; from < count; from += LOAD_BATCH) {
            List<Article> batch = generator.originals(from, Math.min(LOAD_BATCH, count - from));
            BareLoader.load(store, batch, LOAD_BATCH);
          }
          System.out.printf(
              Locale.ROOT,
              "%s: %d articles loaded in %.0f s%n",
              kind,
              count,
              (System.nanoTime() - loadStart) / 1e9);
        }
        for (SearchQuery query : queries) { // warm-up: plans, caches, JIT
          store.search(query);
        }
        List<Long> all = new ArrayList<>();
        for (SearchQuery query : queries) {
          List<Long> micros = new ArrayList<>();
          int hits = 0;
          for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            hits = store.search(query).size();
            micros.add((System.nanoTime() - t0) / 1_000);
          }
          all.addAll(micros);
          System.out.printf(
              Locale.ROOT,
              "%-40s hits %4d  median %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
              query,
              hits,
              percentile(micros, 0.5),
              percentile(micros, 0.99),
              percentile(micros, 1.0));
        }
        System.out.printf(
            Locale.ROOT,
            "all %d queries: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
            all.size(),
            percentile(all, 0.5),
            percentile(all, 0.99),
            percentile(all, 1.0));
      }
    } finally {
      FolderRemoval.deleteRecursively(folder);
    }
  }

  private static double percentile(List<Long> micros, double share) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    int at = (int) Math.ceil(share * sorted.size()) - 1;
    return sorted.get(Math.max(0, at)) / 1000.0;
  }
}
