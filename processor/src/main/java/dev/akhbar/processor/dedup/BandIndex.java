package dev.akhbar.processor.dedup;

import dev.akhbar.processor.flow.Emission;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The near-copy index: LSH buckets, partitioned by band so that two similar bodies meet in the
 * bucket of each band they share, wherever they were read. A probe carries all of a newcomer's
 * bands that live on this partition; the answer lists every article met in any of them within the
 * window of the newcomer's event time (with the lowest band it was met in), then the newcomer is
 * added. Entries are filed at the processing time and kept for one window of it ({@link Windows}).
 */
public final class BandIndex implements Processor<String, BandProbe, String, Emission> {

  private final Duration window;
  private final int maxCandidates;
  private ProcessorContext<String, Emission> context;

  private WindowStore<Bytes, Candidate> store;

  public BandIndex(Duration window, int maxCandidates) {
    this.window = window;
    this.maxCandidates = maxCandidates;
  }

  @Override
  public void init(ProcessorContext<String, Emission> context) {
    this.context = context;
    this.store = context.getStateStore(DedupStores.BAND_INDEX);
  }

  @Override
  public void process(org.apache.kafka.streams.processor.api.Record<String, BandProbe> record) {
    BandProbe probe = record.value();
    String origin = probe.origin().articleId();
    Map<String, Candidate> met = new LinkedHashMap<>();
    Candidate self =
        new Candidate(probe.origin(), probe.eventTime(), probe.contentPrefix(), false, -1);
    long now = context.currentSystemTimeMs();
    for (int i = 0; i < probe.bandNumbers().length; i++) {
      int band = probe.bandNumbers()[i];
      Bytes bucket = bucket(band, probe.bandKeys()[i]);
      int read = 0;
      try (WindowStoreIterator<Candidate> entries =
          store.fetch(bucket, Windows.keptSince(now, window), Long.MAX_VALUE)) {
        while (entries.hasNext() && read++ < DedupSettings.MAX_BUCKET_READ) {
          Candidate c = entries.next().value;
          if (!c.key().articleId().equals(origin)
              && Windows.within(probe.eventTime(), c.eventTime(), window)) {
            met.merge(
                c.key().articleId(),
                new Candidate(c.key(), c.eventTime(), c.contentPrefix(), false, band),
                (a, b) -> a.firstBand() <= b.firstBand() ? a : b);
          }
        }
      }
      store.put(bucket, self, now);
    }
    List<Candidate> found = new ArrayList<>(met.values());
    found.sort(Comparator.comparing(Candidate::key));
    // Several candidates share a content when a story is copied exactly: keep room for all of
    // them here, the node keeps one per content and then caps.
    int cap = maxCandidates * 4;
    if (found.size() > cap) {
      found = new ArrayList<>(found.subList(0, cap));
    }
    context.forward(
        record
            .withKey(origin)
            .withValue(new Emission.ToNode(new NodeMessage.IndexReply(origin, found))));
  }

  static Bytes bucket(int band, long key) {
    return Bytes.wrap(ByteBuffer.allocate(1 + Long.BYTES).put((byte) band).putLong(key).array());
  }
}
