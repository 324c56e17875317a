package dev.akhbar.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.app.Akhbar;
import dev.akhbar.common.ContractSchemas;
import dev.akhbar.common.json.AkhbarJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small run of {@code akhbar bench e2e}, so that the command cannot rot: it measures every stage,
 * prints the table and a final JSON line that conforms to the contract, and its figures are
 * positive and consistent. No figure is compared with a target here (BENCHMARKS.md does that).
 */
class BenchE2eIT {

  private static final int ARTICLES = 2_000;

  @Test
  void measuresEveryStageAndPrintsTheContractLine() throws Exception {
    StringWriter stdout = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setOut(new PrintWriter(stdout))
            .execute(
                "bench",
                "e2e",
                "--articles",
                Integer.toString(ARTICLES),
                "--partitions",
                "2",
                "--processor-threads",
                "2",
                "--warm-up",
                "300",
                "--rate",
                "200",
                "--latency-articles",
                "200",
                "--processor-setting",
                "commit.interval.ms=150");

    assertThat(exit).isZero();
    List<String> lines = stdout.toString().strip().lines().toList();
    assertThat(lines).anyMatch(l -> l.startsWith("processor alone"));
    assertThat(lines).anyMatch(l -> l.startsWith("sink alone"));
    String last = lines.get(lines.size() - 1);
    ContractSchemas.assertConforms("bench-e2e", last);
    JsonNode f = AkhbarJson.mapper().readTree(last);

    for (String positive :
        List.of(
            "raw_produce_rps",
            "raw_consume_rps",
            "processor_rps",
            "processor_ratio",
            "sink_rps",
            "store_bare_rps",
            "sink_ratio",
            "p50_ms",
            "p99_ms",
            "processor_rss_mb")) {
      assertThat(f.get(positive).asDouble()).as(positive).isPositive();
    }
    assertThat(f.get("processor_ratio").asDouble())
        .isCloseTo(
            f.get("processor_rps").asDouble() / f.get("raw_produce_rps").asDouble(),
            org.assertj.core.data.Percentage.withPercentage(0.1));
    assertThat(f.get("sink_ratio").asDouble())
        .isCloseTo(
            f.get("sink_rps").asDouble() / f.get("store_bare_rps").asDouble(),
            org.assertj.core.data.Percentage.withPercentage(0.1));
    assertThat(f.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(f.get("p50_ms").asDouble());
    assertThat(f.get("processor_cpu_ms_per_article").asDouble()).isPositive();
    assertThat(f.get("broker_cpu_ms_per_article").asDouble()).isPositive();
    // The processor JVM's CPU by its threads: the stream threads' share is there, and the parts
    // add up to no more than the whole (threads that ended during the run are missed).
    JsonNode byThreads = f.get("processor_cpu_by_threads");
    assertThat(byThreads.get("processing").asDouble()).isPositive();
    double parts = 0;
    for (JsonNode part : byThreads) {
      parts += part.asDouble();
    }
    assertThat(parts).isLessThanOrEqualTo(f.get("processor_cpu_ms_per_article").asDouble() * 1.05);
    assertThat(lines).anyMatch(l -> l.startsWith("  by its threads, ms per article: processing"));
    assertThat(f.get("processor_threads").asInt()).isEqualTo(2);
    assertThat(f.get("processor_settings").get("commit.interval.ms").asText()).isEqualTo("150");
    assertThat(lines).contains("processor settings: {commit.interval.ms=150}");
    assertThat(f.get("latency_missing").asInt()).isZero();
    assertThat(f.get("latency_samples").asInt()).isPositive();
    // The processor's part of the latency: every article of the latency run has its outcome seen,
    // and the commit of its transaction comes before its row.
    assertThat(f.get("processed_samples").asInt()).isEqualTo(f.get("latency_samples").asInt());
    assertThat(f.get("processed_p50_ms").asDouble())
        .isPositive()
        .isLessThanOrEqualTo(f.get("p50_ms").asDouble());
    assertThat(f.get("processed_p99_ms").asDouble())
        .isGreaterThanOrEqualTo(f.get("processed_p50_ms").asDouble());
    assertThat(lines)
        .anyMatch(l -> l.startsWith("  of which fetch to the processor's commit: p50"));

    assertThat(f.get("input").asLong()).isEqualTo(ARTICLES);
    assertThat(
            f.get("stored").asLong()
                + f.get("updated").asLong()
                + f.get("unchanged").asLong()
                + f.get("duplicates").asLong()
                + f.get("rejected").asLong()
                + f.get("dead_letters").asLong())
        .isEqualTo(ARTICLES);
    // The realistic mix has copies: dedup found some, and the bare loader loaded the originals.
    assertThat(f.get("duplicates").asLong()).isPositive();
    assertThat(f.get("bare_rows").asLong()).isEqualTo(f.get("stored").asLong());
  }

  @Test
  void growthRunsToItsCheckpoints() {
    StringWriter stdout = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setOut(new PrintWriter(stdout))
            .execute("bench", "growth", "--checkpoints", "300,600", "--partitions", "2");

    assertThat(exit).isZero();
    List<String> lines = stdout.toString().strip().lines().toList();
    assertThat(lines.get(lines.size() - 1)).startsWith("{\"checkpoints\":[{\"articles\":300,");
  }
}
