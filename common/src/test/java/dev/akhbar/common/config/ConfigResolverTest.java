package dev.akhbar.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults, then the file, then the environment, then flags; every mistake named once. */
class ConfigResolverTest {

  static final ConfigKey<String> BOOTSTRAP =
      ConfigKey.of("kafka.bootstrap-servers", ConfigType.STRING, "localhost:9092", "Brokers.");
  static final ConfigKey<Integer> PARTITIONS =
      ConfigKey.of("kafka.partitions", ConfigType.integer(1, 10_000), "4", "Partitions.");
  static final ConfigKey<java.util.Map<String, String>> PROPERTIES =
      ConfigKey.properties("kafka.properties", "Client properties.");
  static final ConfigKey<Duration> LINGER =
      ConfigKey.of("sink.linger", ConfigType.DURATION, "200ms", "Linger.");
  static final ConfigKey<Boolean> CREATE =
      ConfigKey.of("kafka.create-topics", ConfigType.BOOLEAN, "true", "Create topics.");
  static final ConfigKey<String> PASSWORD =
      ConfigKey.optional("store.password", ConfigType.STRING, "Password.").masked();

  static final ConfigSchema SCHEMA =
      new ConfigSchema(List.of(BOOTSTRAP, PARTITIONS, CREATE, PROPERTIES, LINGER, PASSWORD));

  @TempDir Path dir;

  @Test
  void defaultsAloneGiveEveryDefault() {
    EffectiveConfig c = EffectiveConfig.defaults(SCHEMA);

    assertThat(c.expect(BOOTSTRAP)).isEqualTo("localhost:9092");
    assertThat(c.expect(PARTITIONS)).isEqualTo(4);
    assertThat(c.expect(LINGER)).isEqualTo(Duration.ofMillis(200));
    assertThat(c.find(PASSWORD)).isEmpty();
    assertThat(c.properties(PROPERTIES)).isEmpty();
    assertThat(c.setting(BOOTSTRAP).orElseThrow().origin()).isEqualTo(Origin.DEFAULT);
  }

  @Test
  void theFileBeatsTheDefaultsTheEnvironmentBeatsTheFileAndFlagsBeatAll() throws IOException {
    Path file =
        write(
            """
            kafka:
              bootstrap-servers: file:9092
              partitions: 6
              create-topics: false
            sink:
              linger: 1s
            """);
    EffectiveConfig c =
        resolve(
            file,
            Map.of("AKHBAR_KAFKA_BOOTSTRAP_SERVERS", "env:9092", "AKHBAR_KAFKA_PARTITIONS", "8"),
            new ConfigFlag("--bootstrap", "kafka.bootstrap-servers", "flag:9092"));

    assertThat(c.expect(BOOTSTRAP)).isEqualTo("flag:9092");
    assertThat(c.expect(PARTITIONS)).isEqualTo(8);
    assertThat(c.expect(CREATE)).isFalse();
    assertThat(c.expect(LINGER)).isEqualTo(Duration.ofSeconds(1));
    assertThat(c.setting(BOOTSTRAP).orElseThrow().where()).isEqualTo("flag --bootstrap");
    assertThat(c.setting(PARTITIONS).orElseThrow().where())
        .isEqualTo("environment AKHBAR_KAFKA_PARTITIONS");
    assertThat(c.setting(CREATE).orElseThrow().where()).isEqualTo(file + " line 4");
  }

  @Test
  void anUnknownKeyIsNamedWithItsLineAndTheKeyItResembles() throws IOException {
    Path file = write("kafka:\n  partitons: 6\n");

    assertThatThrownBy(() -> resolve(file, Map.of()))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage(
            "invalid configuration: "
                + file
                + " line 2: kafka.partitons: unknown key (did you mean kafka.partitions?)");
  }

  @Test
  void anUnknownSectionIsNamed() throws IOException {
    Path file = write("kafak:\n  partitions: 6\nmetrics:\n  port: 1\n");

    assertThatThrownBy(() -> resolve(file, Map.of()))
        .isInstanceOf(InvalidConfigException.class)
        .satisfies(
            e ->
                assertThat(((InvalidConfigException) e).problems())
                    .extracting(ConfigProblem::toString)
                    .containsExactly(
                        file
                            + " line 2: kafak.partitions: unknown key (did you mean"
                            + " kafka.partitions?)",
                        file + " line 4: metrics.port: unknown key"));
  }

  @Test
  void everyMistakeIsListedOnceEachWithWhereItWasWritten() throws IOException {
    Path file =
        write(
            """
            kafka:
              partitions: four
              bootstrap-servers:
              create-topics: [true]
            sink:
              linger:
                ms: 5
            """);

    assertThatThrownBy(
            () ->
                resolve(
                    file,
                    Map.of("AKHBAR_SINK_LINGER", "soon"),
                    new ConfigFlag("--set", "kafka.partitions", "0")))
        .isInstanceOf(InvalidConfigException.class)
        .satisfies(
            e ->
                assertThat(((InvalidConfigException) e).problems())
                    .extracting(ConfigProblem::toString)
                    .containsExactly(
                        file
                            + " line 2: kafka.partitions: expected an integer 1..10000, got 'four'",
                        file + " line 3: kafka.bootstrap-servers: missing value",
                        file + " line 4: kafka.create-topics: expected a true or false, got a list",
                        file + " line 7: sink.linger: expected a duration, got a mapping",
                        "environment AKHBAR_SINK_LINGER: sink.linger: expected a duration such as"
                            + " 500ms, 30s, 15m, 2h, 7d or PT15M, got 'soon'",
                        "flag --set: kafka.partitions: expected an integer 1..10000, got 0"))
        .hasMessageStartingWith("invalid configuration (6 problems):\n  ");
  }

  @Test
  void propertiesComeFromAFlatOrNestedMappingTheEnvironmentAndFlags() throws IOException {
    Path file =
        write(
            """
            kafka:
              properties:
                security.protocol: SASL_SSL
                sasl:
                  mechanism: PLAIN
                client.id: from-file
            """);
    EffectiveConfig c =
        resolve(
            file,
            Map.of("AKHBAR_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", "org.example.Login required;"),
            new ConfigFlag("--kafka-property", "kafka.properties.client.id", "from-flag"));

    assertThat(c.properties(PROPERTIES))
        .containsExactly(
            Map.entry("security.protocol", "SASL_SSL"),
            Map.entry("sasl.mechanism", "PLAIN"),
            Map.entry("client.id", "from-flag"),
            Map.entry("sasl.jaas.config", "org.example.Login required;"));
  }

  @Test
  void propertiesMustBeAMapping() throws IOException {
    Path file = write("kafka:\n  properties: security.protocol=SSL\n");

    assertThatThrownBy(() -> resolve(file, Map.of()))
        .hasMessageEndingWith("kafka.properties: expected a mapping of property names to values");
  }

  @Test
  void anUnknownAkhbarVariableIsAWarningNotAnError() {
    EffectiveConfig c =
        ConfigResolver.resolve(
            SCHEMA,
            new ConfigInputs(
                Optional.empty(),
                Map.of(
                    "AKHBAR_KAFKA_PARTITION", "6",
                    "AKHBAR_JAVA_OPTS", "-Xmx1g",
                    "PATH", "/usr/bin"),
                List.of(),
                Set.of("AKHBAR_JAVA_OPTS")));

    assertThat(c.expect(PARTITIONS)).isEqualTo(4);
    assertThat(c.warnings())
        .containsExactly(
            "environment variable AKHBAR_KAFKA_PARTITION is not a configuration key and is"
                + " ignored (did you mean AKHBAR_KAFKA_PARTITIONS?)");
  }

  @Test
  void anUnknownFlagKeyIsAnError() {
    assertThatThrownBy(
            () -> resolve(null, Map.of(), new ConfigFlag("--set", "kafka.bootstrap-server", "x:1")))
        .hasMessage(
            "invalid configuration: flag --set: kafka.bootstrap-server: unknown key (did you mean"
                + " kafka.bootstrap-servers?)");
    assertThatThrownBy(() -> resolve(null, Map.of(), new ConfigFlag("--set", "kafka", "x")))
        .hasMessage(
            "invalid configuration: flag --set: kafka: is a section: give one of its keys a value");
  }

  @Test
  void yamlThatDoesNotParseIsOneProblemWithItsLine() throws IOException {
    Path file = write("kafka:\n  partitions: 4\n   bootstrap-servers: x\n");

    assertThatThrownBy(() -> resolve(file, Map.of()))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith(
            "invalid configuration: " + file + " line 3: (file): not valid YAML");
  }

  @Test
  void aDuplicateKeyIsAProblem() throws IOException {
    Path file = write("kafka:\n  partitions: 4\n  partitions: 5\n");

    assertThatThrownBy(() -> resolve(file, Map.of()))
        .hasMessage("invalid configuration: " + file + " line 3: kafka.partitions: duplicate key");
  }

  @Test
  void aMissingFileIsAProblem() {
    Path file = dir.resolve("absent.yml");

    assertThatThrownBy(() -> resolve(file, Map.of()))
        .hasMessage("invalid configuration: " + file + ": --config: no such file");
  }

  @Test
  void anEmptyFileOrSectionChangesNothing() throws IOException {
    assertThat(resolve(write("# nothing yet\n"), Map.of()).expect(PARTITIONS)).isEqualTo(4);
    assertThat(resolve(write("kafka:\nsink: {}\n"), Map.of()).expect(PARTITIONS)).isEqualTo(4);
  }

  @Test
  void aTopLevelScalarIsNotAConfiguration() throws IOException {
    assertThatThrownBy(() -> resolve(write("just text\n"), Map.of()))
        .hasMessageEndingWith("(file): expected a mapping of sections (kafka:, topics:, …)");
  }

  @Test
  void keysOutsideTheSchemaAreAProgrammingMistake() {
    ConfigKey<String> other = ConfigKey.of("other.key", ConfigType.STRING, "x", "Other.");

    assertThatThrownBy(() -> EffectiveConfig.defaults(SCHEMA).find(other))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EffectiveConfig.defaults(SCHEMA).expect(PASSWORD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no value for store.password was given");
  }

  private EffectiveConfig resolve(Path file, Map<String, String> env, ConfigFlag... flags) {
    return ConfigResolver.resolve(
        SCHEMA, new ConfigInputs(Optional.ofNullable(file), env, List.of(flags), Set.of()));
  }

  private Path write(String yaml) throws IOException {
    Path file = Files.createTempFile(dir, "akhbar", ".yml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }
}
