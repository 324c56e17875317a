package dev.akhbar.text.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of words looked up by a range of a {@code char[]} without making a {@link String}: the
 * tokenizer and the glued-word splitter ask it about every candidate, thousands of times per
 * article. Each word gets an id, in order of first addition. Open addressing; built once, then
 * read-only and safe to share.
 */
public final class WordTable {

  private final List<String> words = new ArrayList<>();
  private int[] slots = new int[16];

  public WordTable() {
    Arrays.fill(slots, -1);
  }

  /** Adds {@code word} if absent; returns its id. */
  public int add(String word) {
    char[] chars = word.toCharArray();
    int existing = find(chars, 0, chars.length);
    if (existing >= 0) {
      return existing;
    }
    if ((words.size() + 1) * 2 > slots.length) {
      grow();
    }
    int id = words.size();
    words.add(word);
    insert(id);
    return id;
  }

  /** The id of the word {@code chars[from, to)}, or -1. */
  public int find(char[] chars, int from, int to) {
    int mask = slots.length - 1;
    int slot = hash(chars, from, to) & mask;
    while (true) {
      int id = slots[slot];
      if (id < 0) {
        return -1;
      }
      if (equals(words.get(id), chars, from, to)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  public boolean contains(CharSequence word) {
    char[] chars = word.toString().toCharArray();
    return find(chars, 0, chars.length) >= 0;
  }

  public String word(int id) {
    return words.get(id);
  }

  public int size() {
    return words.size();
  }

  private void grow() {
    slots = new int[slots.length * 2];
    Arrays.fill(slots, -1);
    for (int id = 0; id < words.size(); id++) {
      insert(id);
    }
  }

  private void insert(int id) {
    String word = words.get(id);
    int mask = slots.length - 1;
    int slot = hash(word) & mask;
    while (slots[slot] >= 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = id;
  }

  private static int hash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    return mix(h);
  }

  private static int hash(String word) {
    return mix(word.hashCode());
  }

  /** Spreads String-style hashes over the low bits that index the slots. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }

  private static boolean equals(String word, char[] chars, int from, int to) {
    if (word.length() != to - from) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != chars[from + i]) {
        return false;
      }
    }
    return true;
  }
}
