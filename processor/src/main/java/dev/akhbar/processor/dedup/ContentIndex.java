package dev.akhbar.processor.dedup;

import dev.akhbar.processor.flow.Emission;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The exact-copy index, partitioned by content hash so that every copy of a body meets the others
 * on one partition, wherever they were read. Answers a probe with the earliest article of the same
 * content within the window of the newcomer's event time (linking with one is enough: the others
 * are already in its cluster), then adds the newcomer. Entries are filed at the processing time and
 * kept for one window of it ({@link Windows}).
 */
public final class ContentIndex implements Processor<String, ContentProbe, String, Emission> {

  private final Duration window;
  private ProcessorContext<String, Emission> context;

  private WindowStore<String, Candidate> store;

  public ContentIndex(Duration window) {
    this.window = window;
  }

  @Override
  public void init(ProcessorContext<String, Emission> context) {
    this.context = context;
    this.store = context.getStateStore(DedupStores.CONTENT_INDEX);
  }

  @Override
  public void process(org.apache.kafka.streams.processor.api.Record<String, ContentProbe> record) {
    ContentProbe probe = record.value();
    String origin = probe.origin().articleId();
    Candidate earliest = null;
    int read = 0;
    long now = context.currentSystemTimeMs();
    try (WindowStoreIterator<Candidate> entries =
        store.fetch(probe.contentHash(), Windows.keptSince(now, window), Long.MAX_VALUE)) {
      while (entries.hasNext() && read++ < DedupSettings.MAX_BUCKET_READ) {
        Candidate c = entries.next().value;
        if (!c.key().articleId().equals(origin)
            && Windows.within(probe.eventTime(), c.eventTime(), window)
            && (earliest == null || c.key().isBefore(earliest.key()))) {
          earliest = c;
        }
      }
    }
    store.put(
        probe.contentHash(),
        new Candidate(probe.origin(), probe.eventTime(), probe.contentPrefix(), true, -1),
        now);
    List<Candidate> found = earliest == null ? List.of() : List.of(earliest);
    context.forward(
        record
            .withKey(origin)
            .withValue(new Emission.ToNode(new NodeMessage.IndexReply(origin, found))));
  }
}
