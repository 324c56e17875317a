package dev.akhbar.processor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.processor.dedup.DedupSettings;
import dev.akhbar.processor.fingerprint.LshBands;
import dev.akhbar.processor.fingerprint.MinHasher;
import dev.akhbar.processor.fingerprint.WordShingles;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default fingerprints meet the targets on seeded test sets: against exact Jaccard by
 * brute force, pairs at Jaccard ≥ 0.5 are found with precision ≥ 0.99 and recall ≥ 0.95. The full
 * table is {@link NearDuplicateBenchmark}'s.
 */
class NearDuplicateQualityTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 11})
  void defaultsMeetTheTargetsAtJaccardOneHalf(long seed) {
    List<NearDuplicateSet.Doc> docs = NearDuplicateSet.generate(120, 4, seed);
    NearDuplicateBenchmark.Quality q =
        new NearDuplicateBenchmark(docs)
            .measure(
                WordShingles.DEFAULT_WORDS,
                MinHasher.DEFAULT_FUNCTIONS,
                LshBands.DEFAULT_BANDS,
                LshBands.DEFAULT_ROWS,
                new double[] {DedupSettings.DEFAULT_THRESHOLD})
            .get(0);

    assertThat(q.truePairs()).isGreaterThan(300);
    assertThat(q.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(q.recall()).isGreaterThanOrEqualTo(0.95);
  }
}
