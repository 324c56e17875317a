package dev.akhbar.sink.internal;

import dev.akhbar.sink.SinkConfig;
import dev.akhbar.sink.SinkStatus;
import dev.akhbar.sink.internal.BatchApplier.Applied;
import dev.akhbar.sink.internal.RecordDecoder.Decoded;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's consumer loop: poll, decode, gather a batch, write it in one transaction, send its
 * dead letters, and only then commit its offsets. A batch is written when it holds {@link
 * SinkConfig#batchSize()} records or its first record has waited {@link SinkConfig#linger()}.
 *
 * <p>When the batch cannot be finished (the database is down), the loop keeps the batch, pauses
 * every partition, and retries with a doubling wait; it keeps polling meanwhile so that the group
 * does not evict it. When a rebalance takes partitions away, their records still in the batch are
 * dropped: not committed, they go to the partitions' new owner. Nothing is committed before it is
 * stored, so a crash at any point only causes redelivery, which the store's guarded upserts absorb.
 *
 * <p>Runs on one thread; {@link #stop()} may be called from any.
 */
public final class SinkLoop {

  private static final Logger LOG = LoggerFactory.getLogger(SinkLoop.class);

  /** How long a poll waits when no batch is pending; {@link #stop()} interrupts it. */
  static final Duration IDLE_POLL = Duration.ofMillis(500);

  /** How long to wait for the broker's end offsets when measuring the lag during an outage. */
  static final Duration LAG_QUERY_TIMEOUT = Duration.ofSeconds(5);

  private final SinkConfig config;
  private final Consumer<byte[], byte[]> consumer;
  private final DeadLetterPublisher deadLetters;
  private final RecordDecoder decoder;
  private final BatchApplier applier;
  private final SinkMetrics metrics;
  private final Backoff backoff;
  private final PendingBatch pending = new PendingBatch();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicLong committedRecords = new AtomicLong();
  private volatile boolean running;
  private volatile boolean storeAvailable = true;
  private volatile int assignedPartitions;
  private volatile long lag;

  public SinkLoop(
      SinkConfig config,
      Consumer<byte[], byte[]> consumer,
      Producer<byte[], byte[]> producer,
      TransactionalWriter writer,
      Dialect dialect,
      SinkMetrics metrics) {
    this.config = config;
    this.consumer = consumer;
    this.deadLetters = new DeadLetterPublisher(producer, config.topics().deadLetters());
    this.decoder = new RecordDecoder(config.topics());
    this.applier = new BatchApplier(writer, dialect, Instant::now);
    this.metrics = metrics;
    this.backoff = new Backoff(config.retryBackoff(), config.maxRetryBackoff());
  }

  /**
   * Consumes until {@link #stop()}, then writes and commits the pending batch (one attempt), leaves
   * the group and closes the clients. An unexpected error ends the loop the same way, without
   * committing the pending batch, and is thrown.
   */
  public void run() {
    running = true;
    try {
      consumer.subscribe(config.inputTopics(), new Rebalance());
      while (!stopping.get()) {
        add(poll(pollTimeout()));
        if (isBatchDue()) {
          flush(true);
        }
      }
      flush(false);
    } catch (RuntimeException | Error e) {
      // Not stored, so not committed: closing must not try to finish this batch.
      pending.clear();
      throw e;
    } finally {
      try {
        consumer.close(CloseOptions.timeout(config.closeTimeout()));
      } finally {
        deadLetters.close();
        running = false;
      }
    }
  }

  /** Asks the loop to finish its batch and end; returns at once. */
  public void stop() {
    stopping.set(true);
    consumer.wakeup();
  }

  public SinkStatus status() {
    return new SinkStatus(running, storeAvailable, assignedPartitions, lag, committedRecords.get());
  }

  private ConsumerRecords<byte[], byte[]> poll(Duration timeout) {
    try {
      return consumer.poll(timeout);
    } catch (WakeupException e) {
      return ConsumerRecords.empty();
    }
  }

  private Duration pollTimeout() {
    if (pending.isEmpty()) {
      return IDLE_POLL;
    }
    long remaining = config.linger().toNanos() - pending.ageNanos();
    return Duration.ofNanos(Math.max(0, remaining));
  }

  private boolean isBatchDue() {
    return pending.size() >= config.batchSize()
        || (!pending.isEmpty() && pending.ageNanos() >= config.linger().toNanos());
  }

  private void add(ConsumerRecords<byte[], byte[]> records) {
    Instant now = Instant.now();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      Decoded decoded = decoder.decode(record, now);
      if (decoded instanceof Decoded.Ready ready) {
        pending.addWrite(record, ready.write());
      } else if (decoded instanceof Decoded.Refused refused) {
        LOG.warn(
            "record {}-{}@{} goes to the dead-letter topic: {}",
            record.topic(),
            record.partition(),
            record.offset(),
            refused.deadLetter().letter().errorMessage());
        pending.addRefused(record, refused.deadLetter());
      } else {
        pending.addSkipped(record);
      }
    }
    updateLag();
  }

  /**
   * Writes, sends the dead letters of, and commits the pending batch. With {@code retry}, waits and
   * tries again while the failure lasts (until {@link #stop()}); without, tries once and leaves an
   * unfinished batch uncommitted, to be delivered again.
   */
  private void flush(boolean retry) {
    while (!pending.isEmpty()) {
      if (tryFlush()) {
        return;
      }
      if (!retry || stopping.get()) {
        LOG.warn("leaving {} records uncommitted; they will be delivered again", pending.size());
        pending.clear();
        return;
      }
      waitPolling(backoff.next());
    }
  }

  /** One attempt at the pending batch; false when it must be retried. */
  private boolean tryFlush() {
    long start = System.nanoTime();
    try {
      Applied applied = applier.apply(pending);
      deadLetters.publish(applied.deadLetters());
      commit(pending.offsets());
      metrics.batchCommitted(
          pending.size(), applied.counts(), Duration.ofNanos(System.nanoTime() - start));
      applied.deadLetters().forEach(d -> metrics.deadLetter(d.reason()));
      metrics.dropped(applied.dropped());
      committedRecords.addAndGet(pending.size());
      pending.clear();
      recovered();
      return true;
    } catch (RetryableFailure e) {
      failed(e);
      return false;
    }
  }

  private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) throws RetryableFailure {
    try {
      try {
        consumer.commitSync(offsets);
      } catch (WakeupException e) {
        // stop() was called while the batch was being written: the rows are stored, so finish.
        consumer.commitSync(offsets);
      }
    } catch (CommitFailedException | RebalanceInProgressException e) {
      // The partitions moved to another instance, which reads them again from the last commit;
      // applying stored records again changes nothing.
      LOG.warn(
          "offsets not committed after a rebalance; the new owner re-applies them: {}",
          e.getMessage());
    } catch (TimeoutException e) {
      throw new RetryableFailure("the broker did not take the offsets in time", e);
    }
  }

  private void failed(RetryableFailure e) {
    metrics.retry();
    if (storeAvailable) {
      LOG.error(
          "cannot store a batch of {} records, pausing consumption and retrying: {}",
          pending.size(),
          e.getMessage(),
          e);
    } else {
      LOG.warn("still cannot store a batch of {} records: {}", pending.size(), e.getMessage());
    }
    storeAvailable = false;
    metrics.storeAvailable(false);
  }

  private void recovered() {
    if (!storeAvailable) {
      LOG.info("the store takes writes again, resuming consumption");
      consumer.resume(consumer.paused());
    }
    storeAvailable = true;
    metrics.storeAvailable(true);
    backoff.reset();
  }

  /**
   * Waits {@code wait} with every partition paused, polling so that this member stays in its group
   * and hears of rebalances. Records of partitions assigned meanwhile join the batch.
   */
  private void waitPolling(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (!stopping.get()) {
      consumer.pause(consumer.assignment());
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return;
      }
      add(poll(Duration.ofNanos(remaining)));
      updateLagFromBroker();
    }
  }

  private void updateLag() {
    long behind = pending.size();
    int partitions = 0;
    for (TopicPartition partition : consumer.assignment()) {
      partitions++;
      OptionalLong partitionLag = consumer.currentLag(partition);
      if (partitionLag.isPresent()) {
        behind += partitionLag.getAsLong();
      }
    }
    assignedPartitions = partitions;
    lag = behind;
    metrics.lag(behind);
  }

  /**
   * While partitions are paused the consumer fetches nothing, so its own lag estimate freezes: ask
   * the broker for the end offsets instead, so that the lag metric shows the backlog of an outage.
   */
  private void updateLagFromBroker() {
    try {
      Set<TopicPartition> partitions = consumer.assignment();
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, LAG_QUERY_TIMEOUT);
      long behind = pending.size();
      for (TopicPartition partition : partitions) {
        Long end = ends.get(partition);
        if (end != null) {
          behind += Math.max(0, end - consumer.position(partition, LAG_QUERY_TIMEOUT));
        }
      }
      lag = behind;
      metrics.lag(behind);
    } catch (TimeoutException | WakeupException e) {
      // Keep the last value; the next wait asks again.
    }
  }

  /** Keeps the batch consistent with the partitions this instance owns. */
  private final class Rebalance implements ConsumerRebalanceListener {

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      if (pending.isEmpty() || partitions.isEmpty()) {
        return;
      }
      // Commit what is stored while the partitions are still ours; else their new owner re-reads.
      if (!tryFlush()) {
        pending.drop(partitions);
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      pending.drop(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      if (!storeAvailable) {
        consumer.pause(partitions);
      }
    }
  }
}
