package dev.akhbar.app.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The deployment files at the top of the repository, read as trees. */
public final class RepoFiles {

  /** The repository root, from the app module where the tests run. */
  public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final ObjectMapper JSON = new ObjectMapper();

  private RepoFiles() {}

  public static String text(String relative) {
    try {
      return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A YAML file with its anchors and merge keys ({@code <<:}) resolved, as compose does. */
  public static JsonNode yaml(String relative) {
    Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text(relative));
    return JSON.valueToTree(loaded);
  }

  public static JsonNode json(String relative) {
    try {
      return JSON.readTree(text(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
