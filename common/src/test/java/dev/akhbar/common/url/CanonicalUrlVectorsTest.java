package dev.akhbar.common.url;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.ContractSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The canonical-URL test vectors are the table in docs/contract.md, so the doc stays true. */
class CanonicalUrlVectorsTest {

  private static final String HEADER = "| URL | canonical URL | rule |";

  static Stream<Arguments> vectors() throws IOException {
    List<String> lines =
        Files.readAllLines(ContractSchemas.folder().getParent().resolve("contract.md"));
    int start = lines.indexOf(HEADER);
    assertThat(start).as("vector table in docs/contract.md").isNotNegative();
    List<Arguments> rows = new ArrayList<>();
    for (String line : lines.subList(start + 2, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.split("\\|");
      rows.add(Arguments.of(unquote(cells[1]), unquote(cells[2]), cells[3].strip()));
    }
    assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
    return rows.stream();
  }

  @ParameterizedTest(name = "{2}: {0}")
  @MethodSource("vectors")
  void canonicalizesAsDocumented(String url, String canonical, String rule) {
    assertThat(CanonicalUrl.of(url)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "idempotent: {1}")
  @MethodSource("vectors")
  void canonicalFormIsAFixedPoint(String url, String canonical, String rule) {
    assertThat(CanonicalUrl.of(canonical)).isEqualTo(canonical);
  }

  private static String unquote(String cell) {
    String s = cell.strip();
    return s.substring(1, s.length() - 1); // strip the backticks, keep inner spaces
  }
}
