package dev.akhbar.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** log.format and log.level reach logback with the precedence of every other key. */
class LogSettingsTest {

  @TempDir Path dir;

  @AfterEach
  void clear() {
    System.clearProperty("AKHBAR_LOG_FORMAT");
    System.clearProperty("AKHBAR_LOG_LEVEL");
  }

  @Test
  void theFileSetsThemTheEnvironmentBeatsTheFileAndFlagsBeatAll() throws IOException {
    Path file = dir.resolve("akhbar.yml");
    Files.writeString(file, "log:\n  format: json\n  level: warn\n", StandardCharsets.UTF_8);

    LogSettings.prepare(new String[] {"sink", "--config", file.toString()}, Map.of());
    assertThat(System.getProperty("AKHBAR_LOG_FORMAT")).isEqualTo("json");
    assertThat(System.getProperty("AKHBAR_LOG_LEVEL")).isEqualTo("WARN");

    LogSettings.prepare(
        new String[] {"sink", "--config", file.toString()}, Map.of("AKHBAR_LOG_LEVEL", "DEBUG"));
    assertThat(System.getProperty("AKHBAR_LOG_LEVEL")).isEqualTo("DEBUG");

    LogSettings.prepare(
        new String[] {
          "sink", "--config=" + file, "--log-format", "text", "--set", "log.level=ERROR"
        },
        Map.of("AKHBAR_LOG_LEVEL", "DEBUG"));
    assertThat(System.getProperty("AKHBAR_LOG_FORMAT")).isEqualTo("text");
    assertThat(System.getProperty("AKHBAR_LOG_LEVEL")).isEqualTo("ERROR");
  }

  @Test
  void anInvalidValueIsLeftForTheConfigurationToReport() {
    LogSettings.prepare(new String[] {"sink", "--log-format", "xml"}, Map.of());
    assertThat(System.getProperty("AKHBAR_LOG_FORMAT")).isNull();
  }

  @Test
  void itsValuesAreThoseOfTheKeyTable() {
    LogSettings.FORMATS.forEach(f -> ConfigKeys.LOG_FORMAT.type().parse(f));
    LogSettings.LEVELS.forEach(l -> ConfigKeys.LOG_LEVEL.type().parse(l));
    assertThat(ConfigKeys.LOG_FORMAT.environmentVariable()).isEqualTo("AKHBAR_LOG_FORMAT");
    assertThat(ConfigKeys.LOG_LEVEL.environmentVariable()).isEqualTo("AKHBAR_LOG_LEVEL");
    assertThat(ConfigKeys.LOG_FORMAT.path()).isEqualTo(LogSettings.FORMAT);
    assertThat(ConfigKeys.LOG_LEVEL.path()).isEqualTo(LogSettings.LEVEL);
    LogSettings.FORMATS.forEach(
        f -> assertThat(getClass().getResource("/logback-" + f + ".xml")).as(f).isNotNull());
  }
}
