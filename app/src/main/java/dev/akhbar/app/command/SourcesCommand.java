package dev.akhbar.app.command;

import dev.akhbar.app.UsageException;
import dev.akhbar.ingest.source.InvalidSourcesException;
import dev.akhbar.ingest.source.Source;
import dev.akhbar.ingest.source.Sources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code akhbar sources check}: validates the sources file and lists each source's problems. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "Works with the sources file.",
    subcommands = {SourcesCommand.Check.class})
public final class SourcesCommand {

  /** The sources of {@code file}, or the bundled {@code config/sources.yml} when it is null. */
  static Sources load(Path file) {
    try {
      return file == null ? Sources.loadResource(Sources.BUNDLED_RESOURCE) : Sources.load(file);
    } catch (InvalidSourcesException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }

  /** {@code akhbar sources check [FILE]}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Validates the sources file: prints one line per source (ok, or its problems).",
        "Exit 0 when every source is valid, 1 when some have problems, 2 when the file cannot be"
            + " read (bad YAML, an unknown key)."
      })
  public static final class Check implements Callable<Integer> {

    @Option(
        names = "--sources",
        paramLabel = "FILE",
        description = "The sources file (default: the bundled config/sources.yml).")
    Path file;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Sources sources = load(file);
      PrintWriter out = spec.commandLine().getOut();
      for (Source s : sources.all()) {
        String state = !s.enabled() ? " (disabled)" : "";
        if (s.problems().isEmpty()) {
          out.println(s.id() + ": ok" + state);
        } else {
          for (String p : s.problems()) {
            out.println(s.id() + ": " + p + state);
          }
        }
      }
      out.printf(
          "%d sources from %s, %d with problems%n",
          sources.all().size(), sources.origin(), sources.problems().size());
      out.flush();
      return sources.isValid() ? 0 : 1;
    }
  }
}
