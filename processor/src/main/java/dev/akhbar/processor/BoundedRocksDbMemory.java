package dev.akhbar.processor;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the memory of all RocksDB stores of the process: one block cache and one write-buffer
 * manager shared by every store (the recipe of the Kafka Streams memory-management docs), sized by
 * {@value #MEMORY_BYTES_CONFIG}, with index and filter blocks counted inside the cache. Without it,
 * each store segment takes its own 50 MB block cache and memtables, and the window stores have
 * several segments.
 *
 * <p>The cache is per JVM: the first configured size wins.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

  /** The total bytes for block cache and memtables together. */
  public static final String MEMORY_BYTES_CONFIG = "akhbar.rocksdb.memory.bytes";

  /**
   * Share of the memory that memtables may take; they are charged to the block cache, so the total
   * stays bounded. Once the memtables together pass this share, a store being written to flushes
   * its own, however small, and a four-partition instance has 28 stores (seven on each partition):
   * with a quarter of the default 128 MB, RocksDB's background threads took 0.22-0.25 ms of CPU per
   * article in {@code bench e2e}, with half 0.13-0.14 ms, as with four times the memory.
   */
  static final double MEMTABLE_SHARE = 0.5;

  /** Share of the block cache kept for index and filter blocks. */
  static final double INDEX_AND_FILTER_SHARE = 0.1;

  /** One memtable's size: small, since many stores share the budget. */
  static final long WRITE_BUFFER_BYTES = 4L * 1024 * 1024;

  private static Cache cache;
  private static WriteBufferManager writeBuffers;

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    long total =
        Long.parseLong(
            String.valueOf(
                configs.getOrDefault(
                    MEMORY_BYTES_CONFIG, ProcessorConfig.DEFAULT_ROCKSDB_MEMORY_BYTES)));
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(sharedCache(total));
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    options.setWriteBufferManager(sharedWriteBuffers(total));
    options.setWriteBufferSize(WRITE_BUFFER_BYTES);
    options.setMaxWriteBufferNumber(2);
    // Article text is stored as JSON; LZ4 roughly halves it at little CPU.
    options.setCompressionType(CompressionType.LZ4_COMPRESSION);
    options.setTableFormatConfig(table);
  }

  @Override
  public void close(String storeName, Options options) {
    // The cache and the write-buffer manager are shared by every store: never closed per store.
  }

  private static synchronized Cache sharedCache(long total) {
    if (cache == null) {
      cache = new LRUCache(total, -1, false, INDEX_AND_FILTER_SHARE);
    }
    return cache;
  }

  private static synchronized WriteBufferManager sharedWriteBuffers(long total) {
    if (writeBuffers == null) {
      writeBuffers = new WriteBufferManager((long) (total * MEMTABLE_SHARE), sharedCache(total));
    }
    return writeBuffers;
  }
}
