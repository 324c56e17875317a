package dev.akhbar.bench;

import dev.akhbar.bench.fixture.BenchArticles;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.processor.fingerprint.BodyFingerprint;
import dev.akhbar.processor.fingerprint.ContentHash;
import dev.akhbar.processor.fingerprint.Fingerprinter;
import dev.akhbar.processor.fingerprint.LshBands;
import dev.akhbar.processor.fingerprint.MinHasher;
import dev.akhbar.processor.fingerprint.WordShingles;
import dev.akhbar.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dedup fingerprint of a typical body's match form, part by part, with the processor's own
 * classes and default settings: word shingles (tokenizer and one 64-bit hash each), the MinHash
 * signature, the LSH band keys, the content hash, all of them together, and a lookup of an
 * article's band keys in an in-memory index of {@value #INDEXED} earlier articles (the processor's
 * index is a RocksDB window store, which adds its own cost; this is the hashing and probing part).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FingerprintBenchmark {

  static final int ARTICLES = 64;

  /** Articles in the lookup index: a few days of a large outlet set. */
  static final int INDEXED = 20_000;

  private final Fingerprinter fingerprinter = Fingerprinter.withDefaults();
  private final WordShingles shingles = fingerprinter.shingles();
  private final MinHasher minHasher = fingerprinter.minHasher();
  private final LshBands bands = fingerprinter.bands();
  private final Map<Long, Integer> bandIndex = new HashMap<>();
  private List<String> matchForms;
  private List<long[]> shingleHashes;
  private List<int[]> signatures;
  private List<long[]> probes;
  private int next;

  @Setup
  public void setUp() {
    Normalizer normalizer = Normalizer.defaults();
    List<RawArticle> realistic = BenchArticles.realistic(INDEXED + ARTICLES);
    List<String> all =
        realistic.stream().map(a -> normalizer.match(normalizer.display(a.body()))).toList();
    for (int i = 0; i < INDEXED; i++) {
      for (long key : fingerprinter.of(all.get(i)).bandKeys()) {
        bandIndex.put(key, i);
      }
    }
    // The probes follow the indexed articles, so that their copies find what they copy.
    matchForms = all.subList(INDEXED, INDEXED + ARTICLES);
    shingleHashes = matchForms.stream().map(shingles::hashes).toList();
    signatures = shingleHashes.stream().map(minHasher::signature).toList();
    probes = matchForms.stream().map(m -> fingerprinter.of(m).bandKeys()).toList();
  }

  private int advance() {
    int i = next;
    next = (next + 1) % ARTICLES;
    return i;
  }

  @Benchmark
  public long[] wordShingles() {
    return shingles.hashes(matchForms.get(advance()));
  }

  @Benchmark
  public int[] minHashSignature() {
    return minHasher.signature(shingleHashes.get(advance()));
  }

  @Benchmark
  public long[] lshBandKeys() {
    return bands.keys(signatures.get(advance()));
  }

  @Benchmark
  public String contentHash() {
    return ContentHash.of(matchForms.get(advance()));
  }

  @Benchmark
  public BodyFingerprint allFingerprints() {
    return fingerprinter.of(matchForms.get(advance()));
  }

  @Benchmark
  public int lshLookup() {
    int candidates = 0;
    for (long key : probes.get(advance())) {
      if (bandIndex.get(key) != null) {
        candidates++;
      }
    }
    return candidates;
  }
}
