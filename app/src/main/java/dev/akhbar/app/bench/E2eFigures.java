package dev.akhbar.app.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code akhbar bench e2e} measured, printed as a table and as the final JSON line
 * (docs/schema/bench-e2e.json: the first ten figures are the contract, the others are extra).
 *
 * @param rawProduceRps the broker's limit: the raw records produced by a plain producer
 * @param rawConsumeRps the same records consumed back by a plain consumer
 * @param processorRps the processor alone, raw topic to outputs with exactly-once, in its own JVM
 * @param processorRatio processor over raw produce rate
 * @param sinkRps the sink alone: records of its four input topics written and committed per second
 * @param storeBareRps the bare batched JDBC loader's articles per second into the same kind of
 *     store
 * @param sinkRatio sink over bare loader
 * @param pipelineRps processor and sink together, raw records to committed rows
 * @param pipelineRatio pipeline over raw produce rate
 * @param p50Ms median of fetch time to committed row at {@code latencyRate}
 * @param p99Ms 99th percentile of the same
 * @param processedP50Ms median of fetch time to the commit of the processor's transaction for the
 *     article (its outcome seen by a {@code read_committed} reader) in the same latency run: the
 *     processor's part of {@code p50Ms}; the rest is the sink's
 * @param processedP99Ms 99th percentile of the same
 * @param processedSamples articles of the latency run whose outcome was seen
 * @param processorRssMb peak resident set of the processor's JVM (VmHWM), MiB
 * @param processorPeakHeapMb the sum of its heap pools' peaks, MiB
 * @param driverRssMb peak resident set of this JVM: the embedded broker, the sink, the pipeline
 *     run's processor and the benchmark itself, MiB
 * @param processorThreads stream threads of each processor instance
 * @param processorSettings the Kafka Streams and client settings given to the processors ({@code
 *     --processor-setting}); empty when they ran with their own
 * @param processorCpuMsPerArticle CPU time of the processor's JVM (all threads: stream thread,
 *     clients, GC, RocksDB) per article while it processed, ms; a figure the machine's load changes
 *     far less than the rates
 * @param processorCpuByThreads the same split by what its threads do (from {@code /proc}, empty
 *     elsewhere): processing (the stream threads), the JIT compiler, the garbage collector,
 *     RocksDB's flushes and compactions, the Kafka clients' network threads; threads that ended
 *     during the run are missed, so the parts may add up to a little less
 * @param brokerCpuMsPerArticle CPU time of this JVM per article while the processor alone ran: the
 *     embedded broker serving it (reads, writes, transactions) and the outcome watcher; with {@code
 *     --bootstrap}, the watcher only
 */
public record E2eFigures(
    double rawProduceRps,
    double rawConsumeRps,
    double processorRps,
    double processorRatio,
    double sinkRps,
    double storeBareRps,
    double sinkRatio,
    double p50Ms,
    double p99Ms,
    double processorRssMb,
    double pipelineRps,
    double pipelineRatio,
    double processorPeakHeapMb,
    double driverRssMb,
    double processorCpuMsPerArticle,
    Map<String, Double> processorCpuByThreads,
    double brokerCpuMsPerArticle,
    double latencyRate,
    int latencySamples,
    int latencyMissing,
    double processedP50Ms,
    double processedP99Ms,
    int processedSamples,
    String store,
    int partitions,
    int processorThreads,
    Map<String, String> processorSettings,
    double inputMegabytes,
    long input,
    long stored,
    long updated,
    long unchanged,
    long duplicates,
    long rejected,
    long deadLetters,
    long sinkRecords,
    long bareRows) {

  /** Whether the processor accounted for every input record exactly once. */
  public boolean addsUp() {
    return stored + updated + unchanged + duplicates + rejected + deadLetters == input;
  }

  /** The readable table. */
  public void printTable(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "akhbar bench e2e: %d articles (%.1f MB of raw JSON), %d partitions, %d processor"
            + " thread(s), store %s%n%n",
        input,
        inputMegabytes,
        partitions,
        processorThreads,
        store);
    if (!processorSettings.isEmpty()) {
      out.printf(Locale.ROOT, "processor settings: %s%n%n", processorSettings);
    }
    out.printf(Locale.ROOT, "%-44s %12s %10s%n", "stage", "articles/s", "ratio");
    row(out, "raw limit: plain produce", rawProduceRps, "");
    row(out, "raw limit: plain consume", rawConsumeRps, "");
    row(out, "processor alone (exactly-once)", processorRps, ratio(processorRatio, "produce"));
    row(out, "store limit: bare JDBC loader", storeBareRps, "");
    row(out, "sink alone", sinkRps, ratio(sinkRatio, "bare"));
    row(out, "whole pipeline, raw to rows", pipelineRps, ratio(pipelineRatio, "produce"));
    out.println();
    out.printf(
        Locale.ROOT,
        "latency, fetch to committed row, at %.0f articles/s: p50 %.0f ms, p99 %.0f ms"
            + " (%d samples, %d missing)%n",
        latencyRate,
        p50Ms,
        p99Ms,
        latencySamples,
        latencyMissing);
    out.printf(
        Locale.ROOT,
        "  of which fetch to the processor's commit: p50 %.0f ms, p99 %.0f ms (%d samples);"
            + " the rest is the sink's%n",
        processedP50Ms,
        processedP99Ms,
        processedSamples);
    out.printf(
        Locale.ROOT,
        "processor JVM: %.2f ms of CPU per article (all its threads),"
            + " that is %.0f articles/s per fully available core%n",
        processorCpuMsPerArticle,
        processorCpuMsPerArticle == 0 ? 0 : 1000 / processorCpuMsPerArticle);
    if (!processorCpuByThreads.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  by its threads, ms per article: %s%n",
          ThreadCpu.describe(processorCpuByThreads));
    }
    out.printf(
        Locale.ROOT,
        "broker + driver JVM while the processor alone ran: %.2f ms of CPU per article%n",
        brokerCpuMsPerArticle);
    out.printf(
        Locale.ROOT,
        "processor JVM: peak RSS %.0f MiB, peak heap %.0f MiB;"
            + " broker + sink + driver JVM: peak RSS %.0f MiB%n",
        processorRssMb,
        processorPeakHeapMb,
        driverRssMb);
    out.printf(
        Locale.ROOT,
        "outcomes: %d stored, %d updated, %d unchanged, %d duplicates, %d rejected,"
            + " %d dead letters = %d input%s%n",
        stored,
        updated,
        unchanged,
        duplicates,
        rejected,
        deadLetters,
        input,
        addsUp() ? "" : " (DO NOT ADD UP)");
    out.println();
  }

  private static void row(PrintWriter out, String stage, double rps, String ratio) {
    out.printf(Locale.ROOT, "%-44s %12.0f %10s%n", stage, rps, ratio);
  }

  private static String ratio(double value, String of) {
    return String.format(Locale.ROOT, "%.2f %s", value, of);
  }
}
