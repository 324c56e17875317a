package dev.akhbar.common.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The two printed forms of a configuration: the effective values as YAML (secrets masked, each line
 * with where its value came from), which {@code akhbar config print} shows and which reads back as
 * a config file; and the table of every key for the documentation.
 */
public final class ConfigPrinter {

  /** Where the origin comments start, so that they line up. */
  static final int COMMENT_COLUMN = 52;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private ConfigPrinter() {}

  /** The effective configuration as YAML, secrets masked. */
  public static String yaml(EffectiveConfig config) {
    StringBuilder out = new StringBuilder();
    out.append("# akhbar configuration: defaults < ")
        .append(config.file().map(Object::toString).orElse("(no file)"))
        .append(" < environment (AKHBAR_…) < flags\n");
    config.warnings().forEach(w -> out.append("# warning: ").append(w).append('\n'));
    String section = null;
    for (ConfigKey<?> key : config.schema().keys()) {
      if (!key.section().equals(section)) {
        section = key.section();
        out.append(section).append(":\n");
      }
      if (key.isProperties()) {
        Map<String, EffectiveConfig.Setting> props = config.propertySettings(key);
        if (props.isEmpty()) {
          line(out, "  " + key.name() + ": {}", "none");
        } else {
          out.append("  ").append(key.name()).append(":\n");
          props.forEach(
              (name, s) -> {
                String value = Secrets.isSecretProperty(name) ? Secrets.MASK : s.text();
                line(out, "    " + quote(name) + ": " + quote(value), where(s));
              });
        }
        continue;
      }
      var setting = config.setting(key);
      if (setting.isEmpty()) {
        line(out, "  # " + key.name() + ":", "not set");
        continue;
      }
      EffectiveConfig.Setting s = setting.get();
      String value = key.secret() ? quote(Secrets.MASK) : scalar(key, s.text());
      line(out, "  " + key.name() + ": " + value, where(s));
    }
    return out.toString();
  }

  /**
   * A Markdown table of every key: the key, its environment variable, its type, its default and
   * what it does.
   */
  public static String markdownTable(ConfigSchema schema) {
    StringBuilder out = new StringBuilder();
    out.append("| key | environment variable | type | default | what it does |\n");
    out.append("| --- | --- | --- | --- | --- |\n");
    for (ConfigKey<?> key : schema.keys()) {
      String variable =
          key.isProperties() ? key.environmentVariable() + "_<NAME>" : key.environmentVariable();
      String def =
          key.isProperties()
              ? "none"
              : key.defaultValue().map(d -> d.isEmpty() ? "(empty)" : "`" + d + "`").orElse("none");
      out.append("| `")
          .append(key.path())
          .append("` | `")
          .append(variable)
          .append("` | ")
          .append(key.type().name().replace("|", "\\|"))
          .append(" | ")
          .append(def.replace("|", "\\|"))
          .append(" | ")
          .append(key.description().replace("|", "\\|"))
          .append(key.secret() ? " Masked when printed." : "")
          .append(" |\n");
    }
    return out.toString();
  }

  private static String where(EffectiveConfig.Setting s) {
    return s.origin() == Origin.DEFAULT ? "default" : s.where();
  }

  private static void line(StringBuilder out, String text, String comment) {
    out.append(text);
    out.append(" ".repeat(Math.max(1, COMMENT_COLUMN - text.length())));
    out.append("# ").append(comment).append('\n');
  }

  /** Numbers, booleans and plain words bare; every other text as a double-quoted YAML string. */
  private static String scalar(ConfigKey<?> key, String text) {
    return key.type() != ConfigType.STRING && PLAIN.matcher(text).matches() ? text : quote(text);
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text); // a JSON string is a valid double-quoted YAML scalar
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot quote a string", e);
    }
  }
}
