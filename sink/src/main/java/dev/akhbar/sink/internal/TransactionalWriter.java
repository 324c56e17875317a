package dev.akhbar.sink.internal;

import java.sql.SQLException;
import java.util.List;

/** Writes records to the store in one transaction: all of them, or none and an exception. */
@FunctionalInterface
public interface TransactionalWriter {
  WriteCounts write(List<StoreWrite> writes) throws SQLException;
}
