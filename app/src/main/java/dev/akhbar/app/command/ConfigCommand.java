package dev.akhbar.app.command;

import dev.akhbar.app.config.ConfigKeys;
import dev.akhbar.app.config.ConfigOptions;
import dev.akhbar.common.config.ConfigPrinter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code akhbar config print} and {@code akhbar config keys}. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = "Shows the configuration.",
    subcommands = {ConfigCommand.Print.class, ConfigCommand.Keys.class})
public final class ConfigCommand {

  /** {@code akhbar config print}: the effective configuration, secrets masked. */
  @Command(
      name = "print",
      mixinStandardHelpOptions = true,
      description = {
        "Prints the effective configuration as YAML (defaults < --config file < AKHBAR_…"
            + " environment < flags), each value with where it came from; passwords and"
            + " credentials are masked. The output reads back as a config file.",
        "Exit 2 with one line per mistake when the configuration is invalid."
      })
  public static final class Print implements Callable<Integer> {

    @Mixin ConfigOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.print(ConfigPrinter.yaml(options.resolve()));
      out.flush();
      return 0;
    }
  }

  /** {@code akhbar config keys}: the table of every key. */
  @Command(
      name = "keys",
      mixinStandardHelpOptions = true,
      description =
          "Prints every configuration key as a Markdown table: key, environment variable, type,"
              + " default and what it does (the README's table).")
  public static final class Keys implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.print(ConfigPrinter.markdownTable(ConfigKeys.SCHEMA));
      out.flush();
      return 0;
    }
  }
}
