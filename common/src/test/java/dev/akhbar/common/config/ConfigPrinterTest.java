package dev.akhbar.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigPrinterTest {

  static final ConfigSchema SCHEMA = ConfigResolverTest.SCHEMA;

  @TempDir Path dir;

  @Test
  void showsEveryKeyWithWhereItsValueCameFromAndMasksSecrets() {
    EffectiveConfig c =
        ConfigResolver.resolve(
            SCHEMA,
            new ConfigInputs(
                Optional.empty(),
                Map.of(
                    "AKHBAR_STORE_PASSWORD", "hunter2",
                    "AKHBAR_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", "Login password=\"s3cret\";",
                    "AKHBAR_KAFKA_PROPERTIES_SSL_KEYSTORE_PASSWORD", "changeit"),
                List.of(
                    new ConfigFlag("--bootstrap", "kafka.bootstrap-servers", "b1:9092,b2:9092"),
                    new ConfigFlag(
                        "--kafka-property", "kafka.properties.security.protocol", "SASL_SSL")),
                Set.of()));

    String yaml = ConfigPrinter.yaml(c);

    assertThat(yaml)
        .doesNotContain("hunter2")
        .doesNotContain("s3cret")
        .doesNotContain("changeit")
        .contains("  bootstrap-servers: \"b1:9092,b2:9092\"")
        .contains("# flag --bootstrap")
        .contains("  partitions: 4")
        .contains("    \"security.protocol\": \"SASL_SSL\"")
        .contains("    \"sasl.jaas.config\": \"******\"")
        .contains("    \"ssl.keystore.password\": \"******\"")
        .contains("  password: \"******\"")
        .contains("# environment AKHBAR_STORE_PASSWORD");
    assertThat(yaml.lines().filter(l -> l.startsWith("  linger: 200ms")))
        .singleElement()
        .asString()
        .endsWith("# default");
  }

  @Test
  void theOutputReadsBackAsTheSameConfiguration() throws IOException {
    EffectiveConfig c =
        ConfigResolver.resolve(
            SCHEMA,
            new ConfigInputs(
                Optional.empty(),
                Map.of(),
                List.of(
                    new ConfigFlag("--set", "kafka.partitions", "12"),
                    new ConfigFlag("--set", "sink.linger", "PT1M"),
                    new ConfigFlag("--set", "kafka.properties.client.id", "a: b # c")),
                Set.of()));
    Path file = dir.resolve("printed.yml");
    Files.writeString(file, ConfigPrinter.yaml(c));

    EffectiveConfig again =
        ConfigResolver.resolve(
            SCHEMA, new ConfigInputs(Optional.of(file), Map.of(), List.of(), Set.of()));

    for (ConfigKey<?> key : SCHEMA.keys()) {
      if (!key.isProperties()) {
        assertThat(again.find(key)).as(key.path()).isEqualTo(c.find(key));
      }
    }
    assertThat(again.properties(ConfigResolverTest.PROPERTIES))
        .containsEntry("client.id", "a: b # c");
  }

  @Test
  void theTableListsEveryKeyWithItsVariableAndDefault() {
    String table = ConfigPrinter.markdownTable(SCHEMA);

    assertThat(table.lines()).hasSize(2 + SCHEMA.keys().size());
    assertThat(table)
        .contains(
            "| `kafka.bootstrap-servers` | `AKHBAR_KAFKA_BOOTSTRAP_SERVERS` | text | `localhost:9092`"
                + " | Brokers. |")
        .contains("| `kafka.properties` | `AKHBAR_KAFKA_PROPERTIES_<NAME>` | mapping | none |")
        .contains("| `store.password` | `AKHBAR_STORE_PASSWORD` | text | none | Password. Masked");
  }

  @Test
  void secretPropertyNamesAreRecognized() {
    assertThat(
            List.of(
                "sasl.jaas.config",
                "ssl.key.password",
                "ssl.keystore.password",
                "ssl.truststore.password",
                "ssl.keystore.key",
                "sasl.oauthbearer.client.credentials.client.secret",
                "basic.auth.user.info"))
        .allMatch(Secrets::isSecretProperty);
    assertThat(List.of("security.protocol", "sasl.mechanism", "client.id", "ssl.keystore.type"))
        .noneMatch(Secrets::isSecretProperty);
  }
}
