package dev.akhbar.sink;

import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.broker.FolderRemoval;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.store.StoreLocation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indicative throughput of the sink against the bare loader on the same store kind, in one run: not
 * a test (no timing assertion anywhere), a program to run by hand until the bench module has its
 * own end-to-end benchmark.
 *
 * <pre>
 * java -cp ... dev.akhbar.sink.SinkThroughput [ARTICLES] [sqlite|postgresql] [BATCH]
 * </pre>
 */
public final class SinkThroughput {

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private SinkThroughput() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    String kind = args.length > 1 ? args[1] : "sqlite";
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : SinkConfig.DEFAULT_BATCH_SIZE;
    Path folder = Files.createTempDirectory("akhbar-sink-throughput-");
    List<Article> articles = new ArticleGenerator(42).originals(0, count);
    long bytes =
        articles.stream()
            .mapToLong(a -> a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
            .sum();
    System.out.printf(
        Locale.ROOT,
        "%d articles, mean body %.0f bytes, store %s, batch %d%n",
        count,
        (double) bytes / count,
        kind,
        batch);

    try (EmbeddedKafkaBroker broker =
            EmbeddedKafkaBroker.builder(folder.resolve("broker")).build().start();
        PostgresTestServer postgres =
            kind.equals("postgresql") ? PostgresTestServer.connectOrSkip() : null) {
      StoreLocation bareLocation = location(kind, folder, "bare", postgres);
      StoreLocation sinkLocation = location(kind, folder, "sink", postgres);

      // Warm-up: the first load pays for class loading and JIT compilation.
      try (Store store = Store.open(location(kind, folder, "warm-up", postgres), Map.of())) {
        BareLoader.load(store, new ArticleGenerator(1).originals(1_000_000, 1_000), batch);
      }

      double bare;
      double bareCpu;
      double bareProcessCpu;
      try (Store store = Store.open(bareLocation, Map.of())) {
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long process0 = OS.getProcessCpuTime();
        BareLoader.Result result = BareLoader.load(store, articles, batch);
        bareCpu = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
        bareProcessCpu = (OS.getProcessCpuTime() - process0) / 1e9;
        bare = result.rowsPerSecond();
        System.out.printf(
            Locale.ROOT,
            "bare loader: %d rows in %.1f s = %.0f rows/s%n",
            result.rows(),
            result.elapsed().toMillis() / 1000.0,
            bare);
      }

      // The sink's own SQL (guards, tag replacement) without Kafka and JSON, in batches as the
      // sink.
      try (Store store = Store.open(location(kind, folder, "writer", postgres), Map.of())) {
        long t0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        for (int from = 0; from < count; from += batch) {
          List<dev.akhbar.sink.internal.StoreWrite> writes = new ArrayList<>();
          for (Article a : articles.subList(from, Math.min(count, from + batch))) {
            writes.add(new dev.akhbar.sink.internal.StoreWrite.ArticleWrite(a));
          }
          store.write(writes);
        }
        double rate = count * 1e9 / (System.nanoTime() - t0);
        double writerCpu = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "CPU time of the writing thread: bare %.1f s, sink writer %.1f s (bare/writer %.2f)%n",
            bareCpu,
            writerCpu,
            bareCpu / writerCpu);
        System.out.printf(
            Locale.ROOT,
            "sink writer without Kafka: %.0f rows/s = %.2f of bare%n",
            rate,
            rate / bare);
      }

      try (TopicFeed feed = TopicFeed.create(broker, 3);
          Store store = Store.open(sinkLocation, Map.of())) {
        articles.forEach(feed::article);
        feed.flush();
        SinkConfig config =
            SinkConfig.defaults(feed.bootstrapServers())
                .withTopics(feed.topics())
                .withBatchSize(batch);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SinkService service = new SinkService(config, store, registry);
        long start = System.nanoTime();
        long process0 = OS.getProcessCpuTime();
        RunningSink sink = RunningSink.start(service);
        long assigned = 0;
        long end;
        try {
          while (service.status().committedRecords() < count) {
            if (assigned == 0 && service.status().assignedPartitions() > 0) {
              assigned = System.nanoTime();
            }
            Thread.sleep(5);
          }
          end = System.nanoTime();
          double sinkProcessCpu = (OS.getProcessCpuTime() - process0) / 1e9;
          System.out.printf(
              Locale.ROOT,
              "process CPU per row: bare loader %.2f ms, sink with the embedded broker %.2f ms%n",
              bareProcessCpu * 1000 / count,
              sinkProcessCpu * 1000 / count);
        } finally {
          sink.close();
        }
        double total = count * 1e9 / (end - start);
        double afterJoin = count * 1e9 / (end - assigned);
        System.out.printf(
            Locale.ROOT,
            "sink: %.1f s from start = %.0f rows/s; %.1f s after joining the group = %.0f rows/s%n",
            (end - start) / 1e9,
            total,
            (end - assigned) / 1e9,
            afterJoin);
        System.out.printf(
            Locale.ROOT,
            "sink / bare: %.2f from start, %.2f after joining%n",
            total / bare,
            afterJoin / bare);
        var latency = registry.get("akhbar.sink.batch.latency").timer();
        System.out.printf(
            Locale.ROOT,
            "sink batches: %d of %.0f records on average, %.1f s writing and committing%n",
            latency.count(),
            registry.get("akhbar.sink.batch.size").summary().mean(),
            latency.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS) / 1000.0);

        List<Long> micros = new ArrayList<>();
        String[] queries = {
          "بنغازي", "أحمد السالم", "الاقتصاد", "الأمطار طرابلس", "البنك المركزي", "إبراهيم"
        };
        for (int round = 0; round < 5; round++) {
          for (String q : queries) {
            long t0 = System.nanoTime();
            store.search(SearchQuery.of(q).withLimit(20));
            micros.add((System.nanoTime() - t0) / 1_000);
          }
        }
        Collections.sort(micros);
        System.out.printf(
            Locale.ROOT,
            "search (limit 20, %d queries over %d articles): median %.1f ms, max %.1f ms%n",
            micros.size(),
            count,
            micros.get(micros.size() / 2) / 1000.0,
            micros.get(micros.size() - 1) / 1000.0);
      }
    } finally {
      FolderRemoval.deleteRecursively(folder);
    }
  }

  private static StoreLocation location(
      String kind, Path folder, String name, PostgresTestServer postgres) throws Exception {
    if (postgres != null) {
      return postgres.createSchema();
    }
    return StoreLocation.parse("sqlite:" + folder.resolve(name + ".db"));
  }
}
