package dev.akhbar.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prometheus's own checker accepts the configuration and the alert rules (skipped where promtool,
 * Debian package {@code prometheus}, is not installed).
 */
class PromtoolTest {

  @TempDir Path dir;

  @Test
  void acceptsTheAlertRules() throws Exception {
    assumeTrue(promtool(), "promtool is not installed");
    Result r = run("check", "rules", RepoFiles.ROOT.resolve(MonitoringQueries.ALERTS).toString());
    assertThat(r.exit()).as(r.output()).isZero();
  }

  @Test
  void acceptsThePrometheusConfigurationWithItsRules() throws Exception {
    assumeTrue(promtool(), "promtool is not installed");
    // In the container the rules are under /etc/prometheus; here they are beside the copy.
    String config =
        RepoFiles.text("deploy/prometheus/prometheus.yml")
            .replace("/etc/prometheus/alerts.yml", "alerts.yml");
    Files.writeString(dir.resolve("prometheus.yml"), config, StandardCharsets.UTF_8);
    Files.copy(RepoFiles.ROOT.resolve(MonitoringQueries.ALERTS), dir.resolve("alerts.yml"));
    Result r = run("check", "config", dir.resolve("prometheus.yml").toString());
    assertThat(r.exit()).as(r.output()).isZero();
  }

  private record Result(int exit, String output) {}

  private static boolean promtool() {
    try {
      return run("--version").exit() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("promtool"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(-1, out);
    }
    return new Result(p.exitValue(), out);
  }
}
