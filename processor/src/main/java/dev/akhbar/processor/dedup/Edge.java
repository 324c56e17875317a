package dev.akhbar.processor.dedup;

import dev.akhbar.common.record.DuplicateMethod;
import java.util.Comparator;

/**
 * A verified pair seen from one side: the neighbor, how they matched and how similar they are. A
 * copy's duplicates record shows its strongest edge.
 *
 * @param matchedBy {@code content-hash} or {@code band:N}
 */
public record Edge(SortKey neighbor, DuplicateMethod method, double similarity, String matchedBy) {

  public static final String CONTENT_HASH = "content-hash";

  /** Strongest first: higher similarity, then exact before near, then the earlier neighbor. */
  static final Comparator<Edge> STRONGEST_FIRST =
      Comparator.comparingDouble(Edge::similarity)
          .reversed()
          .thenComparing(Edge::method)
          .thenComparing(Edge::matchedBy)
          .thenComparing(Edge::neighbor);

  public static String band(int number) {
    return "band:" + number;
  }

  /** The stronger of {@code a} and {@code b}; either may be null. */
  static Edge stronger(Edge a, Edge b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return STRONGEST_FIRST.compare(a, b) <= 0 ? a : b;
  }
}
