package dev.akhbar.app.command;

import dev.akhbar.app.UsageException;
import dev.akhbar.app.backfill.BackfillPublisher;
import dev.akhbar.app.backfill.BackfillResult;
import dev.akhbar.common.json.RawArticleReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code akhbar replay FILE}: publishes a JSON Lines backfill to the raw topic of a cluster. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Publishes a JSON Lines file of raw articles to the raw topic, so that the running processor"
          + " applies today's rules to them. Lines that cannot be read go to the dead-letter topic"
          + " with their line number.",
      "Prints one JSON line: records, published, dead_letters."
    })
public final class ReplayCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "JSON Lines of raw articles.")
  Path input;

  @Mixin KafkaOptions kafka;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(input)) {
      throw new UsageException("cannot read input file " + input);
    }
    BackfillResult result;
    try (BackfillPublisher publisher =
        BackfillPublisher.create(
            kafka.clientProperties(), kafka.topics(), RawArticleReader.withDefaults())) {
      result = publisher.publish(input);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "{\"records\":%d,\"published\":%d,\"dead_letters\":%d}%n",
        result.records(), result.published(), result.deadLetters());
    out.flush();
    return 0;
  }
}
