package dev.akhbar.processor.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tagger's list files from the class path: UTF-8, one record a line, {@code #} starts a
 * comment line, blank lines skipped, fields separated by tabs.
 */
final class ResourceLines {

  private ResourceLines() {}

  /** The records of resource {@code path} (absolute, without leading slash), split on tabs. */
  static List<String[]> read(String path) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing tagger resource: " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        for (int i = 0; i < fields.length; i++) {
          fields[i] = fields[i].strip();
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tagger resource " + path, e);
    }
    return rows;
  }

  /** Field {@code i} of a row, or "" when the row is shorter. */
  static String field(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }

  /** The non-empty {@code |}-separated items of a field. */
  static List<String> items(String field) {
    List<String> out = new ArrayList<>();
    for (String item : field.split("\\|")) {
      String s = item.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
