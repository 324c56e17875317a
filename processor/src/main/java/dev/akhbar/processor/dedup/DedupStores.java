package dev.akhbar.processor.dedup;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The names and builders of dedup's state stores. The names are part of the state's identity (they
 * name the changelog topics), so they never change. All are persistent and changelogged; the two
 * indexes are window stores filed by processing time whose retention is the dedup window, so their
 * old segments are dropped by construction; the node stores are purged by {@link DedupNode} with
 * the same window of processing time ({@link Windows}).
 *
 * <p>The nodes are cached: a node is rewritten by every message of its conversation, and the cache
 * turns the rewrites within one commit into one changelog record. Their expiry order is not: each
 * entry is written once and deleted once, and in Kafka Streams 4.4 a cache entry keeps the whole
 * source record it was written for (the record context's raw key and value, which the cache's size
 * estimate leaves out), so a cache of tiny expiry entries each holding a several-KB raw article
 * filled the heap (an OutOfMemoryError after about 170,000 articles with a 512 MiB heap). The
 * stored articles are not: each is written once and read once or twice, commits apart, and a cache
 * full of several-KB records only makes work for the garbage collector. Nor are the cluster
 * members: each entry is written once per hand-over and read only at the next.
 */
public final class DedupStores {

  /** Article id → {@link Node}: each article's place in the cluster forest. */
  public static final String NODES = "dedup-nodes";

  /** Article id → the raw record of an original, kept to publish it again. */
  public static final String ARTICLES = "dedup-articles";

  /** First-seen processing time + article id → nothing: the order in which nodes expire. */
  public static final String EXPIRY = "dedup-node-expiry";

  /**
   * Root id + member id → the member's {@link SortKey}: the other nodes of each root's cluster,
   * read with a prefix scan only when the root hands them over ({@link ClusterMembers}).
   */
  public static final String CLUSTER_MEMBERS = "dedup-cluster-members";

  /** Content hash → the articles with that exact body, by filing time. */
  public static final String CONTENT_INDEX = "dedup-content-index";

  /** Band number + band key → the articles in that LSH bucket, by filing time. */
  public static final String BAND_INDEX = "dedup-band-index";

  /**
   * Article id → its MinHash signature, filed beside its band entries on each partition of the
   * indexes that holds some of them, so that candidates are verified where they are found.
   */
  public static final String INDEX_SIGNATURES = "dedup-index-signatures";

  private DedupStores() {}

  public static StoreBuilder<KeyValueStore<String, Node>> nodes() {
    return Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(NODES), Serdes.String(), DedupSerdes.nodes())
        .withCachingEnabled();
  }

  public static StoreBuilder<KeyValueStore<String, StoredArticle>> articles() {
    return Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(ARTICLES), Serdes.String(), DedupSerdes.storedArticles());
  }

  public static StoreBuilder<KeyValueStore<Bytes, byte[]>> expiry() {
    return Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(EXPIRY), Serdes.Bytes(), Serdes.ByteArray());
  }

  public static StoreBuilder<KeyValueStore<Bytes, SortKey>> clusterMembers() {
    return Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(CLUSTER_MEMBERS), Serdes.Bytes(), DedupSerdes.sortKeys());
  }

  public static StoreBuilder<WindowStore<String, Candidate>> contentIndex(Duration window) {
    return Stores.windowStoreBuilder(
        Stores.persistentWindowStore(CONTENT_INDEX, window, Duration.ofMillis(1), true),
        Serdes.String(),
        DedupSerdes.indexEntries());
  }

  /**
   * The band index holds {@link Candidate}s in their wire form ({@link
   * DedupSerdes#indexEntries()}), kept as bytes so that a probe decodes only the articles it meets
   * first.
   */
  public static StoreBuilder<WindowStore<Bytes, byte[]>> bandIndex(Duration window) {
    return Stores.windowStoreBuilder(
        Stores.persistentWindowStore(BAND_INDEX, window, Duration.ofMillis(1), true),
        Serdes.Bytes(),
        Serdes.ByteArray());
  }

  public static StoreBuilder<WindowStore<Bytes, int[]>> indexSignatures(Duration window) {
    return Stores.windowStoreBuilder(
        Stores.persistentWindowStore(INDEX_SIGNATURES, window, Duration.ofMillis(1), false),
        Serdes.Bytes(),
        DedupSerdes.signatures());
  }
}
