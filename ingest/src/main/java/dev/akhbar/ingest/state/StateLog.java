package dev.akhbar.ingest.state;

/** Where fetch state is made durable: the compacted state topic, or nothing in tests. */
public interface StateLog {

  /** Records {@code state} (asynchronously; {@link #flush()} waits). */
  void append(FetchState state);

  /** Deletes the state of {@code url} of {@code sourceId} (a tombstone). */
  void delete(String sourceId, String url);

  /** Waits until every record appended so far is durable. */
  void flush();

  /** Keeps nothing. */
  static StateLog none() {
    return new StateLog() {
      @Override
      public void append(FetchState state) {}

      @Override
      public void delete(String sourceId, String url) {}

      @Override
      public void flush() {}
    };
  }
}
