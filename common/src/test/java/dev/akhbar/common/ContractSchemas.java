package dev.akhbar.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.akhbar.common.json.AkhbarJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of {@code docs/schema/}, for tests that check real records and command outputs
 * against the documented contract. Shared with other modules through this module's test jar.
 */
public final class ContractSchemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private ContractSchemas() {}

  /** The folder {@code docs/schema} of the repository, found from any module's folder. */
  public static Path folder() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("docs").resolve("schema");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("docs/schema not found above " + Path.of("").toAbsolutePath());
  }

  /** The schema {@code docs/schema/NAME.json}, for example {@code articles.v1}. */
  public static Schema schema(String name) {
    return CACHE.computeIfAbsent(
        name,
        n -> {
          try (InputStream in = Files.newInputStream(folder().resolve(n + ".json"))) {
            return REGISTRY.getSchema(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The violations of {@code json} against schema {@code name}; empty when it conforms. */
  public static List<Error> violations(String name, String json) {
    try {
      JsonNode node = AkhbarJson.mapper().readTree(json);
      return schema(name).validate(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that {@code json} conforms to schema {@code name}. */
  public static void assertConforms(String name, String json) {
    assertThat(violations(name, json)).as("%s against docs/schema/%s.json", json, name).isEmpty();
  }
}
