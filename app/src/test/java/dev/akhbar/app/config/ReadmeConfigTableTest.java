package dev.akhbar.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.config.ConfigPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's table of keys is the key table: regenerate it with {@code akhbar config keys}. */
class ReadmeConfigTableTest {

  private static final String START = "<!-- config-keys:start";
  private static final String END = "<!-- config-keys:end -->";

  @Test
  void theReadmeListsEveryKeyWithItsVariableAndDefaultAsTheCodeHasThem() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("the README's config-keys markers").isNotNegative();
    assertThat(end).isGreaterThan(start);
    String table = readme.substring(readme.indexOf('\n', start) + 1, end);
    assertThat(table)
        .as("README Configuration table; replace it with the output of `akhbar config keys`")
        .isEqualTo(ConfigPrinter.markdownTable(ConfigKeys.SCHEMA));
  }
}
