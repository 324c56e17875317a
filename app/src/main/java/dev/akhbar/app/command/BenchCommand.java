package dev.akhbar.app.command;

import dev.akhbar.app.UsageException;
import dev.akhbar.app.bench.E2eBenchmark;
import dev.akhbar.app.bench.E2eFigures;
import dev.akhbar.app.bench.GrowthBenchmark;
import dev.akhbar.app.bench.ProcessorProcess;
import dev.akhbar.broker.FolderRemoval;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.processor.ProcessorConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code akhbar bench e2e|growth}: the end-to-end benchmark and the cost-growth run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures the pipeline against the limits it sits on (see BENCHMARKS.md).",
    subcommands = {BenchCommand.E2e.class, BenchCommand.Growth.class})
public final class BenchCommand {

  private static final Logger LOG = LoggerFactory.getLogger(BenchCommand.class);

  /** Options both runs share. */
  static class Common {
    @Option(
        names = "--partitions",
        defaultValue = "4",
        description = "Partitions of every topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(
        names = "--bootstrap",
        paramLabel = "HOST:PORT",
        description = "A running Kafka cluster; default: an embedded broker in this JVM.")
    String bootstrap;

    @Option(
        names = "--processor-heap",
        defaultValue = "512m",
        description = "The processor JVM's -Xmx (default: ${DEFAULT-VALUE}).")
    String processorHeap;

    @Option(
        names = "--processor-threads",
        description =
            "Stream threads of the processor (default: the processor's own default, "
                + ProcessorConfig.DEFAULT_THREADS
                + ").")
    int processorThreads = ProcessorConfig.DEFAULT_THREADS;

    @Option(
        names = "--processor-jvm-option",
        paramLabel = "OPTION",
        description =
            "One more option for the processor's JVM, repeatable; for a profile:"
                + " -XX:StartFlightRecording=filename=processor.jfr,settings=profile")
    List<String> processorJvmOptions = new java.util.ArrayList<>();

    @Option(
        names = "--processor-setting",
        paramLabel = "KEY=VALUE",
        description =
            "A Kafka Streams or Kafka client setting for the benchmark's processors (alone and,"
                + " in bench e2e, in the pipeline), repeatable; for example commit.interval.ms=500"
                + " (default: the processor's own settings).")
    Map<String, String> processorSettings = new java.util.LinkedHashMap<>();

    @Option(
        names = "--seed",
        defaultValue = "1",
        description = "The generator's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--timeout",
        defaultValue = "PT30M",
        description = "Longest wait for one stage (default: 30 minutes).")
    Duration timeout;

    /** The processor JVM's options, with the processor settings as system properties. */
    List<String> processorJvmOptions() {
      List<String> options = new java.util.ArrayList<>(processorJvmOptions);
      processorSettings.forEach(
          (key, value) -> options.add("-D" + ProcessorProcess.SETTING_PREFIX + key + "=" + value));
      return options;
    }

    void validate() {
      if (partitions < 1) {
        throw new UsageException("--partitions must be at least 1, got " + partitions);
      }
      if (processorThreads < 1) {
        throw new UsageException("--processor-threads must be at least 1, got " + processorThreads);
      }
      if (!processorHeap.matches("[0-9]+[kmgKMG]?")) {
        throw new UsageException("--processor-heap must be like 512m or 1g, got " + processorHeap);
      }
    }
  }

  /** {@code akhbar bench e2e}. */
  @Command(
      name = "e2e",
      mixinStandardHelpOptions = true,
      description = {
        "Measures in one run: the broker's raw limit (plain produce and consume of the same"
            + " records), the processor alone (exactly-once, in its own JVM), the sink against a"
            + " bare batched JDBC loader into the same kind of store, the whole pipeline from raw"
            + " records to rows, the p50/p99 latency from fetch to committed row at a fixed rate,"
            + " and the processor's peak heap and RSS. Prints a table, then one JSON line"
            + " (docs/schema/bench-e2e.json). Exit 0, or 1 when the counts do not add up."
      })
  static final class E2e extends Common implements Callable<Integer> {

    @Option(
        names = "--articles",
        defaultValue = "10000",
        description = "Raw articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
        names = "--input",
        paramLabel = "FILE",
        description = "JSON Lines of raw articles instead of generated ones (at most --articles).")
    Path input;

    @Option(
        names = "--store",
        paramLabel = "URL",
        description =
            "sqlite:PATH or postgresql://HOST:PORT/DB?user=NAME: the kind of store. SQLite files"
                + " go beside PATH (PATH-sink.db …); PostgreSQL databases DB_bench_* are made on"
                + " that server and dropped after. Default: SQLite files in a temporary folder.")
    String store;

    @Option(
        names = "--rate",
        defaultValue = "200",
        description = "Articles per second of the latency run (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(
        names = "--latency-articles",
        defaultValue = "3000",
        description = "Articles of the latency run (default: ${DEFAULT-VALUE}).")
    int latencyArticles;

    @Option(
        names = "--warm-up",
        defaultValue = "40000",
        description =
            "Articles (of another seed, on topics of their own) the processor's JVM processes"
                + " before it is timed, half each in two processors started one after the other,"
                + " so that the figures are those of a running service, not of the JIT compiler's"
                + " first minutes (see the table's 'by its threads' and BENCHMARKS.md); 0 times a"
                + " cold JVM (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(
        names = "--originals-only",
        description =
            "Generate originals only (no copies or refetches): every record becomes one article"
                + " row, like the bare loader's input. Default: the realistic mix.")
    boolean originalsOnly;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      validate();
      if (articles < 1) {
        throw new UsageException("--articles must be at least 1, got " + articles);
      }
      if (warmUp < 0) {
        throw new UsageException("--warm-up must not be negative, got " + warmUp);
      }
      if (rate <= 0 || latencyArticles < 1) {
        throw new UsageException("--rate and --latency-articles must be positive");
      }
      if (input != null && (!Files.isReadable(input) || Files.isDirectory(input))) {
        throw new UsageException("cannot read input file " + input);
      }
      Path folder = Files.createTempDirectory("akhbar-bench-");
      try {
        StoreLocation location =
            store == null
                ? StoreLocation.parse("sqlite:" + folder.resolve("bench.db"))
                : RunCommand.parseStore(store);
        E2eFigures figures =
            new E2eBenchmark(
                    new E2eBenchmark.Settings(
                        articles,
                        partitions,
                        input,
                        bootstrap,
                        location,
                        rate,
                        latencyArticles,
                        warmUp,
                        processorHeap,
                        processorThreads,
                        new java.util.TreeMap<>(processorSettings),
                        processorJvmOptions(),
                        timeout,
                        seed,
                        originalsOnly,
                        folder))
                .run();
        PrintWriter out = spec.commandLine().getOut();
        figures.printTable(out);
        out.println(AkhbarJson.mapper().writeValueAsString(figures));
        out.flush();
        return figures.addsUp() ? 0 : 1;
      } finally {
        remove(folder);
      }
    }
  }

  /** {@code akhbar bench growth}. */
  @Command(
      name = "growth",
      mixinStandardHelpOptions = true,
      description = {
        "Cost growth: the processor's throughput, state size per article and peak RSS as its"
            + " dedup window fills, segment by segment up to each checkpoint. Prints a table, then"
            + " one JSON line: {\"checkpoints\":[{articles, rps, state_bytes,"
            + " state_bytes_per_article, peak_rss_mb}]}."
      })
  static final class Growth extends Common implements Callable<Integer> {

    @Option(
        names = "--checkpoints",
        split = ",",
        defaultValue = "10000,100000",
        description = "Article counts, increasing (default: ${DEFAULT-VALUE}).")
    List<Integer> checkpoints;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      validate();
      for (int i = 0; i < checkpoints.size(); i++) {
        if (checkpoints.get(i) < 1 || (i > 0 && checkpoints.get(i) <= checkpoints.get(i - 1))) {
          throw new UsageException("--checkpoints must be positive and increasing: " + checkpoints);
        }
      }
      Path folder = Files.createTempDirectory("akhbar-bench-growth-");
      try {
        List<GrowthBenchmark.Checkpoint> result =
            new GrowthBenchmark(
                    new GrowthBenchmark.Settings(
                        checkpoints,
                        partitions,
                        bootstrap,
                        processorHeap,
                        processorThreads,
                        processorJvmOptions(),
                        timeout,
                        seed,
                        folder))
                .run();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            Locale.ROOT,
            "%12s %12s %14s %16s %14s%n",
            "articles",
            "articles/s",
            "state MB",
            "state B/article",
            "peak RSS MiB");
        for (GrowthBenchmark.Checkpoint c : result) {
          out.printf(
              Locale.ROOT,
              "%12d %12.0f %14.1f %16.0f %14.0f%n",
              c.articles(),
              c.rps(),
              c.stateBytes() / 1e6,
              c.stateBytesPerArticle(),
              c.peakRssMb());
        }
        out.println(AkhbarJson.mapper().writeValueAsString(Map.of("checkpoints", result)));
        out.flush();
        return 0;
      } finally {
        remove(folder);
      }
    }
  }

  private static void remove(Path folder) {
    try {
      FolderRemoval.deleteRecursively(folder);
    } catch (IOException e) {
      LOG.warn("could not remove {}: {}", folder, e.getMessage());
    }
  }
}
