package dev.akhbar.processor.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.BytesSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The members of each root's cluster ({@link DedupStores#CLUSTER_MEMBERS}), one entry per root and
 * member: the key is the root's id (its length first, so that no root's key is a prefix of
 * another's) then the member's id, the value the member's {@link SortKey}. A root reads its members
 * with one prefix scan, only when it hands them over to an earlier root; every other message to a
 * root reads and writes only its small {@link Node}.
 *
 * <p>One instance serves one {@link NodeStep}: writes are buffered (and seen by its own reads) and
 * reach the store in {@link #write()}, only when the step succeeds.
 */
final class ClusterMembers {

  private final KeyValueStore<Bytes, SortKey> store;

  /** Buffered writes by key: a member to add, or null to delete. */
  private final Map<Bytes, SortKey> writes = new TreeMap<>();

  ClusterMembers(KeyValueStore<Bytes, SortKey> store) {
    this.store = store;
  }

  /** Every member filed under {@code root}, in key order. */
  List<SortKey> of(String root) {
    Bytes prefix = prefix(root);
    Map<Bytes, SortKey> found = new TreeMap<>();
    try (KeyValueIterator<Bytes, SortKey> entries =
        store.prefixScan(prefix, new BytesSerializer())) {
      while (entries.hasNext()) {
        KeyValue<Bytes, SortKey> entry = entries.next();
        found.put(entry.key, entry.value);
      }
    }
    writes.forEach(
        (key, member) -> {
          if (startsWith(key, prefix)) {
            if (member == null) {
              found.remove(key);
            } else {
              found.put(key, member);
            }
          }
        });
    return new ArrayList<>(found.values());
  }

  /** Files {@code member} under {@code root}; false when it was there already. */
  boolean add(String root, SortKey member) {
    Bytes key = key(root, member.articleId());
    boolean there = writes.containsKey(key) ? writes.get(key) != null : store.get(key) != null;
    if (there) {
      return false;
    }
    writes.put(key, member);
    return true;
  }

  /** Forgets {@code members} under {@code root} (they were handed over). */
  void remove(String root, List<SortKey> members) {
    for (SortKey member : members) {
      writes.put(key(root, member.articleId()), null);
    }
  }

  void write() {
    writes.forEach(
        (key, member) -> {
          if (member == null) {
            store.delete(key);
          } else {
            store.put(key, member);
          }
        });
    writes.clear();
  }

  /** Deletes every entry under {@code root}, at once (a purge, outside any step). */
  static void deleteAll(KeyValueStore<Bytes, SortKey> store, String root) {
    List<Bytes> keys = new ArrayList<>();
    try (KeyValueIterator<Bytes, SortKey> entries =
        store.prefixScan(prefix(root), new BytesSerializer())) {
      while (entries.hasNext()) {
        keys.add(entries.next().key);
      }
    }
    keys.forEach(store::delete);
  }

  static Bytes prefix(String root) {
    byte[] id = CandidateIndex.idKey(root).get();
    return Bytes.wrap(
        ByteBuffer.allocate(Integer.BYTES + id.length).putInt(id.length).put(id).array());
  }

  static Bytes key(String root, String member) {
    byte[] prefix = prefix(root).get();
    byte[] id = CandidateIndex.idKey(member).get();
    return Bytes.wrap(ByteBuffer.allocate(prefix.length + id.length).put(prefix).put(id).array());
  }

  private static boolean startsWith(Bytes key, Bytes prefix) {
    byte[] k = key.get();
    byte[] p = prefix.get();
    if (k.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (k[i] != p[i]) {
        return false;
      }
    }
    return true;
  }
}
