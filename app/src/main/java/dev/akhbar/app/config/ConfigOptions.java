package dev.akhbar.app.config;

import dev.akhbar.app.UsageException;
import dev.akhbar.common.config.ConfigFlag;
import dev.akhbar.common.config.ConfigInputs;
import dev.akhbar.common.config.ConfigResolver;
import dev.akhbar.common.config.EffectiveConfig;
import dev.akhbar.common.config.InvalidConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * The configuration options every service command shares: a YAML file, then {@code AKHBAR_…}
 * environment variables, then these flags, in that order of precedence (see {@link ConfigKeys}).
 */
public final class ConfigOptions {

  private static final Logger LOG = LoggerFactory.getLogger(ConfigOptions.class);

  /** The variable naming the config file when {@code --config} is not given. */
  public static final String CONFIG_VARIABLE = "AKHBAR_CONFIG";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The YAML configuration file (default: $AKHBAR_CONFIG, else none).")
  Path file;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Any configuration key, for example --set sink.batch-size=1000.")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--bootstrap",
      paramLabel = "HOST:PORT[,…]",
      description = "Kafka bootstrap servers (kafka.bootstrap-servers).")
  String bootstrap;

  @Option(
      names = "--kafka-property",
      paramLabel = "KEY=VALUE",
      description = "Any Kafka client property (kafka.properties.KEY), e.g. security.protocol=SSL.")
  Map<String, String> kafkaProperties = new LinkedHashMap<>();

  @Option(
      names = "--topic-prefix",
      paramLabel = "PREFIX",
      description = "Prefix of the topic names (topics.prefix).")
  String topicPrefix;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions of the topics akhbar creates (topics.partitions).")
  String partitions;

  @Option(
      names = "--store",
      paramLabel = "URL",
      description =
          "Where the sink writes (store.url): sqlite:PATH, postgresql://HOST:PORT/DB?user=NAME or a"
              + " JDBC URL.")
  String store;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address of the metrics and health endpoints (http.bind-address).")
  String bind;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port of the metrics and health endpoints (http.port); 0 picks a free one.")
  String port;

  @Option(
      names = "--log-format",
      paramLabel = "text|json",
      description = "Log lines as readable text (default) or JSON (log.format).")
  String logFormat;

  /** The flags as configuration values, later ones winning. */
  public List<ConfigFlag> flags() {
    List<ConfigFlag> flags = new ArrayList<>();
    for (String s : sets) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--set takes KEY=VALUE, got '" + s + "'");
      }
      flags.add(new ConfigFlag("--set", s.substring(0, eq).strip(), s.substring(eq + 1)));
    }
    kafkaProperties.forEach(
        (k, v) ->
            flags.add(
                new ConfigFlag(
                    "--kafka-property", ConfigKeys.KAFKA_PROPERTIES.path() + "." + k, v)));
    add(flags, "--bootstrap", ConfigKeys.KAFKA_BOOTSTRAP_SERVERS.path(), bootstrap);
    add(flags, "--topic-prefix", ConfigKeys.TOPICS_PREFIX.path(), topicPrefix);
    add(flags, "--partitions", ConfigKeys.TOPICS_PARTITIONS.path(), partitions);
    add(flags, "--store", ConfigKeys.STORE_URL.path(), store);
    add(flags, "--bind", ConfigKeys.HTTP_BIND_ADDRESS.path(), bind);
    add(flags, "--port", ConfigKeys.HTTP_PORT.path(), port);
    add(flags, "--log-format", ConfigKeys.LOG_FORMAT.path(), logFormat);
    return flags;
  }

  /** The inputs: the file, the process environment and the flags. */
  public ConfigInputs inputs(Map<String, String> environment) {
    Optional<Path> configFile =
        Optional.ofNullable(file)
            .or(
                () ->
                    Optional.ofNullable(environment.get(CONFIG_VARIABLE))
                        .filter(s -> !s.isBlank())
                        .map(Path::of));
    return new ConfigInputs(configFile, environment, flags(), ConfigKeys.FOREIGN_VARIABLES);
  }

  /**
   * The effective configuration.
   *
   * @throws UsageException listing every mistake, one a line
   */
  public EffectiveConfig resolve(ConfigFlag... commandFlags) {
    return resolve(System.getenv(), commandFlags);
  }

  /**
   * The effective configuration with {@code environment} as the process environment, and a
   * command's own flags after the shared ones.
   */
  public EffectiveConfig resolve(Map<String, String> environment, ConfigFlag... commandFlags) {
    ConfigInputs shared = inputs(environment);
    List<ConfigFlag> all = new ArrayList<>(shared.flags());
    for (ConfigFlag f : commandFlags) {
      if (f.text() != null) {
        all.add(f);
      }
    }
    ConfigInputs inputs =
        new ConfigInputs(shared.file(), environment, all, ConfigKeys.FOREIGN_VARIABLES);
    try {
      EffectiveConfig config = ConfigResolver.resolve(ConfigKeys.SCHEMA, inputs);
      config.warnings().forEach(w -> LOG.warn("configuration: {}", w));
      return config;
    } catch (InvalidConfigException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }

  private static void add(List<ConfigFlag> flags, String flag, String path, String value) {
    if (value != null) {
      flags.add(new ConfigFlag(flag, path, value));
    }
  }
}
