package dev.akhbar.processor.dedup;

import dev.akhbar.processor.fingerprint.MinHasher;
import dev.akhbar.processor.flow.Emission;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * One partition of the candidate indexes: the content buckets (exact copies, by content hash) and
 * the LSH band buckets (near copies) that hash to it, so that two copies meet in the buckets they
 * share wherever they were read. A probe carries what of a newcomer lives on this partition; the
 * answer is one reply with the earliest exact copy and every near candidate <b>already verified
 * here</b> (each article's signature is kept beside its band entries), then the newcomer is added.
 * Candidates that do not match cost the newcomer nothing more.
 *
 * <p>Entries are filed at the processing time and kept for one window of it, whatever their event
 * time, so a fetch reads every entry the bucket holds: a pair is compared when their event times
 * are within the window of each other, or either one has no {@code published_at} ({@link Windows}).
 */
public final class CandidateIndex implements Processor<String, IndexProbe, String, Emission> {

  private final Duration window;
  private final double threshold;
  private final int maxCandidates;
  private ProcessorContext<String, Emission> context;
  private WindowStore<String, Candidate> contents;
  private WindowStore<Bytes, Candidate> bands;
  private WindowStore<Bytes, int[]> signatures;

  public CandidateIndex(Duration window, double threshold, int maxCandidates) {
    this.window = window;
    this.threshold = threshold;
    this.maxCandidates = maxCandidates;
  }

  @Override
  public void init(ProcessorContext<String, Emission> context) {
    this.context = context;
    this.contents = context.getStateStore(DedupStores.CONTENT_INDEX);
    this.bands = context.getStateStore(DedupStores.BAND_INDEX);
    this.signatures = context.getStateStore(DedupStores.INDEX_SIGNATURES);
  }

  @Override
  public void process(org.apache.kafka.streams.processor.api.Record<String, IndexProbe> record) {
    IndexProbe probe = record.value();
    String origin = probe.origin().articleId();
    long now = context.currentSystemTimeMs();
    List<Match> found = new ArrayList<>();
    if (probe.contentHash() != null) {
      Candidate exact = earliestExactCopy(probe, now);
      if (exact != null) {
        found.add(new Match(exact, 1.0));
      }
      contents.put(
          probe.contentHash(),
          new Candidate(probe.origin(), probe.eventTime(), probe.contentPrefix(), true, -1),
          now);
    }
    if (probe.bandNumbers().length > 0) {
      found.addAll(verifiedNearCopies(probe, now));
      signatures.put(idKey(origin), probe.signature(), now);
    }
    context.forward(
        record
            .withKey(origin)
            .withValue(new Emission.ToNode(new NodeMessage.IndexReply(origin, found))));
  }

  /** The earliest article with the same content (the others are already in its cluster). */
  private Candidate earliestExactCopy(IndexProbe probe, long now) {
    String origin = probe.origin().articleId();
    Candidate earliest = null;
    int read = 0;
    try (WindowStoreIterator<Candidate> entries =
        contents.fetch(probe.contentHash(), Windows.keptSince(now, window), Long.MAX_VALUE)) {
      while (entries.hasNext() && read++ < DedupSettings.MAX_BUCKET_READ) {
        Candidate c = entries.next().value;
        if (!c.key().articleId().equals(origin)
            && Windows.compared(probe.origin(), probe.eventTime(), c.key(), c.eventTime(), window)
            && (earliest == null || c.key().isBefore(earliest.key()))) {
          earliest = c;
        }
      }
    }
    return earliest;
  }

  /**
   * Every article met in a bucket of the probe's bands (with the lowest band it was met in) whose
   * signature matches the newcomer's, then files the newcomer in those buckets. Articles with the
   * newcomer's own content are left to the content buckets.
   */
  private List<Match> verifiedNearCopies(IndexProbe probe, long now) {
    String origin = probe.origin().articleId();
    Map<String, Met> met = new LinkedHashMap<>();
    Candidate self =
        new Candidate(probe.origin(), probe.eventTime(), probe.contentPrefix(), false, -1);
    for (int i = 0; i < probe.bandNumbers().length; i++) {
      int band = probe.bandNumbers()[i];
      Bytes bucket = bucket(band, probe.bandKeys()[i]);
      int read = 0;
      try (WindowStoreIterator<Candidate> entries =
          bands.fetch(bucket, Windows.keptSince(now, window), Long.MAX_VALUE)) {
        while (entries.hasNext() && read++ < DedupSettings.MAX_BUCKET_READ) {
          KeyValue<Long, Candidate> entry = entries.next();
          Candidate c = entry.value;
          if (!c.key().articleId().equals(origin)
              && c.contentPrefix() != probe.contentPrefix()
              && Windows.compared(
                  probe.origin(), probe.eventTime(), c.key(), c.eventTime(), window)) {
            met.merge(
                c.key().articleId(),
                new Met(
                    new Candidate(c.key(), c.eventTime(), c.contentPrefix(), false, band),
                    entry.key),
                (a, b) -> a.candidate().firstBand() <= b.candidate().firstBand() ? a : b);
          }
        }
      }
      bands.put(bucket, self, now);
    }
    List<Match> verified = new ArrayList<>();
    for (Met m : met.values()) {
      int[] theirs = signatures.fetch(idKey(m.candidate().key().articleId()), m.filedAt());
      if (theirs != null && theirs.length == probe.signature().length) {
        double similarity = MinHasher.similarity(probe.signature(), theirs);
        if (similarity >= threshold) {
          verified.add(new Match(m.candidate(), similarity));
        }
      }
    }
    verified.sort(Comparator.comparing(v -> v.candidate().key()));
    // Several candidates share a content when a story is copied exactly: keep room for all of
    // them here, the node keeps one per content and then caps.
    int cap = maxCandidates * 4;
    return verified.size() > cap ? new ArrayList<>(verified.subList(0, cap)) : verified;
  }

  /** A candidate and when it was filed here: its signature was filed at the same time. */
  private record Met(Candidate candidate, long filedAt) {}

  static Bytes bucket(int band, long key) {
    return Bytes.wrap(ByteBuffer.allocate(1 + Long.BYTES).put((byte) band).putLong(key).array());
  }

  /** An article id as its 32 bytes when it is the usual SHA-256 hex, else its UTF-8 bytes. */
  static Bytes idKey(String id) {
    if (id.length() == 64) {
      byte[] bytes = new byte[32];
      boolean hex = true;
      for (int i = 0; i < 32 && hex; i++) {
        int high = hexDigit(id.charAt(2 * i));
        int low = hexDigit(id.charAt(2 * i + 1));
        hex = high >= 0 && low >= 0;
        bytes[i] = (byte) (high << 4 | low);
      }
      if (hex) {
        return Bytes.wrap(bytes);
      }
    }
    return Bytes.wrap(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  }
}
