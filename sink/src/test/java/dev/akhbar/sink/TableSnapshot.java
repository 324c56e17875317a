package dev.akhbar.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of the sink's tables as text, in key order: two equal snapshots are equal stores. */
final class TableSnapshot {

  private static final Map<String, String> TABLES_BY_KEY = new LinkedHashMap<>();

  static {
    TABLES_BY_KEY.put("articles", "article_id");
    TABLES_BY_KEY.put("article_entities", "article_id, ordinal");
    TABLES_BY_KEY.put("article_topics", "article_id, code");
    TABLES_BY_KEY.put("article_keywords", "article_id, term");
    TABLES_BY_KEY.put("duplicates", "article_id");
    TABLES_BY_KEY.put("rejected", "article_id");
    TABLES_BY_KEY.put("dead_letters", "dead_letter_id");
  }

  private TableSnapshot() {}

  static Map<String, List<List<String>>> of(Store store) throws SQLException {
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    try (Connection connection = store.dataSource().getConnection()) {
      for (Map.Entry<String, String> table : TABLES_BY_KEY.entrySet()) {
        tables.put(table.getKey(), rows(connection, table.getKey(), table.getValue()));
      }
    }
    return tables;
  }

  /** The rows of one table, each as the text of its columns. */
  static List<List<String>> rows(Store store, String table) throws SQLException {
    try (Connection connection = store.dataSource().getConnection()) {
      return rows(connection, table, TABLES_BY_KEY.get(table));
    }
  }

  private static List<List<String>> rows(Connection connection, String table, String key)
      throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement("SELECT * FROM " + table + " ORDER BY " + key);
        ResultSet row = statement.executeQuery()) {
      ResultSetMetaData meta = row.getMetaData();
      while (row.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          values.add(meta.getColumnName(i) + "=" + row.getString(i));
        }
        rows.add(values);
      }
    }
    return rows;
  }

  /** One column of one row, or null when the row does not exist. */
  static String value(Store store, String table, String articleId, String column)
      throws SQLException {
    try (Connection connection = store.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT " + column + " FROM " + table + " WHERE article_id = ?")) {
      statement.setString(1, articleId);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  static long count(Store store, String table, String articleId) throws SQLException {
    try (Connection connection = store.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT count(*) FROM " + table + " WHERE article_id = ?")) {
      statement.setString(1, articleId);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
