package dev.akhbar.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter of filled band buckets: never "empty" for a filled one, rarely "maybe" otherwise. */
class BucketFilterTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  @TempDir Path stateDir;

  @Test
  void neverCallsAFilledBucketEmptyAndRarelyAnEmptyOneFilled() {
    BucketFilter filter = new BucketFilter();
    Random random = new Random(20261130);
    int filled = 500_000;
    for (int i = 0; i < filled; i++) {
      filter.add(CandidateIndex.bucket(random.nextInt(32), random.nextLong()));
    }
    random = new Random(20261130);
    for (int i = 0; i < filled; i++) {
      assertThat(filter.mayHold(CandidateIndex.bucket(random.nextInt(32), random.nextLong())))
          .isTrue();
    }
    int maybe = 0;
    int empty = 200_000;
    for (int i = 0; i < empty; i++) {
      if (filter.mayHold(CandidateIndex.bucket(random.nextInt(32), random.nextLong()))) {
        maybe++;
      }
    }
    // With 500,000 of 2^26 bits' worth of buckets, false "maybe" is about 1 in 100,000.
    assertThat(maybe).isLessThan(20);
    assertThat(filter.added()).isEqualTo(filled);
  }

  @Test
  void tellsApartBucketsThatDifferOnlyInTheirBand() {
    BucketFilter filter = new BucketFilter();
    long key = 0x0102030405060708L;
    filter.add(CandidateIndex.bucket(3, key));
    assertThat(filter.mayHold(CandidateIndex.bucket(3, key))).isTrue();
    int maybe = 0;
    for (int band = 0; band < 32; band++) {
      if (band != 3 && filter.mayHold(CandidateIndex.bucket(band, key))) {
        maybe++;
      }
    }
    assertThat(maybe).isZero();
  }

  @Test
  void takesAnyOtherKeyToo() {
    BucketFilter filter = new BucketFilter();
    filter.add(Bytes.wrap(new byte[] {1, 2, 3}));
    assertThat(filter.mayHold(Bytes.wrap(new byte[] {1, 2, 3}))).isTrue();
    assertThat(filter.mayHold(Bytes.wrap(new byte[] {1, 2, 4}))).isFalse();
  }

  /**
   * What the candidate index does when it starts, after its store is restored: a filter built from
   * the band index a step at a time holds every bucket filed there, whenever it was filed, and
   * every bucket filed while it was built; until then it calls no bucket empty.
   */
  @Test
  void isBuiltFromEverythingTheBandIndexHoldsAStepAtATime() {
    Random random = new Random(7);
    List<Bytes> filed = new ArrayList<>();
    try (TopologyTestDriver driver = bandIndexDriver()) {
      TestInputTopic<Bytes, Integer> files = filesOf(driver);
      long time = NOW.toEpochMilli();
      for (int i = 0; i < 2_000; i++) {
        Bytes bucket = CandidateIndex.bucket(random.nextInt(32), random.nextLong());
        filed.add(bucket);
        // Minutes apart, so that the entries spread over the store's segments.
        files.pipeInput(bucket, 1, time += Duration.ofMinutes(3).toMillis());
      }
      WindowStore<Bytes, byte[]> bands = driver.getWindowStore(DedupStores.BAND_INDEX);
      List<Bytes> empty = new ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        empty.add(CandidateIndex.bucket(random.nextInt(32), random.nextLong()));
      }

      BucketFilterBuild build = new BucketFilterBuild();
      int calls = 0;
      // A deadline already passed: one look at the clock per call.
      while (!build.advance(bands, 0, 0)) {
        calls++;
        assertThat(build.mayHold(empty.get(calls % empty.size())))
            .as("maybe, until the build is complete")
            .isTrue();
        if (calls == 10) {
          // Filed while the build runs: the iterator does not see it, the build is told.
          Bytes late = CandidateIndex.bucket(7, 77L);
          files.pipeInput(late, 1, time);
          build.add(late);
          filed.add(late);
        }
      }
      assertThat(calls + 1)
          .isEqualTo(build.steps())
          .isEqualTo(
              (2_000 + BucketFilterBuild.ENTRIES_PER_CLOCK_CHECK - 1)
                  / BucketFilterBuild.ENTRIES_PER_CLOCK_CHECK);
      assertThat(build.passes()).isOne();
      BucketFilter filter = build.filter();
      assertThat(filed).allMatch(filter::mayHold);
      assertThat(empty).noneMatch(filter::mayHold);
      build.close();
    }
  }

  @Test
  void aBuildWithTimeReadsTheWholeIndexInOneStepAndHoldsWhatIsFiledMeanwhile() {
    try (TopologyTestDriver driver = bandIndexDriver()) {
      TestInputTopic<Bytes, Integer> files = filesOf(driver);
      Bytes before = CandidateIndex.bucket(5, 42L);
      Bytes during = CandidateIndex.bucket(31, -7L);
      files.pipeInput(before, 1, NOW.toEpochMilli());
      WindowStore<Bytes, byte[]> bands = driver.getWindowStore(DedupStores.BAND_INDEX);

      BucketFilterBuild build = new BucketFilterBuild();
      assertThat(build.mayHold(during)).as("not built yet, so maybe").isTrue();
      build.add(during);
      assertThat(build.advance(bands, 0, System.nanoTime() + Duration.ofMinutes(1).toNanos()))
          .isTrue();

      assertThat(build.steps()).isEqualTo(1);
      assertThat(build.filter().mayHold(before)).isTrue();
      assertThat(build.filter().mayHold(during)).isTrue();
      assertThat(build.filter().mayHold(CandidateIndex.bucket(5, 43L))).isFalse();
    }
  }

  /**
   * Filing far ahead of the window makes the store drop the segments the build's iterator is
   * reading; the build neither fails nor ends early, and the filter holds what is in the window.
   */
  @Test
  void aBuildOutlivesTheSegmentsItReads() {
    Random random = new Random(11);
    try (TopologyTestDriver driver = bandIndexDriver()) {
      TestInputTopic<Bytes, Integer> files = filesOf(driver);
      long time = NOW.toEpochMilli();
      for (int i = 0; i < 1_000; i++) {
        files.pipeInput(
            CandidateIndex.bucket(random.nextInt(32), random.nextLong()),
            1,
            time += Duration.ofMinutes(10).toMillis());
      }
      WindowStore<Bytes, byte[]> bands = driver.getWindowStore(DedupStores.BAND_INDEX);
      BucketFilterBuild build = new BucketFilterBuild();
      assertThat(build.advance(bands, 0, 0)).isFalse();

      Bytes later = CandidateIndex.bucket(9, 99L);
      files.pipeInput(later, 1, time + Duration.ofDays(30).toMillis());
      build.add(later);
      int calls = 0;
      while (!build.advance(bands, 0, 0)) {
        assertThat(++calls).isLessThan(100);
      }

      assertThat(build.filter().mayHold(later)).isTrue();
      assertThat(build.passes()).isBetween(1, 2);
      build.close();
    }
  }

  @Test
  void aBuildThatIsNotCompleteHasNoFilterToGive() {
    BucketFilterBuild build = new BucketFilterBuild();
    assertThat(build.mayHold(Bytes.wrap(new byte[] {1, 2, 3}))).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(build::filter)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not built yet: 0 entries read");
  }

  private TopologyTestDriver bandIndexDriver() {
    Topology topology = new Topology();
    topology.addSource(
        "ops", Serdes.Bytes().deserializer(), Serdes.Integer().deserializer(), "ops");
    topology.addProcessor("index", Filer::new, "ops");
    topology.addStateStore(DedupStores.bandIndex(Duration.ofDays(7)), "index");
    Properties props = StreamsSettings.of(ProcessorConfig.builder().stateDir(stateDir).build());
    props.put("bootstrap.servers", "unused:9092");
    return new TopologyTestDriver(topology, props, NOW);
  }

  private static TestInputTopic<Bytes, Integer> filesOf(TopologyTestDriver driver) {
    return driver.createInputTopic(
        "ops", Serdes.Bytes().serializer(), Serdes.Integer().serializer());
  }

  /** Files an entry in the bucket of each record's key, at the record's time. */
  private static final class Filer implements Processor<Bytes, Integer, Void, Void> {
    private WindowStore<Bytes, byte[]> bands;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      this.bands = context.getStateStore(DedupStores.BAND_INDEX);
    }

    @Override
    public void process(Record<Bytes, Integer> record) {
      bands.put(record.key(), new byte[] {1}, record.timestamp());
    }
  }
}
