package dev.akhbar.samplesite.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's written text, read once from its resources: pools of {@link Piece}s by name
 * ({@code phrases.txt}, {@code titles.txt}) and the {@link Cast} ({@code cast.txt}). Lines are
 * tab-separated; blank lines and lines starting with {@code #} are comments.
 */
final class Phrasebook {

  private static final Phrasebook DEFAULT =
      new Phrasebook(
          pools(rows("phrases.txt"), ""),
          pools(rows("titles.txt"), "title."),
          new Cast(rows("cast.txt")));

  private final Map<String, Piece[]> pools;
  private final Cast cast;

  private Phrasebook(Map<String, Piece[]> phrases, Map<String, Piece[]> titles, Cast cast) {
    this.pools = new HashMap<>(phrases);
    this.pools.putAll(titles);
    this.cast = cast;
  }

  static Phrasebook defaults() {
    return DEFAULT;
  }

  Cast cast() {
    return cast;
  }

  /** The pool of that name; the caller knows which pools exist. */
  Piece[] pool(String name) {
    Piece[] pool = pools.get(name);
    if (pool == null) {
      throw new IllegalArgumentException("no pool named " + name);
    }
    return pool;
  }

  private static Map<String, Piece[]> pools(List<String[]> rows, String prefix) {
    Map<String, List<Piece>> lists = new HashMap<>();
    for (String[] row : rows) {
      lists.computeIfAbsent(prefix + row[0], k -> new ArrayList<>()).add(Piece.parse(row[1]));
    }
    Map<String, Piece[]> pools = new HashMap<>();
    lists.forEach((name, pieces) -> pools.put(name, pieces.toArray(new Piece[0])));
    return pools;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Phrasebook.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }
}
