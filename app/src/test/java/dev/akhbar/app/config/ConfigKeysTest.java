package dev.akhbar.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.config.ConfigKey;
import dev.akhbar.common.config.EffectiveConfig;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The key table is complete: nothing reads a setting the table does not list. */
class ConfigKeysTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern VARIABLE = Pattern.compile("AKHBAR_[A-Z0-9_]*[A-Z0-9]");

  @Test
  void everyDeclaredKeyIsInTheSchema() throws IllegalAccessException {
    List<String> declared = new ArrayList<>();
    for (Field f : ConfigKeys.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == ConfigKey.class) {
        declared.add(((ConfigKey<?>) f.get(null)).path());
      }
    }
    assertThat(ConfigKeys.SCHEMA.keys()).extracting(ConfigKey::path).hasSameElementsAs(declared);
  }

  @Test
  void theDefaultsAloneAreAValidConfigurationForEveryStage() {
    StageSettings s = new StageSettings(EffectiveConfig.defaults(ConfigKeys.SCHEMA));
    assertThat(s.processor().applicationId()).isEqualTo("akhbar-processor");
    assertThat(s.sink().groupId()).isEqualTo("akhbar-sink");
    assertThat(s.ingest().groupId()).isEqualTo("akhbar-ingest");
    assertThat(s.topicSpecs().rawRetention()).as("raw is kept forever").isNull();
    assertThat(s.storeLocation().toString()).contains("data/akhbar.db");
  }

  /**
   * Every {@code AKHBAR_…} variable named anywhere in the shipped code, launcher, logging setup and
   * deployment files is a key's variable, a pass-through prefix, or one of the two non-settings.
   */
  @Test
  void everyEnvironmentVariableTheCodeReadsIsInTheKeyTable() throws IOException {
    Set<String> known = new TreeSet<>(ConfigKeys.FOREIGN_VARIABLES);
    ConfigKeys.SCHEMA.keys().forEach(k -> known.add(k.environmentVariable()));
    Set<String> unknown = new TreeSet<>();
    for (Path file : shippedFiles()) {
      // Latin-1 reads any bytes (resources include binary files); the names are ASCII.
      Matcher m = VARIABLE.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
      while (m.find()) {
        String v = m.group();
        boolean passThrough = ConfigKeys.SCHEMA.findPropertiesByVariable(v).isPresent();
        boolean prefixOnly = v.equals("AKHBAR_KAFKA_PROPERTIES");
        if (!known.contains(v) && !passThrough && !prefixOnly) {
          unknown.add(v + " in " + ROOT.relativize(file));
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  private static List<Path> shippedFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        Path main = module.resolve("src/main");
        if (Files.isDirectory(main)) {
          try (Stream<Path> walk = Files.walk(main)) {
            walk.filter(Files::isRegularFile)
                // The configuration machinery and the table describe the naming scheme itself.
                .filter(p -> !p.toString().contains("dev/akhbar/common/config/"))
                .filter(p -> !p.endsWith("ConfigKeys.java"))
                .forEach(files::add);
          }
        }
      }
    }
    for (String top : List.of("akhbar", "Dockerfile", "docker-compose.yml")) {
      Path p = ROOT.resolve(top);
      if (Files.isRegularFile(p)) {
        files.add(p);
      }
    }
    assertThat(files).as("the sources under " + ROOT).isNotEmpty();
    return files;
  }
}
