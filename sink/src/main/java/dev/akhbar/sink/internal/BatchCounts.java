package dev.akhbar.sink.internal;

import java.sql.Statement;

/** Reads the row counts a JDBC batch returns. */
final class BatchCounts {

  private BatchCounts() {}

  /**
   * How many statements of the batch changed a row. A driver that reports success without a count
   * ({@link Statement#SUCCESS_NO_INFO}) is counted as one change.
   */
  static int changed(int[] counts) {
    int changed = 0;
    for (int count : counts) {
      if (count > 0 || count == Statement.SUCCESS_NO_INFO) {
        changed++;
      }
    }
    return changed;
  }
}
