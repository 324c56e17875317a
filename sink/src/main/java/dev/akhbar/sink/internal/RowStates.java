package dev.akhbar.sink.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the store holds about the articles of a batch: the version and revision of each row of
 * {@code articles}, and the revision of each row of {@code duplicates}. Read once per round inside
 * the writing transaction, after the articles are locked ({@link Dialect#lockArticles}; SQLite has
 * one writer at a time), so it stays true until the transaction ends; then kept up to date in
 * memory as the round's records are decided.
 */
final class RowStates {

  /** A row of {@code articles}. */
  record Stored(int version, int revision) {}

  /**
   * A row of {@code duplicates}.
   *
   * @param complete written from a duplicate record (with method and similarity), not only from a
   *     demoted article record
   */
  record Copy(int revision, boolean complete) {}

  /** Ids per query: well under every driver's and database's limit on parameters. */
  static final int IDS_PER_QUERY = 500;

  private final Map<String, Stored> articles = new HashMap<>();
  private final Map<String, Copy> copies = new HashMap<>();

  private RowStates() {}

  static RowStates read(Connection connection, Collection<String> articleIds) throws SQLException {
    RowStates states = new RowStates();
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(articleIds));
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      String in = " WHERE article_id IN (" + "?, ".repeat(chunk.size() - 1) + "?)";
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT article_id, version, dedup_revision FROM articles" + in)) {
        bind(select, chunk);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            states.articles.put(row.getString(1), new Stored(row.getInt(2), row.getInt(3)));
          }
        }
      }
      try (PreparedStatement select =
          connection.prepareStatement("SELECT article_id, revision, method FROM duplicates" + in)) {
        bind(select, chunk);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            states.copies.put(row.getString(1), new Copy(row.getInt(2), row.getString(3) != null));
          }
        }
      }
    }
    return states;
  }

  private static void bind(PreparedStatement statement, List<String> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      statement.setString(i + 1, ids.get(i));
    }
  }

  Optional<Stored> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  Optional<Copy> copy(String id) {
    return Optional.ofNullable(copies.get(id));
  }

  /** The article is now in {@code articles} at this version and revision, not in duplicates. */
  void stored(String id, int version, int revision) {
    articles.put(id, new Stored(version, revision));
    copies.remove(id);
  }

  /** The article is now in {@code duplicates} at this revision, not in articles. */
  void copied(String id, int revision, boolean complete) {
    articles.remove(id);
    copies.put(id, new Copy(revision, complete));
  }
}
