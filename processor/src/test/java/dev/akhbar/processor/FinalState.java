package dev.akhbar.processor;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Duplicate;
import java.util.Map;
import java.util.TreeMap;

/** The state a sink ends with, one line per article id, for comparing runs. */
final class FinalState {

  private FinalState() {}

  /** Latest article and duplicate per id (in topic order) → "original …" or "copy of …". */
  static Map<String, String> of(Iterable<Article> articles, Iterable<Duplicate> duplicates) {
    Map<String, String> state = new TreeMap<>();
    for (Article a : articles) {
      state.put(a.articleId(), "original v" + a.dedup().version() + " " + a.change().wire());
    }
    Map<String, Duplicate> latest = new TreeMap<>();
    for (Duplicate d : duplicates) {
      latest.merge(d.articleId(), d, (old, now) -> now.revision() >= old.revision() ? now : old);
    }
    latest.forEach(
        (id, d) ->
            state.put(
                id,
                String.format(
                    "copy of %s %s %.4f %s",
                    d.duplicateOf(), d.method().wire(), d.similarity(), d.matchedBy())));
    return state;
  }

  /** The keys on which two states differ, with both values, for a readable failure. */
  static String diff(Map<String, String> expected, Map<String, String> actual) {
    StringBuilder out = new StringBuilder();
    java.util.Set<String> keys = new java.util.TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    for (String k : keys) {
      if (!java.util.Objects.equals(expected.get(k), actual.get(k))) {
        out.append(k, 0, 8)
            .append(": expected ")
            .append(expected.get(k))
            .append(" but was ")
            .append(actual.get(k))
            .append('\n');
      }
    }
    return out.toString();
  }
}
