package dev.akhbar.app.command;

import dev.akhbar.app.config.ConfigOptions;
import dev.akhbar.app.config.StageSettings;
import dev.akhbar.app.service.ServiceHost;
import dev.akhbar.app.service.StageLauncher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code akhbar sink}: the sink as a long-running service against a Kafka cluster. */
@Command(
    name = "sink",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the sink (the processor's topics into SQLite or PostgreSQL) against a Kafka cluster"
          + " until SIGTERM, serving /metrics, /health/live and /health/ready.",
      "Migrates the store first. Instances with the same sink.group-id share the partitions. On"
          + " SIGTERM the sink finishes its batch, commits and leaves the group."
    })
public final class SinkCommand implements Callable<Integer> {

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    StageSettings settings = new StageSettings(options.resolve());
    try (ServiceHost host = ServiceHost.start("sink", settings)) {
      StageLauncher.sink(host, settings);
      return host.awaitStop();
    }
  }
}
