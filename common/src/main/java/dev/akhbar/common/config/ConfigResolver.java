package dev.akhbar.common.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves a configuration: defaults, then the file, then the environment, then the flags, each
 * value checked against its key's type. Every mistake is collected before anything is returned, so
 * that one start shows them all.
 */
public final class ConfigResolver {

  private final ConfigSchema schema;
  private final Map<String, EffectiveConfig.Setting> settings = new LinkedHashMap<>();
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, Map<String, EffectiveConfig.Setting>> properties =
      new LinkedHashMap<>();
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private ConfigResolver(ConfigSchema schema) {
    this.schema = schema;
  }

  /**
   * The effective configuration of {@code inputs}.
   *
   * @throws InvalidConfigException listing every mistake: unknown keys, wrong types, missing values
   */
  public static EffectiveConfig resolve(ConfigSchema schema, ConfigInputs inputs) {
    ConfigResolver r = new ConfigResolver(schema);
    r.defaults();
    inputs.file().ifPresent(r::file);
    r.environment(inputs);
    inputs.flags().forEach(r::flag);
    if (!r.problems.isEmpty()) {
      throw new InvalidConfigException(r.problems);
    }
    return new EffectiveConfig(
        schema, inputs.file(), r.settings, r.values, r.properties, r.warnings);
  }

  private void defaults() {
    for (ConfigKey<?> key : schema.keys()) {
      if (key.isProperties()) {
        properties.put(key.path(), new LinkedHashMap<>());
      } else {
        key.defaultValue().ifPresent(text -> set(key, text, Origin.DEFAULT, "default"));
      }
    }
  }

  private void file(java.nio.file.Path file) {
    ConfigFile.Contents contents = ConfigFile.read(file);
    problems.addAll(contents.problems());
    List<String> reported = new ArrayList<>();
    for (ConfigFile.Leaf leaf : contents.leaves()) {
      String where = file + " line " + leaf.line();
      List<String> s = leaf.segments();
      if (s.size() == 1) {
        if (!schema.sections().contains(s.get(0))) {
          unknown(where, s.get(0));
        } else if (leaf.shape() == ConfigFile.Shape.SCALAR
            || leaf.shape() == ConfigFile.Shape.LIST) {
          problems.add(new ConfigProblem(where, s.get(0), "expected a mapping of keys"));
        }
        continue;
      }
      String path = s.get(0) + "." + s.get(1);
      Optional<ConfigKey<?>> key = schema.find(path);
      if (key.isEmpty()) {
        if (!reported.contains(path)) {
          reported.add(path);
          unknown(where, path);
        }
        continue;
      }
      if (key.get().isProperties()) {
        fileProperty(key.get(), leaf, where);
      } else if (s.size() > 2 || leaf.shape() == ConfigFile.Shape.EMPTY_MAPPING) {
        if (!reported.contains(path)) {
          reported.add(path);
          problems.add(
              new ConfigProblem(
                  where, path, "expected a " + key.get().type().name() + ", got a mapping"));
        }
      } else if (leaf.shape() == ConfigFile.Shape.LIST) {
        problems.add(
            new ConfigProblem(
                where, path, "expected a " + key.get().type().name() + ", got a list"));
      } else {
        set(key.get(), leaf.text(), Origin.FILE, where);
      }
    }
  }

  private void fileProperty(ConfigKey<?> key, ConfigFile.Leaf leaf, String where) {
    List<String> s = leaf.segments();
    if (s.size() == 2) {
      if (leaf.shape() == ConfigFile.Shape.SCALAR || leaf.shape() == ConfigFile.Shape.LIST) {
        problems.add(
            new ConfigProblem(where, key.path(), "expected a mapping of property names to values"));
      }
      return; // empty: no properties
    }
    // Nested mappings join with dots, so `sasl: {mechanism: PLAIN}` is sasl.mechanism.
    String name = String.join(".", s.subList(2, s.size()));
    if (leaf.shape() == ConfigFile.Shape.LIST) {
      problems.add(
          new ConfigProblem(where, key.path() + "." + name, "expected a value, got a list"));
    } else {
      setProperty(key, name, leaf.text(), Origin.FILE, where);
    }
  }

  private void environment(ConfigInputs inputs) {
    for (Map.Entry<String, String> e : new TreeMap<>(inputs.environment()).entrySet()) {
      String variable = e.getKey();
      if (!variable.startsWith(ConfigKey.ENVIRONMENT_PREFIX)
          || inputs.foreignVariables().contains(variable)) {
        continue;
      }
      String where = "environment " + variable;
      Optional<ConfigKey<?>> key = schema.findByVariable(variable);
      if (key.isPresent() && !key.get().isProperties()) {
        set(key.get(), e.getValue(), Origin.ENVIRONMENT, where);
        continue;
      }
      Optional<ConfigKey<?>> owner = schema.findPropertiesByVariable(variable);
      if (owner.isPresent()) {
        // Property names are lower case words joined by dots: SASL_JAAS_CONFIG is sasl.jaas.config.
        String name =
            variable
                .substring(owner.get().environmentVariable().length() + 1)
                .toLowerCase(Locale.ROOT)
                .replace('_', '.');
        setProperty(owner.get(), name, e.getValue(), Origin.ENVIRONMENT, where);
        continue;
      }
      String hint =
          schema.keys().stream()
              .map(ConfigKey::environmentVariable)
              .filter(
                  v -> ConfigSchema.distance(v, variable) <= ConfigSchema.MAX_SUGGESTION_DISTANCE)
              .findFirst()
              .map(v -> " (did you mean " + v + "?)")
              .orElse("");
      warnings.add(
          "environment variable " + variable + " is not a configuration key and is ignored" + hint);
    }
  }

  private void flag(ConfigFlag flag) {
    String where = "flag " + flag.flag();
    Optional<ConfigKey<?>> key = schema.find(flag.path());
    if (key.isPresent() && !key.get().isProperties()) {
      set(key.get(), flag.text(), Origin.FLAG, where);
      return;
    }
    Optional<ConfigKey<?>> owner = schema.findPropertiesOf(flag.path());
    if (owner.isPresent()) {
      String name = flag.path().substring(owner.get().path().length() + 1);
      setProperty(owner.get(), name, flag.text(), Origin.FLAG, where);
      return;
    }
    unknown(where, flag.path());
  }

  private void unknown(String where, String path) {
    if (schema.sections().contains(path)) {
      problems.add(new ConfigProblem(where, path, "is a section: give one of its keys a value"));
      return;
    }
    String hint = schema.suggest(path).map(s -> " (did you mean " + s + "?)").orElse("");
    String what = path.contains(".") ? "unknown key" : "unknown section";
    problems.add(new ConfigProblem(where, path, what + hint));
  }

  private void set(ConfigKey<?> key, String text, Origin origin, String where) {
    if (text == null || text.isBlank()) {
      problems.add(new ConfigProblem(where, key.path(), "missing value"));
      return;
    }
    try {
      values.put(key.path(), key.type().parse(text));
      settings.put(key.path(), new EffectiveConfig.Setting(text.strip(), origin, where));
    } catch (IllegalArgumentException e) {
      problems.add(new ConfigProblem(where, key.path(), e.getMessage()));
    }
  }

  private void setProperty(
      ConfigKey<?> key, String name, String text, Origin origin, String where) {
    if (text == null || text.isBlank()) {
      problems.add(new ConfigProblem(where, key.path() + "." + name, "missing value"));
      return;
    }
    properties.get(key.path()).put(name, new EffectiveConfig.Setting(text, origin, where));
  }
}
