package dev.akhbar.app.command;

import dev.akhbar.app.UsageException;
import dev.akhbar.app.config.ConfigKeys;
import dev.akhbar.common.config.ConfigFlag;
import dev.akhbar.common.config.ConfigInputs;
import dev.akhbar.common.config.ConfigResolver;
import dev.akhbar.common.config.EffectiveConfig;
import dev.akhbar.common.config.InvalidConfigException;
import dev.akhbar.common.kafka.Topics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/**
 * The Kafka options of the one-shot commands that talk to a cluster (replay, dlq): resolved like
 * the services' configuration, from {@code --config} (or {@code $AKHBAR_CONFIG}), the {@code
 * AKHBAR_…} environment and these flags.
 */
public final class KafkaOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The YAML configuration file (default: $AKHBAR_CONFIG, else none).")
  Path file;

  @Option(
      names = "--bootstrap",
      paramLabel = "HOST:PORT[,…]",
      description = "Kafka bootstrap servers (kafka.bootstrap-servers; default localhost:9092).")
  String bootstrap;

  @Option(
      names = "--topic-prefix",
      paramLabel = "PREFIX",
      description = "Prefix of the topic names (topics.prefix; default akhbar).")
  String topicPrefix;

  @Option(
      names = "--kafka-property",
      paramLabel = "KEY=VALUE",
      description = "Any Kafka client property, for example security.protocol=SASL_SSL.")
  Map<String, String> extra = new LinkedHashMap<>();

  private EffectiveConfig resolved;

  /** The effective configuration (resolved once). */
  EffectiveConfig config() {
    if (resolved == null) {
      Map<String, String> env = System.getenv();
      List<ConfigFlag> flags = new ArrayList<>();
      extra.forEach(
          (k, v) ->
              flags.add(
                  new ConfigFlag(
                      "--kafka-property", ConfigKeys.KAFKA_PROPERTIES.path() + "." + k, v)));
      if (bootstrap != null) {
        flags.add(
            new ConfigFlag("--bootstrap", ConfigKeys.KAFKA_BOOTSTRAP_SERVERS.path(), bootstrap));
      }
      if (topicPrefix != null) {
        flags.add(new ConfigFlag("--topic-prefix", ConfigKeys.TOPICS_PREFIX.path(), topicPrefix));
      }
      Optional<Path> configFile =
          Optional.ofNullable(file)
              .or(() -> Optional.ofNullable(env.get("AKHBAR_CONFIG")).map(Path::of));
      try {
        resolved =
            ConfigResolver.resolve(
                ConfigKeys.SCHEMA,
                new ConfigInputs(configFile, env, flags, ConfigKeys.FOREIGN_VARIABLES));
      } catch (InvalidConfigException e) {
        throw new UsageException(e.getMessage(), e);
      }
    }
    return resolved;
  }

  public Topics topics() {
    try {
      return new Topics(config().expect(ConfigKeys.TOPICS_PREFIX));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }

  /** The bootstrap servers in effect. */
  public String bootstrapServers() {
    return config().expect(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS);
  }

  /** Client properties: the pass-through ones and the bootstrap servers. */
  public Map<String, Object> clientProperties() {
    Map<String, Object> p = new HashMap<>(config().properties(ConfigKeys.KAFKA_PROPERTIES));
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return p;
  }
}
