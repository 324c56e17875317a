package dev.akhbar.processor.dedup;

import dev.akhbar.processor.fingerprint.Mix;
import java.nio.ByteBuffer;
import org.apache.kafka.common.utils.Bytes;

/**
 * Which band buckets of one partition of the band index may hold entries: a Bloom filter over the
 * buckets filed there, so that a probe opens no store iterator for the usual bucket that holds
 * nothing (most articles have no copy, and each has 32 bands).
 *
 * <p>A fetch from the band index is a RocksDB iterator seek per segment, which bloom filters do not
 * spare: in a perf profile of {@code bench e2e} these seeks were the largest single cost of the
 * stream threads. The filter answers "certainly empty" or "maybe": never "empty" for a bucket that
 * holds an entry, since it is built from every entry of the store ({@link BucketFilterBuild}, when
 * the index starts, after the store is restored) and every entry filed afterwards is added. Entries
 * that leave the window stay in the filter until it is rebuilt, which only makes "maybe" more
 * frequent; {@link CandidateIndex} rebuilds it every half window.
 *
 * <p>{@value #BITS} bits (8 MiB) and three probes per bucket: about 3 % false "maybe" with 8
 * million buckets filed, the band entries of a million articles on one of four partitions.
 */
final class BucketFilter {

  static final int BITS = 1 << 26;

  private static final int PROBES = 3;

  private final long[] words = new long[BITS / Long.SIZE];
  private long added;

  /** Notes that {@code bucket} (as {@link CandidateIndex#bucket} makes it) holds an entry. */
  void add(Bytes bucket) {
    long h = hash(bucket);
    for (int i = 0; i < PROBES; i++) {
      int bit = bit(h, i);
      words[bit >>> 6] |= 1L << bit;
    }
    added++;
  }

  /** False when {@code bucket} certainly holds nothing; true when it may hold entries. */
  boolean mayHold(Bytes bucket) {
    long h = hash(bucket);
    for (int i = 0; i < PROBES; i++) {
      int bit = bit(h, i);
      if ((words[bit >>> 6] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Probe {@code i}'s bit of a bucket hashed to {@code h}: two halves of it, double hashing. */
  private static int bit(long h, int i) {
    return ((int) h + i * ((int) (h >>> 32) | 1)) & (BITS - 1);
  }

  /** Buckets added, counting each entry (a bucket filed twice counts twice). */
  long added() {
    return added;
  }

  /**
   * A 64-bit mix of the bucket's bytes: its band and 64-bit band key (already a hash, but of the
   * band's rows only, so the band is mixed in), or any other bytes.
   */
  private static long hash(Bytes bucket) {
    byte[] b = bucket.get();
    if (b.length == 1 + Long.BYTES) {
      return Mix.fmix64(ByteBuffer.wrap(b, 1, Long.BYTES).getLong() ^ (b[0] * Mix.GOLDEN));
    }
    long h = Mix.GOLDEN;
    for (byte x : b) {
      h = (h ^ x) * 0x100000001B3L;
    }
    return Mix.fmix64(h);
  }
}
