package dev.akhbar.processor.dedup;

import dev.akhbar.processor.fingerprint.MinHasher;
import dev.akhbar.processor.flow.Emission;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One partition of the candidate indexes: the content buckets (exact copies, by content hash) and
 * the LSH band buckets (near copies) that hash to it, so that two copies meet in the buckets they
 * share wherever they were read. A probe carries what of a newcomer lives on this partition; the
 * answer is one reply with the earliest exact copy and every near candidate <b>already verified
 * here</b> (each article's signature is kept beside its band entries), then the newcomer is added.
 * Candidates that do not match cost the newcomer nothing more.
 *
 * <p>A probe looks only into the band buckets that may hold entries ({@link BucketFilter}, built
 * from the store when the index starts and rebuilt every half window, in steps: {@link
 * BucketFilterBuild}): most hold none.
 *
 * <p>Entries are filed at the processing time and kept for one window of it, whatever their event
 * time, so a fetch reads every entry the bucket holds: a pair is compared when their event times
 * are within the window of each other, or either one has no {@code published_at} ({@link Windows}).
 */
public final class CandidateIndex implements Processor<String, IndexProbe, String, Emission> {

  private static final Logger LOG = LoggerFactory.getLogger(CandidateIndex.class);

  /** The band buckets' entries, read as bytes and decoded only for the articles met first. */
  private static final Serde<Candidate> ENTRIES = DedupSerdes.indexEntries();

  /** How often a filter build reads more of the band index. */
  static final Duration FILTER_BUILD_STEP_INTERVAL = Duration.ofMillis(100);

  /**
   * How long a step of the first build reads at most. There is no filter yet, so every probe looks
   * into all its buckets until the build is complete: the build gets most of the thread, in steps
   * far shorter than the transaction timeout, with the records that arrived between them.
   */
  static final Duration FIRST_BUILD_STEP_BUDGET = Duration.ofSeconds(1);

  /** How long a step of a rebuild reads at most: the old filter answers meanwhile. */
  static final Duration REBUILD_STEP_BUDGET = Duration.ofMillis(50);

  private final Duration window;
  private final double threshold;
  private final int maxCandidates;
  private ProcessorContext<String, Emission> context;
  private WindowStore<String, Candidate> contents;
  private WindowStore<Bytes, byte[]> bands;
  private WindowStore<Bytes, int[]> signatures;

  /** The complete filter of filled buckets; null until the first build is complete. */
  private BucketFilter filled;

  /** The filter being built, and its steps' schedule; null when none is. */
  private BucketFilterBuild building;

  private Cancellable buildSteps;

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
    // After restoration: the filter is built from everything the band index holds, a step at a
    // time (the first one now); until it is complete, the build answers "maybe" for every bucket.
    startFilterBuild();
    advanceFilterBuild();
    context.schedule(
        filterRebuildInterval(window), PunctuationType.WALL_CLOCK_TIME, t -> startFilterBuild());
  }

  /** Starts building a new band bucket filter, unless one is being built. */
  private void startFilterBuild() {
    if (building != null) {
      return;
    }
    building = new BucketFilterBuild();
    buildSteps =
        context.schedule(
            FILTER_BUILD_STEP_INTERVAL, PunctuationType.WALL_CLOCK_TIME, t -> advanceFilterBuild());
  }

  /**
   * Reads the band index for the filter being built for at most {@link #FIRST_BUILD_STEP_BUDGET} or
   * {@link #REBUILD_STEP_BUDGET}; once it has read all of it, the new filter replaces the old one.
   */
  private void advanceFilterBuild() {
    Duration budget = filled == null ? FIRST_BUILD_STEP_BUDGET : REBUILD_STEP_BUDGET;
    long deadline = System.nanoTime() + budget.toNanos();
    long keptSince = Windows.keptSince(context.currentSystemTimeMs(), window);
    if (!building.advance(bands, keptSince, deadline)) {
      return;
    }
    filled = building.filter();
    LOG.info(
        "band bucket filter of task {} built from {} entries in {} ms ({} steps, {} passes)",
        context.taskId(),
        filled.added(),
        building.elapsedNanos() / 1_000_000,
        building.steps(),
        building.passes());
    building = null;
    buildSteps.cancel();
    buildSteps = null;
  }

  @Override
  public void close() {
    if (building != null) {
      building.close();
    }
  }

  /** Whether the band bucket {@code key} may hold entries, by the filter there is. */
  private boolean mayHold(Bytes key) {
    return filled != null ? filled.mayHold(key) : building.mayHold(key);
  }

  /** Notes that the band bucket {@code key} holds an entry, in the filters there are. */
  private void noteFiled(Bytes key) {
    if (filled != null) {
      filled.add(key);
    }
    if (building != null) {
      building.add(key);
    }
  }

  /** Half the window, so that the filter forgets the buckets that left it; at least a minute. */
  static Duration filterRebuildInterval(Duration window) {
    Duration half = window.dividedBy(2);
    return half.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : half;
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
   * The near copies of the newcomer among the articles met in the buckets of the probe's bands,
   * then files the newcomer in those buckets. Articles with the newcomer's own content are left to
   * the content buckets.
   *
   * <p>The work is bounded whatever the size of the buckets and of the cluster: the buckets are
   * read in turn, one entry each, up to {@link DedupSettings#MAX_BUCKET_READ} entries per bucket
   * and {@link DedupSettings#MAX_PROBE_READ} in all, and each entry costs a look-up by its id's
   * bytes (an article is decoded once, when first met; the others are counted). The candidates are
   * then verified most likely first, by a heap rather than a sort: most bands shared with the
   * newcomer, then earliest ({@link SortKey}). Verification stops once {@code maxCandidates}
   * distinct contents matched (the node links at most that many, and a cluster needs one link) or
   * after {@link DedupSettings#MAX_SIGNATURE_CHECKS} signatures. A content is verified once:
   * articles with the same content hash have the same signature, and the node keeps one per
   * content, the earliest, which is met first (same bands, earlier key).
   */
  private List<Match> verifiedNearCopies(IndexProbe probe, long now) {
    String origin = probe.origin().articleId();
    Map<Bytes, Met> met = new HashMap<>();
    List<Met> eligible = new ArrayList<>();
    Candidate self =
        new Candidate(probe.origin(), probe.eventTime(), probe.contentPrefix(), false, -1);
    byte[] selfEntry = ENTRIES.serializer().serialize(null, self);
    int buckets = probe.bandNumbers().length;
    Bytes[] keys = new Bytes[buckets];
    // No iterator for a bucket the filter knows to be empty (null): most are.
    List<WindowStoreIterator<byte[]>> open = new ArrayList<>(buckets);
    try {
      for (int i = 0; i < buckets; i++) {
        keys[i] = bucket(probe.bandNumbers()[i], probe.bandKeys()[i]);
        open.add(
            mayHold(keys[i])
                ? bands.fetch(keys[i], Windows.keptSince(now, window), Long.MAX_VALUE)
                : null);
      }
      // One entry from each bucket in turn, so that when many buckets are crowded (a giant
      // cluster) each gets a share of the probe's reads, and a lone crowded bucket (boilerplate)
      // still gets its MAX_BUCKET_READ.
      int[] read = new int[buckets];
      int total = 0;
      boolean more = true;
      while (more && total < DedupSettings.MAX_PROBE_READ) {
        more = false;
        for (int i = 0; i < buckets && total < DedupSettings.MAX_PROBE_READ; i++) {
          WindowStoreIterator<byte[]> entries = open.get(i);
          if (entries == null || read[i] >= DedupSettings.MAX_BUCKET_READ || !entries.hasNext()) {
            continue;
          }
          read[i]++;
          total++;
          more = true;
          KeyValue<Long, byte[]> entry = entries.next();
          int band = probe.bandNumbers()[i];
          Bytes id = Bytes.wrap(new Wire.In(entry.value).candidateIdBytes());
          Met m = met.get(id);
          if (m == null) {
            Candidate c = ENTRIES.deserializer().deserialize(null, entry.value);
            boolean compared =
                !c.key().articleId().equals(origin)
                    && c.contentPrefix() != probe.contentPrefix()
                    && Windows.compared(
                        probe.origin(), probe.eventTime(), c.key(), c.eventTime(), window);
            m = new Met(c, entry.key, band);
            met.put(id, m);
            if (compared) {
              eligible.add(m);
            }
          } else {
            m.meet(band);
          }
        }
      }
    } finally {
      for (WindowStoreIterator<byte[]> entries : open) {
        if (entries != null) {
          entries.close();
        }
      }
    }
    for (int i = 0; i < buckets; i++) {
      bands.put(keys[i], selfEntry, now);
      noteFiled(keys[i]);
    }
    PriorityQueue<Met> likelyFirst = new PriorityQueue<>(eligible);
    Map<Long, Boolean> matchedByContent = new HashMap<>();
    List<Match> verified = new ArrayList<>();
    int checks = 0;
    while (!likelyFirst.isEmpty()
        && verified.size() < maxCandidates
        && checks < DedupSettings.MAX_SIGNATURE_CHECKS) {
      Met m = likelyFirst.poll();
      Candidate c = m.candidate;
      if (matchedByContent.containsKey(c.contentPrefix())) {
        continue;
      }
      checks++;
      int[] theirs = signatures.fetch(idKey(c.key().articleId()), m.filedAt);
      if (theirs == null || theirs.length != probe.signature().length) {
        continue;
      }
      double similarity = MinHasher.similarity(probe.signature(), theirs);
      boolean matches = similarity >= threshold;
      matchedByContent.put(c.contentPrefix(), matches);
      if (matches) {
        verified.add(
            new Match(
                new Candidate(c.key(), c.eventTime(), c.contentPrefix(), false, m.firstBand),
                similarity));
      }
    }
    return verified;
  }

  /**
   * A candidate met in the probe's buckets, when it was filed here (its signature was filed at the
   * same time), the lowest band and how many bands it was met in. Ordered most likely match first:
   * most bands shared, then the earliest.
   */
  private static final class Met implements Comparable<Met> {
    final Candidate candidate;
    final long filedAt;
    int firstBand;

    /** The buckets it was met in (an article is filed once per bucket): the bands it shares. */
    int bandsShared = 1;

    Met(Candidate candidate, long filedAt, int band) {
      this.candidate = candidate;
      this.filedAt = filedAt;
      this.firstBand = band;
    }

    void meet(int band) {
      bandsShared++;
      firstBand = Math.min(firstBand, band);
    }

    @Override
    public int compareTo(Met other) {
      if (bandsShared != other.bandsShared) {
        return Integer.compare(other.bandsShared, bandsShared);
      }
      return candidate.key().compareTo(other.candidate.key());
    }
  }

  static Bytes bucket(int band, long key) {
    return Bytes.wrap(ByteBuffer.allocate(1 + Long.BYTES).put((byte) band).putLong(key).array());
  }

  /** An article id as its 32 bytes when it is the usual SHA-256 hex, else its UTF-8 bytes. */
  static Bytes idKey(String id) {
    if (id.length() == 64) {
      byte[] bytes = new byte[32];
      if (Wire.parseHexId(id, bytes, 0)) {
        return Bytes.wrap(bytes);
      }
    }
    return Bytes.wrap(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
