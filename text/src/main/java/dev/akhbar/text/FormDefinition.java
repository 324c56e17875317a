package dev.akhbar.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Which steps make the display form and which make the match form, in order. The defaults live in
 * the resource {@code dev/akhbar/text/forms.properties}: changing a form is an edit of that list
 * (or a definition of one's own passed to {@link Normalizer.Builder#forms}), not of code.
 *
 * <p>The match form is applied to the display form and may not use steps that {@link Step#expands()
 * make a text longer}, so that it is never longer than the display form.
 *
 * @param display the steps from input text to display form
 * @param match the steps from display form to match form
 */
public record FormDefinition(List<Step> display, List<Step> match) {

  public static final String DEFAULT_RESOURCE = "/dev/akhbar/text/forms.properties";

  public FormDefinition {
    display = List.copyOf(display);
    match = List.copyOf(match);
    for (Step step : match) {
      if (step.expands()) {
        throw new IllegalArgumentException(
            "match form may not use '"
                + step.configName()
                + "': it can lengthen the text, and the match form must never be longer than the"
                + " display form");
      }
    }
  }

  /** The definitions in {@code forms.properties}. */
  public static FormDefinition defaults() {
    try (InputStream stream = FormDefinition.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (stream == null) {
        throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
      }
      return parse(new InputStreamReader(stream, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /**
   * Reads a definition in properties syntax: keys {@code display} and {@code match}, each a
   * comma-separated list of {@link Step#configName() step names}.
   */
  public static FormDefinition parse(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    return new FormDefinition(steps(properties, "display"), steps(properties, "match"));
  }

  private static List<Step> steps(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("form definition needs a '" + key + "' list of steps");
    }
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(name -> !name.isEmpty())
        .map(Step::fromConfigName)
        .toList();
  }
}
