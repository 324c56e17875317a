package dev.akhbar.app.config;

import dev.akhbar.common.config.ConfigFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@code log.format} and {@code log.level} before logging starts: logback reads them from
 * the system properties {@code AKHBAR_LOG_FORMAT} and {@code AKHBAR_LOG_LEVEL} (logback.xml), so
 * they are found here with the same precedence as every other key (file &lt; environment &lt;
 * flags) by a first look at the arguments. A value that is not valid is left alone here and
 * reported with every other mistake when the configuration is resolved.
 *
 * <p>Touches no logger: it runs before logback is configured.
 */
public final class LogSettings {

  static final String FORMAT = "log.format";
  static final String LEVEL = "log.level";

  /** The values of {@link ConfigKeys#LOG_FORMAT} (logback.xml includes logback-VALUE.xml). */
  static final List<String> FORMATS = List.of("text", "json");

  /** The values of {@link ConfigKeys#LOG_LEVEL}. */
  static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

  private LogSettings() {}

  /** Sets the two system properties from {@code args}, {@code environment} and the config file. */
  public static void prepare(String[] args, Map<String, String> environment) {
    Optional<Path> file =
        flag(args, "--config")
            .or(() -> Optional.ofNullable(environment.get(ConfigOptions.CONFIG_VARIABLE)))
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .filter(Files::isRegularFile);
    apply(FORMAT, "--log-format", file, args, environment);
    apply(LEVEL, null, file, args, environment);
  }

  private static void apply(
      String path,
      String shortFlag,
      Optional<Path> file,
      String[] args,
      Map<String, String> environment) {
    String variable = "AKHBAR_" + path.toUpperCase(Locale.ROOT).replace('.', '_');
    // Lowest precedence first; each later one that is present wins.
    List<Optional<String>> layers =
        List.of(
            file.flatMap(f -> fromFile(f, path)),
            Optional.ofNullable(environment.get(variable)),
            setFlag(args, path),
            shortFlag == null ? Optional.empty() : flag(args, shortFlag));
    String value = null;
    for (Optional<String> layer : layers) {
      if (layer.isPresent()) {
        value =
            path.equals(FORMAT)
                ? layer.get().strip().toLowerCase(Locale.ROOT)
                : layer.get().strip().toUpperCase(Locale.ROOT);
      }
    }
    if (value != null && isValid(path, value)) {
      System.setProperty(variable, value);
    }
  }

  /** Checked here, not through {@link ConfigKeys}: loading that table would start logging. */
  private static boolean isValid(String path, String value) {
    List<String> allowed = path.equals(FORMAT) ? FORMATS : LEVELS;
    return allowed.contains(value);
  }

  private static Optional<String> fromFile(Path file, String path) {
    List<String> segments = List.of(path.split("\\."));
    return ConfigFile.read(file).leaves().stream()
        .filter(l -> l.segments().equals(segments) && l.text() != null)
        .map(ConfigFile.Leaf::text)
        .reduce((a, b) -> b);
  }

  /** The value of {@code --name VALUE} or {@code --name=VALUE}, the last one given. */
  private static Optional<String> flag(String[] args, String name) {
    String found = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name) && i + 1 < args.length) {
        found = args[i + 1];
      } else if (args[i].startsWith(name + "=")) {
        found = args[i].substring(name.length() + 1);
      }
    }
    return Optional.ofNullable(found);
  }

  /** The value of {@code --set PATH=VALUE}, the last one given. */
  private static Optional<String> setFlag(String[] args, String path) {
    String found = null;
    for (int i = 0; i < args.length; i++) {
      String assignment = null;
      if (args[i].equals("--set") && i + 1 < args.length) {
        assignment = args[i + 1];
      } else if (args[i].startsWith("--set=")) {
        assignment = args[i].substring("--set=".length());
      }
      if (assignment != null && assignment.startsWith(path + "=")) {
        found = assignment.substring(path.length() + 1);
      }
    }
    return Optional.ofNullable(found);
  }
}
