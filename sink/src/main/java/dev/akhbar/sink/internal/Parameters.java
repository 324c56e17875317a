package dev.akhbar.sink.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * Binds a statement's parameters in order, so that a long column list reads as one list of values
 * instead of a list of numbered calls.
 */
final class Parameters {

  private final PreparedStatement statement;
  private final Dialect dialect;
  private int index;

  private Parameters(PreparedStatement statement, Dialect dialect) {
    this.statement = statement;
    this.dialect = dialect;
  }

  /** Starts binding {@code statement} at its first parameter. */
  static Parameters of(PreparedStatement statement, Dialect dialect) {
    return new Parameters(statement, dialect);
  }

  Parameters text(String value) throws SQLException {
    statement.setString(++index, value);
    return this;
  }

  Parameters integer(int value) throws SQLException {
    statement.setInt(++index, value);
    return this;
  }

  Parameters optionalInteger(Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(++index, Types.INTEGER);
    } else {
      statement.setInt(++index, value);
    }
    return this;
  }

  Parameters optionalLong(Long value) throws SQLException {
    if (value == null) {
      statement.setNull(++index, Types.BIGINT);
    } else {
      statement.setLong(++index, value);
    }
    return this;
  }

  Parameters real(double value) throws SQLException {
    statement.setDouble(++index, value);
    return this;
  }

  Parameters optionalReal(Double value) throws SQLException {
    if (value == null) {
      statement.setNull(++index, Types.DOUBLE);
    } else {
      statement.setDouble(++index, value);
    }
    return this;
  }

  Parameters flag(boolean value) throws SQLException {
    statement.setBoolean(++index, value);
    return this;
  }

  Parameters time(Instant value) throws SQLException {
    dialect.setTime(statement, ++index, value);
    return this;
  }

  /** Adds the bound row to the statement's batch. */
  void addBatch() throws SQLException {
    statement.addBatch();
  }
}
