package dev.akhbar.app;

import dev.akhbar.app.command.BenchCommand;
import dev.akhbar.app.command.BrokerCommand;
import dev.akhbar.app.command.ConfigCommand;
import dev.akhbar.app.command.DemoCommand;
import dev.akhbar.app.command.DlqCommand;
import dev.akhbar.app.command.ExtractCommand;
import dev.akhbar.app.command.IngestCommand;
import dev.akhbar.app.command.NormalizeCommand;
import dev.akhbar.app.command.ProcessCommand;
import dev.akhbar.app.command.ReplayCommand;
import dev.akhbar.app.command.RunCommand;
import dev.akhbar.app.command.SearchCommand;
import dev.akhbar.app.command.SinkCommand;
import dev.akhbar.app.command.SourcesCommand;
import dev.akhbar.app.command.TagCommand;
import dev.akhbar.app.config.LogSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code akhbar} command: a thin facade whose subcommands delegate to the stages. Exit codes: 0
 * success, 1 failure, 2 usage error (one line on stderr, never a stack trace).
 */
@Command(
    name = "akhbar",
    mixinStandardHelpOptions = true,
    versionProvider = AkhbarVersion.class,
    description = "Streaming ingestion pipeline for Arabic news on Kafka.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      ReplayCommand.class,
      NormalizeCommand.class,
      TagCommand.class,
      SearchCommand.class,
      IngestCommand.class,
      ProcessCommand.class,
      SinkCommand.class,
      ExtractCommand.class,
      SourcesCommand.class,
      BrokerCommand.class,
      DlqCommand.class,
      ConfigCommand.class,
      BenchCommand.class
    })
public final class Akhbar {

  public static void main(String[] args) {
    // Before the first logger: logback reads the format and level while it starts.
    LogSettings.prepare(args, System.getenv());
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and the launcher. */
  public static CommandLine commandLine() {
    return new CommandLine(new Akhbar())
        .setExecutionExceptionHandler(new ErrorReporter())
        .setParameterExceptionHandler(new ErrorReporter());
  }
}
