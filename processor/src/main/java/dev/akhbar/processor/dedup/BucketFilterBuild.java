package dev.akhbar.processor.dedup;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link BucketFilter} built from the band index in bounded steps, so that the stream thread
 * never stops for long to build one.
 *
 * <p>Read in one go, the band index of a million articles is about eight million entries per
 * partition of four. Done on the stream thread, that can outlast the transaction timeout of
 * exactly-once (10 s by Kafka Streams' default) whenever the thread holds an open transaction for
 * its other tasks: the broker would abort it, the thread's producer would be fenced, and its tasks
 * would be closed dirty, their state wiped and restored, after which the filter is built again.
 *
 * <p>So one iterator over the whole index is kept open from step to step, and each {@link #advance}
 * reads from it until a deadline. A RocksDB iterator reads the store as it was when it was opened;
 * buckets filed after that are {@link #add added} to the build directly. If the store drops a
 * segment that has left the window while the iterator is open, the iterator fails, and the build
 * reads the index again from the start (keeping what it has: a bucket too many only makes "maybe"
 * more frequent). Until the build is complete, {@link #mayHold} says "maybe" for every bucket, so a
 * build in progress can answer probes on its own (after a start, when there is no other filter) and
 * is never wrong.
 */
final class BucketFilterBuild implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BucketFilterBuild.class);

  /** Entries read between two looks at the clock. */
  static final int ENTRIES_PER_CLOCK_CHECK = 64;

  private final BucketFilter filter = new BucketFilter();
  private final long startNanos = System.nanoTime();
  private KeyValueIterator<Windowed<Bytes>, byte[]> entries;
  private boolean complete;
  private int steps;
  private int passes;

  /**
   * Reads the band index {@code store}, entries filed at or after {@code keptSince}, until all of
   * it is read or {@link System#nanoTime()} passes {@code deadlineNanos}; at least {@link
   * #ENTRIES_PER_CLOCK_CHECK} entries per call, so that a build always ends.
   *
   * @return whether the build is complete
   */
  boolean advance(WindowStore<Bytes, byte[]> store, long keptSince, long deadlineNanos) {
    if (complete) {
      return true;
    }
    steps++;
    try {
      if (entries == null) {
        entries = store.fetchAll(keptSince, Long.MAX_VALUE);
        passes++;
      }
      while (true) {
        for (int i = 0; i < ENTRIES_PER_CLOCK_CHECK; i++) {
          if (!entries.hasNext()) {
            close();
            complete = true;
            return true;
          }
          filter.add(entries.next().key.key());
        }
        if (System.nanoTime() - deadlineNanos >= 0) {
          return false;
        }
      }
    } catch (InvalidStateStoreException e) {
      LOG.info(
          "the band index changed under the bucket filter's build ({}); reading it again",
          e.toString());
      close();
      return false;
    }
  }

  /** Notes a bucket filed while the build runs. */
  void add(Bytes bucket) {
    filter.add(bucket);
  }

  /**
   * False only when {@code bucket} certainly holds nothing; "maybe" until the build is complete.
   */
  boolean mayHold(Bytes bucket) {
    return !complete || filter.mayHold(bucket);
  }

  /** The finished filter; only once {@link #advance} has said the build is complete. */
  BucketFilter filter() {
    if (!complete) {
      throw new IllegalStateException(
          "the bucket filter is not built yet: " + filter.added() + " entries read so far");
    }
    return filter;
  }

  /** Calls of {@link #advance} that read, so far. */
  int steps() {
    return steps;
  }

  /** Times the build opened its iterator over the index: 1 unless a segment was dropped. */
  int passes() {
    return passes;
  }

  /** Nanoseconds since the build began. */
  long elapsedNanos() {
    return System.nanoTime() - startNanos;
  }

  /** Closes the iterator over the index, if one is open. */
  @Override
  public void close() {
    if (entries != null) {
      try {
        entries.close();
      } finally {
        entries = null;
      }
    }
  }
}
