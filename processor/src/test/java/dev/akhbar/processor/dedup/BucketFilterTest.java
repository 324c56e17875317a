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
import org.apache.kafka.streams.TestOutputTopic;
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
   * the band index holds every bucket filed there, whenever it was filed.
   */
  @Test
  void isBuiltFromEverythingTheBandIndexHolds() {
    Topology topology = new Topology();
    topology.addSource(
        "ops", Serdes.Bytes().deserializer(), Serdes.Integer().deserializer(), "ops");
    topology.addProcessor("index", FileThenFilter::new, "ops");
    topology.addStateStore(DedupStores.bandIndex(Duration.ofDays(7)), "index");
    topology.addSink(
        "answers", "answers", Serdes.Bytes().serializer(), Serdes.String().serializer(), "index");
    Properties props = StreamsSettings.of(ProcessorConfig.builder().stateDir(stateDir).build());
    props.put("bootstrap.servers", "unused:9092");
    Random random = new Random(7);
    List<Bytes> filed = new ArrayList<>();
    try (TopologyTestDriver driver = new TopologyTestDriver(topology, props, NOW)) {
      TestInputTopic<Bytes, Integer> ops =
          driver.createInputTopic(
              "ops", Serdes.Bytes().serializer(), Serdes.Integer().serializer());
      TestOutputTopic<Bytes, String> answers =
          driver.createOutputTopic(
              "answers", Serdes.Bytes().deserializer(), Serdes.String().deserializer());
      long time = NOW.toEpochMilli();
      for (int i = 0; i < 2_000; i++) {
        Bytes bucket = CandidateIndex.bucket(random.nextInt(32), random.nextLong());
        filed.add(bucket);
        // Hours apart, so that the entries spread over the store's segments.
        ops.pipeInput(bucket, 1, time += Duration.ofMinutes(3).toMillis());
      }
      for (Bytes bucket : filed) {
        ops.pipeInput(bucket, 0, time);
        assertThat(answers.readValue()).isEqualTo("maybe");
      }
      int empty = 0;
      for (int i = 0; i < 1_000; i++) {
        ops.pipeInput(CandidateIndex.bucket(random.nextInt(32), random.nextLong()), 0, time);
        empty += answers.readValue().equals("empty") ? 1 : 0;
      }
      assertThat(empty).isEqualTo(1_000);
    }
  }

  /**
   * 1 files an entry in the key's bucket; 0 asks a filter built from the store (once after the last
   * entry filed) about it.
   */
  private static final class FileThenFilter implements Processor<Bytes, Integer, Bytes, String> {
    private ProcessorContext<Bytes, String> context;
    private WindowStore<Bytes, byte[]> bands;
    private BucketFilter built;

    @Override
    public void init(ProcessorContext<Bytes, String> context) {
      this.context = context;
      this.bands = context.getStateStore(DedupStores.BAND_INDEX);
    }

    @Override
    public void process(Record<Bytes, Integer> record) {
      if (record.value() == 1) {
        bands.put(record.key(), new byte[] {1}, record.timestamp());
        built = null;
        return;
      }
      if (built == null) {
        built = BucketFilter.of(bands);
      }
      boolean maybe = built.mayHold(record.key());
      context.forward(record.withValue(maybe ? "maybe" : "empty"));
    }
  }
}
