package dev.akhbar.app.command;

import dev.akhbar.app.config.ConfigOptions;
import dev.akhbar.app.config.StageSettings;
import dev.akhbar.app.service.ServiceHost;
import dev.akhbar.app.service.StageLauncher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code akhbar process}: the processor as a long-running service against a Kafka cluster. */
@Command(
    name = "process",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the processor (Kafka Streams: normalize, dedup, tag) against a Kafka cluster until"
          + " SIGTERM, serving /metrics, /health/live and /health/ready.",
      "Instances with the same processor.application-id share the partitions. On SIGTERM Kafka"
          + " Streams closes and leaves the group within service.shutdown-timeout."
    })
public final class ProcessCommand implements Callable<Integer> {

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    StageSettings settings = new StageSettings(options.resolve());
    try (ServiceHost host = ServiceHost.start("process", settings)) {
      StageLauncher.processor(host, settings);
      return host.awaitStop();
    }
  }
}
