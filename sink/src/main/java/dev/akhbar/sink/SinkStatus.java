package dev.akhbar.sink;

/**
 * A snapshot of a running sink, for health checks and for waiting until it has caught up.
 *
 * @param running between the start of {@link SinkService#run()} and the end of its shutdown
 * @param storeAvailable false while the database fails and the sink waits to retry
 * @param assignedPartitions how many partitions of the input topics this instance owns
 * @param lag records on this instance's partitions not yet written and committed
 * @param committedRecords records this instance has written and committed since it started
 */
public record SinkStatus(
    boolean running,
    boolean storeAvailable,
    int assignedPartitions,
    long lag,
    long committedRecords) {}
