package dev.akhbar.processor.tag;

import java.util.Arrays;

/**
 * Sums weights per term for one document without boxing: open addressing over the terms' cached
 * string hashes. Terms are usually interned, so most comparisons are by reference. One per call.
 */
final class TermWeights {

  private String[] terms;
  private double[] weights;
  private int size;

  TermWeights(int expectedTerms) {
    int capacity = Integer.highestOneBit(Math.max(4, expectedTerms) * 2 - 1) << 1;
    terms = new String[capacity];
    weights = new double[capacity];
  }

  void add(String term, double weight) {
    if ((size + 1) * 2 > terms.length) {
      grow();
    }
    int mask = terms.length - 1;
    int slot = spread(term.hashCode()) & mask;
    while (terms[slot] != null) {
      String known = terms[slot];
      if (known == term || known.equals(term)) {
        weights[slot] += weight;
        return;
      }
      slot = (slot + 1) & mask;
    }
    terms[slot] = term;
    weights[slot] = weight;
    size++;
  }

  int size() {
    return size;
  }

  /** The indexes of the {@code k} heaviest terms, heaviest first, ties by term. */
  int[] heaviest(int k) {
    int[] top = new int[Math.min(k, size)];
    int filled = 0;
    for (int i = 0; i < terms.length; i++) {
      if (terms[i] == null) {
        continue;
      }
      int at = filled;
      while (at > 0 && heavier(i, top[at - 1])) {
        at--;
      }
      if (at < top.length) {
        int end = Math.min(filled, top.length - 1);
        System.arraycopy(top, at, top, at + 1, end - at);
        top[at] = i;
        filled = Math.min(filled + 1, top.length);
      }
    }
    return top;
  }

  String term(int index) {
    return terms[index];
  }

  double weight(int index) {
    return weights[index];
  }

  private boolean heavier(int a, int b) {
    int byWeight = Double.compare(weights[a], weights[b]);
    return byWeight > 0 || (byWeight == 0 && terms[a].compareTo(terms[b]) < 0);
  }

  private void grow() {
    String[] oldTerms = terms;
    double[] oldWeights = weights;
    terms = new String[oldTerms.length * 2];
    weights = new double[oldTerms.length * 2];
    size = 0;
    for (int i = 0; i < oldTerms.length; i++) {
      if (oldTerms[i] != null) {
        add(oldTerms[i], oldWeights[i]);
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    return "TermWeights" + Arrays.toString(Arrays.copyOf(terms, Math.min(8, terms.length)));
  }
}
