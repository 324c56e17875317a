package dev.akhbar.ingest.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The fetch state of every URL of the sources this instance polls, in memory, written through to a
 * {@link StateLog}. Loaded from the state topic at start (or when sources are assigned), so that a
 * restart neither refetches nor republishes what did not change. Thread-safe.
 */
public final class FetchStates {

  private final Map<String, FetchState> byUrl = new ConcurrentHashMap<>();
  private final StateLog log;

  public FetchStates(StateLog log) {
    this.log = log;
  }

  public Optional<FetchState> find(String url) {
    return Optional.ofNullable(byUrl.get(url));
  }

  /** Remembers {@code state} and writes it to the log. */
  public void put(FetchState state) {
    byUrl.put(state.url(), state);
    log.append(state);
  }

  /**
   * Remembers {@code state} without writing it: for state read back from the log, and for an
   * article whose raw record is still on its way (its state is written once that is durable).
   */
  public void restore(FetchState state) {
    byUrl.put(state.url(), state);
  }

  /** Forgets {@code url} without writing: a tombstone read back from the log. */
  public void forget(String url) {
    byUrl.remove(url);
  }

  /** The page states of {@code sourceId}. */
  public List<FetchState> pagesOf(String sourceId) {
    List<FetchState> out = new ArrayList<>();
    for (FetchState s : byUrl.values()) {
      if (s.sourceId().equals(sourceId) && FetchState.PAGE.equals(s.kind())) {
        out.add(s);
      }
    }
    return out;
  }

  /** Forgets, without writing, every state {@code which} selects (sources moved elsewhere). */
  public void drop(Predicate<FetchState> which) {
    byUrl.values().removeIf(which);
  }

  /** Deletes, in memory and in the log, the states last fetched before {@code cutoff}. */
  public int expire(Instant cutoff) {
    int n = 0;
    for (FetchState s : List.copyOf(byUrl.values())) {
      if (s.fetchedAt().isBefore(cutoff) && byUrl.remove(s.url(), s)) {
        log.delete(s.sourceId(), s.url());
        n++;
      }
    }
    return n;
  }

  public int size() {
    return byUrl.size();
  }

  public void flush() {
    log.flush();
  }
}
