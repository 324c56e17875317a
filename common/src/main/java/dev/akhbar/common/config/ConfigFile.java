package dev.akhbar.common.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a YAML configuration file into its leaves, each with the line it is on, so that a mistake
 * can be reported where it was written. Knows nothing of the keys: {@link ConfigResolver} judges
 * the leaves against the schema.
 */
public final class ConfigFile {

  private static final YAMLFactory YAML = new YAMLFactory();

  /** What a leaf holds. */
  public enum Shape {
    /** A scalar: a string, number or boolean. */
    SCALAR,
    /** A key with nothing after it ({@code key:}) or {@code null}. */
    EMPTY,
    /** A mapping with no entries ({@code key: {}}). */
    EMPTY_MAPPING,
    /** A list, which no setting takes. */
    LIST
  }

  /**
   * One leaf of the file.
   *
   * @param segments the keys from the top ({@code [kafka, properties, sasl.mechanism]})
   * @param text the scalar's text; null unless {@link Shape#SCALAR}
   * @param line 1-based line of the key
   */
  public record Leaf(List<String> segments, String text, Shape shape, int line) {
    public Leaf {
      segments = List.copyOf(segments);
    }
  }

  /** The leaves of a file, and what could not be read. */
  public record Contents(List<Leaf> leaves, List<ConfigProblem> problems) {
    public Contents {
      leaves = List.copyOf(leaves);
      problems = List.copyOf(problems);
    }
  }

  private final String name;
  private final List<Leaf> leaves = new ArrayList<>();
  private final List<ConfigProblem> problems = new ArrayList<>();

  private ConfigFile(String name) {
    this.name = name;
  }

  /**
   * Reads {@code file}.
   *
   * @throws UncheckedIOException when it cannot be read at all (a missing file is a problem, not an
   *     exception)
   */
  public static Contents read(Path file) {
    ConfigFile reader = new ConfigFile(file.toString());
    try (JsonParser parser = YAML.createParser(Files.newBufferedReader(file))) {
      reader.document(parser);
    } catch (NoSuchFileException e) {
      reader.problems.add(new ConfigProblem(reader.name, "--config", "no such file"));
    } catch (StreamReadException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String first = e.getOriginalMessage().lines().findFirst().orElse("").strip();
      // What was read before the syntax error may be cut short: report the error alone.
      reader.leaves.clear();
      reader.problems.clear();
      reader.problems.add(
          new ConfigProblem(reader.where(line), "(file)", "not valid YAML: " + first));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the configuration file " + file, e);
    }
    return new Contents(reader.leaves, reader.problems);
  }

  private void document(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null || first == JsonToken.VALUE_NULL) {
      return; // an empty file, or one of comments only: every value from elsewhere
    }
    if (first != JsonToken.START_OBJECT) {
      problems.add(
          new ConfigProblem(
              where(p.currentTokenLocation().getLineNr()),
              "(file)",
              "expected a mapping of sections (kafka:, topics:, …)"));
      return;
    }
    mapping(p, List.of());
  }

  private void mapping(JsonParser p, List<String> parent) throws IOException {
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      int line = p.currentTokenLocation().getLineNr();
      List<String> path = new ArrayList<>(parent);
      path.add(key);
      JsonToken value = p.nextToken();
      if (!seen.add(key)) {
        problems.add(new ConfigProblem(where(line), String.join(".", path), "duplicate key"));
        p.skipChildren();
        continue;
      }
      switch (value) {
        case START_OBJECT -> {
          int before = leaves.size() + problems.size();
          mapping(p, path);
          if (leaves.size() + problems.size() == before) {
            leaves.add(new Leaf(path, null, Shape.EMPTY_MAPPING, line));
          }
        }
        case START_ARRAY -> {
          p.skipChildren();
          leaves.add(new Leaf(path, null, Shape.LIST, line));
        }
        case VALUE_NULL -> leaves.add(new Leaf(path, null, Shape.EMPTY, line));
        default -> leaves.add(new Leaf(path, p.getText(), Shape.SCALAR, line));
      }
    }
  }

  private String where(int line) {
    return line > 0 ? name + " line " + line : name;
  }
}
