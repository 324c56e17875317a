package dev.akhbar.processor.bench;

import dev.akhbar.processor.fingerprint.ContentHash;
import dev.akhbar.processor.fingerprint.LshBands;
import dev.akhbar.processor.fingerprint.MinHasher;
import dev.akhbar.processor.fingerprint.WordShingles;
import dev.akhbar.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise precision, recall and F1 of near-duplicate detection against exact Jaccard computed by
 * brute force over all pairs, for several shingle sizes, LSH shapes and thresholds. A pair counts
 * as found when the two bodies have the same content hash, or share an LSH band and their
 * signatures agree on at least the threshold share: exactly what the topology decides for a pair.
 *
 * <pre>
 * mvn -q -o -pl processor -am test-compile
 * java -cp "$(cat processor/target/test-classpath.txt)" dev.akhbar.processor.bench.NearDuplicateBenchmark [stories] [seed]
 * </pre>
 */
public final class NearDuplicateBenchmark {

  /** One configuration's figures at one threshold. */
  public record Quality(
      int shingleWords,
      int bands,
      int rows,
      double threshold,
      long truePairs,
      long found,
      long correct,
      double candidatesPerDoc) {

    public double precision() {
      return found == 0 ? 1 : (double) correct / found;
    }

    public double recall() {
      return truePairs == 0 ? 1 : (double) correct / truePairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final List<NearDuplicateSet.Doc> docs;
  private final String[] matchForms;
  private final String[] hashes;

  public NearDuplicateBenchmark(List<NearDuplicateSet.Doc> docs) {
    this.docs = docs;
    Normalizer normalizer = Normalizer.defaults();
    matchForms = new String[docs.size()];
    hashes = new String[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      matchForms[i] = normalizer.normalize(docs.get(i).body()).match();
      hashes[i] = ContentHash.of(matchForms[i]);
    }
  }

  /** The figures of one shingle size and LSH shape at each threshold. */
  public List<Quality> measure(
      int shingleWords, int functions, int bands, int rows, double[] thresholds) {
    WordShingles shingler = new WordShingles(shingleWords);
    MinHasher minHasher = new MinHasher(functions);
    LshBands lsh = new LshBands(bands, rows);
    int n = docs.size();
    long[][] sets = new long[n][];
    int[][] signatures = new int[n][];
    long[][] keys = new long[n][];
    for (int i = 0; i < n; i++) {
      long[] shingles = shingler.hashes(matchForms[i]);
      sets[i] = Arrays.stream(shingles).sorted().distinct().toArray();
      signatures[i] = minHasher.signature(shingles);
      keys[i] = lsh.keys(signatures[i]);
    }
    // Candidates: pairs that share a band.
    Map<Long, List<Integer>> buckets = new HashMap<>();
    Set<Long> candidates = new HashSet<>();
    for (int i = 0; i < n; i++) {
      for (int b = 0; b < bands; b++) {
        long bucket = keys[i][b] * 31 + b;
        List<Integer> members = buckets.computeIfAbsent(bucket, k -> new ArrayList<>());
        for (int j : members) {
          candidates.add(pair(j, i));
        }
        members.add(i);
      }
    }
    List<Quality> out = new ArrayList<>();
    for (double threshold : thresholds) {
      long truePairs = 0;
      long found = 0;
      long correct = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          boolean truth = jaccard(sets[i], sets[j]) >= threshold;
          boolean exact = hashes[i].equals(hashes[j]);
          boolean decided =
              exact
                  || (candidates.contains(pair(i, j))
                      && MinHasher.similarity(signatures[i], signatures[j]) >= threshold);
          if (truth) {
            truePairs++;
          }
          if (decided) {
            found++;
            if (truth) {
              correct++;
            }
          }
        }
      }
      out.add(
          new Quality(
              shingleWords,
              bands,
              rows,
              threshold,
              truePairs,
              found,
              correct,
              2.0 * candidates.size() / n));
    }
    return out;
  }

  /** Exact Jaccard of two sorted sets of distinct shingle hashes. */
  static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  private static long pair(int i, int j) {
    return ((long) Math.min(i, j) << 32) | Math.max(i, j);
  }

  /** How many pairs of the set fall in each Jaccard range, copies and others apart. */
  public String jaccardHistogram(int shingleWords) {
    WordShingles shingler = new WordShingles(shingleWords);
    int n = docs.size();
    long[][] sets = new long[n][];
    for (int i = 0; i < n; i++) {
      sets[i] = Arrays.stream(shingler.hashes(matchForms[i])).sorted().distinct().toArray();
    }
    long[] copies = new long[10];
    long[] others = new long[10];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int bin = Math.min(9, (int) (jaccard(sets[i], sets[j]) * 10));
        if (docs.get(i).story() == docs.get(j).story()) {
          copies[bin]++;
        } else {
          others[bin]++;
        }
      }
    }
    StringBuilder out = new StringBuilder("Jaccard   copies   other pairs\n");
    for (int b = 0; b < 10; b++) {
      out.append(
          String.format(
              Locale.ROOT, "%.1f-%.1f %8d %12d%n", b / 10.0, (b + 1) / 10.0, copies[b], others[b]));
    }
    return out.toString();
  }

  public static void main(String[] args) {
    int stories = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 7L;
    List<NearDuplicateSet.Doc> docs = NearDuplicateSet.generate(stories, 4, seed);
    NearDuplicateBenchmark bench = new NearDuplicateBenchmark(docs);
    System.out.printf(
        Locale.ROOT, "%d documents from %d stories, seed %d%n%n", docs.size(), stories, seed);
    System.out.println(bench.jaccardHistogram(3));
    double[] thresholds = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
    System.out.println(
        "words  bands×rows  threshold  true pairs  found  precision  recall     F1  candidates/doc");
    int[][] configs = {
      {2, 32, 4}, {3, 32, 4}, {4, 32, 4}, {5, 32, 4}, {3, 24, 3}, {3, 16, 2}, {3, 40, 3}
    };
    for (int[] c : configs) {
      for (Quality q : bench.measure(c[0], MinHasher.DEFAULT_FUNCTIONS, c[1], c[2], thresholds)) {
        System.out.printf(
            Locale.ROOT,
            "%5d  %5d×%-4d  %9.1f  %10d  %5d  %9.4f  %6.4f  %6.4f  %14.1f%n",
            q.shingleWords(),
            q.bands(),
            q.rows(),
            q.threshold(),
            q.truePairs(),
            q.found(),
            q.precision(),
            q.recall(),
            q.f1(),
            q.candidatesPerDoc());
      }
    }
  }
}
