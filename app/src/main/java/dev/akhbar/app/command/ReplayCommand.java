package dev.akhbar.app.command;

import dev.akhbar.app.UsageException;
import dev.akhbar.app.backfill.BackfillPublisher;
import dev.akhbar.app.backfill.BackfillResult;
import dev.akhbar.app.backfill.RawTopicCopy;
import dev.akhbar.app.config.StageSettings;
import dev.akhbar.app.service.TopicCheck;
import dev.akhbar.common.json.RawArticleReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
      "With --from-topic TOPIC instead of FILE: copies that raw topic, as it is now, to the raw"
          + " topic of --topic-prefix, so that a second pipeline (its own prefix, application id"
          + " and store) rebuilds all history with today's rules while the first one runs on.",
      "Prints one JSON line: records, published, dead_letters."
    })
public final class ReplayCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "JSON Lines of raw articles.")
  Path input;

  @Option(
      names = "--from-topic",
      paramLabel = "TOPIC",
      description = "Copy this raw topic (akhbar.raw.v1) instead of reading a file.")
  String fromTopic;

  @Mixin KafkaOptions kafka;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((input == null) == (fromTopic == null)) {
      throw new UsageException("replay takes either FILE or --from-topic TOPIC");
    }
    if (fromTopic != null) {
      return copyTopic();
    }
    if (!Files.isReadable(input)) {
      throw new UsageException("cannot read input file " + input);
    }
    BackfillResult result;
    try (BackfillPublisher publisher =
        BackfillPublisher.create(
            kafka.clientProperties(), kafka.topics(), RawArticleReader.withDefaults())) {
      result = publisher.publish(input);
    }
    return print(result);
  }

  private int copyTopic() {
    String to = kafka.topics().raw();
    if (to.equals(fromTopic)) {
      throw new UsageException(
          "--from-topic " + fromTopic + " is the raw topic of --topic-prefix: choose a new prefix");
    }
    StageSettings settings = new StageSettings(kafka.config());
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      // The copy's pipeline is new: its topics are created as the services would create them.
      TopicCheck.ensure(admin, settings, List.of());
    }
    BackfillResult result;
    try {
      result = RawTopicCopy.copy(kafka.clientProperties(), fromTopic, to);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage() + " on " + kafka.bootstrapServers(), e);
    }
    return print(result);
  }

  private int print(BackfillResult result) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "{\"records\":%d,\"published\":%d,\"dead_letters\":%d}%n",
        result.records(), result.published(), result.deadLetters());
    out.flush();
    return 0;
  }
}
