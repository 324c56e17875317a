package dev.akhbar.ingest.crawl;

import dev.akhbar.ingest.state.FetchState;
import dev.akhbar.ingest.state.FetchStates;
import dev.akhbar.ingest.state.StateLog;
import java.util.LinkedHashMap;
import java.util.Map;

/** The state topic in memory, compacted: the last state per URL, tombstones remove. */
final class MemoryStateLog implements StateLog {

  private final Map<String, FetchState> compacted = new LinkedHashMap<>();

  @Override
  public synchronized void append(FetchState state) {
    compacted.put(state.url(), state);
  }

  @Override
  public synchronized void delete(String sourceId, String url) {
    compacted.remove(url);
  }

  @Override
  public void flush() {}

  /** A fresh {@link FetchStates} loaded from this log, as a restarted instance would have. */
  synchronized FetchStates restart() {
    FetchStates states = new FetchStates(this);
    compacted.values().forEach(states::restore);
    return states;
  }
}
