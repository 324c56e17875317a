package dev.akhbar.processor.tag;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit phrase hashes to small ints, so that probing a phrase table
 * allocates nothing. Key 0 is remapped, not reserved for callers. Filled once, then read-only and
 * safe to share between threads.
 */
final class LongIntTable {

  static final int ABSENT = -1;
  private static final long EMPTY = 0L;
  private static final long ZERO_KEY = 0x9e3779b97f4a7c15L;

  private long[] keys = new long[64];
  private int[] values = new int[64];
  private int size;

  int get(long key) {
    long k = key == EMPTY ? ZERO_KEY : key;
    int mask = keys.length - 1;
    int slot = spread(k) & mask;
    while (true) {
      long found = keys[slot];
      if (found == k) {
        return values[slot];
      }
      if (found == EMPTY) {
        return ABSENT;
      }
      slot = (slot + 1) & mask;
    }
  }

  boolean contains(long key) {
    return get(key) != ABSENT;
  }

  void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    long k = key == EMPTY ? ZERO_KEY : key;
    int mask = keys.length - 1;
    int slot = spread(k) & mask;
    while (keys[slot] != EMPTY && keys[slot] != k) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == EMPTY) {
      size++;
    }
    keys[slot] = k;
    values[slot] = value;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, ABSENT);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int spread(long k) {
    long h = k * 0x9e3779b97f4a7c15L;
    return (int) (h ^ (h >>> 32));
  }
}
