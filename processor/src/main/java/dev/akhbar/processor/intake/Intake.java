package dev.akhbar.processor.intake;

import dev.akhbar.common.json.InvalidRecordException;
import dev.akhbar.common.json.RawArticleReader;
import dev.akhbar.common.kafka.KeyPartition;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.common.record.Rejected;
import dev.akhbar.processor.dedup.NodeMessage;
import dev.akhbar.processor.fingerprint.BodyFingerprint;
import dev.akhbar.processor.fingerprint.Fingerprinter;
import dev.akhbar.processor.flow.DeadLetters;
import dev.akhbar.processor.flow.Emission;
import dev.akhbar.processor.flow.Outcomes;
import dev.akhbar.processor.flow.SourcePosition;
import dev.akhbar.text.LanguageGuess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one raw record and decides where it goes next: the dead-letter topic (unreadable), the
 * rejected topic (too short, or not Arabic by policy) or dedup (everything else, with its forms and
 * fingerprints). The first two also write the record's outcome; dedup writes the others' later.
 *
 * <p>Every failure is caught per record, and everything is computed before anything is forwarded,
 * so a record yields all of its outputs or a dead letter, never half of each.
 */
public final class Intake implements Processor<byte[], byte[], String, Emission> {

  /**
   * How far past the record's own timestamp an event time may lie. A date further in the future is
   * a mistake of the source, and would otherwise push dedup's window past every real article.
   */
  public static final Duration MAX_FUTURE_SKEW = Duration.ofDays(1);

  /** The event time of an article that states neither when it was published nor fetched. */
  public static final long UNDATED = -1;

  private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

  private final RawArticleReader reader;
  private final ArticleForms forms;
  private final ArticleScreen screen;
  private final Fingerprinter fingerprinter;
  private final Clock clock;
  private final int nodePartitions;
  private ProcessorContext<String, Emission> context;

  /**
   * @param nodePartitions the dedup inbox's partition count: an arrival whose node lives on the
   *     partition of its raw record goes to the node directly, any other through the inbox
   */
  public Intake(
      RawArticleReader reader,
      ArticleForms forms,
      ArticleScreen screen,
      Fingerprinter fingerprinter,
      Clock clock,
      int nodePartitions) {
    this.reader = reader;
    this.forms = forms;
    this.screen = screen;
    this.fingerprinter = fingerprinter;
    this.clock = clock;
    this.nodePartitions = nodePartitions;
  }

  @Override
  public void init(ProcessorContext<String, Emission> context) {
    this.context = context;
  }

  @Override
  public void process(org.apache.kafka.streams.processor.api.Record<byte[], byte[]> record) {
    SourcePosition position = SourcePosition.of(context.recordMetadata());
    Instant now = clock.instant();
    List<Keyed> out;
    try {
      out = decide(record.value(), record.timestamp(), position, now);
    } catch (InvalidRecordException e) {
      out = deadLetter(e, record.value(), position, now);
    } catch (RuntimeException e) {
      LOG.warn(
          "unexpected failure on raw record at {}, sent to the dead-letter topic", position, e);
      out = deadLetter(e, record.value(), position, now);
    }
    for (Keyed k : out) {
      context.forward(record.withKey(k.key()).withValue(k.emission()));
    }
  }

  private List<Keyed> decide(
      byte[] value, long recordTimestamp, SourcePosition position, Instant now)
      throws InvalidRecordException {
    RawArticle raw = reader.read(value);
    String id = raw.articleId();
    NormalizedText text = forms.of(raw);
    LanguageGuess language = screen.language(text);
    if (!raw.removed()) {
      Optional<Rejected> rejected = screen.screen(raw, text, language, now);
      if (rejected.isPresent()) {
        return List.of(
            new Keyed(id, new Emission.SetAside(rejected.get())),
            new Keyed(
                id, new Emission.Accounted(Outcomes.of(id, OutcomeKind.REJECTED, position, now))));
      }
    }
    BodyFingerprint fingerprint = fingerprinter.of(text.bodyMatch());
    NodeMessage.Arrival arrival =
        new NodeMessage.Arrival(
            raw.html() == null ? raw : withoutHtml(raw),
            language.language(),
            language.arabicShare(),
            fingerprint.contentHash(),
            fingerprint.signature(),
            fingerprint.bandKeys(),
            eventTime(raw, recordTimestamp),
            position);
    boolean here = position.partition() == KeyPartition.of(id, nodePartitions);
    return List.of(
        new Keyed(id, here ? new Emission.ToNodeHere(arrival) : new Emission.ToNode(arrival)));
  }

  /**
   * The article's event time in epoch milliseconds: published, else fetched, else {@link #UNDATED};
   * never the clock, so that a backfill gives the same result every time. A stated time is never
   * more than {@link #MAX_FUTURE_SKEW} past the record's own timestamp, nor before 1970.
   */
  static long eventTime(RawArticle raw, long recordTimestamp) {
    Instant stated = raw.eventTime();
    if (stated == null) {
      return UNDATED;
    }
    long time = stated.toEpochMilli();
    if (recordTimestamp > 0) {
      time = Math.min(time, recordTimestamp + MAX_FUTURE_SKEW.toMillis());
    }
    return Math.max(0, time);
  }

  private static RawArticle withoutHtml(RawArticle raw) {
    return new RawArticle(
        raw.schemaVersion(),
        raw.articleId(),
        raw.sourceId(),
        raw.url(),
        raw.canonicalUrl(),
        raw.fetchedAt(),
        raw.publishedAt(),
        raw.modifiedAt(),
        raw.title(),
        raw.body(),
        raw.authors(),
        raw.section(),
        raw.languageHint(),
        raw.imageUrl(),
        raw.http(),
        raw.extractionMethod(),
        raw.removed(),
        null);
  }

  private static List<Keyed> deadLetter(
      Exception error, byte[] value, SourcePosition position, Instant now) {
    List<Keyed> out = new ArrayList<>(2);
    out.add(
        new Keyed(null, new Emission.DeadLettered(DeadLetters.of(error, position, value, now))));
    out.add(
        new Keyed(
            null,
            new Emission.Accounted(Outcomes.of(null, OutcomeKind.DEAD_LETTER, position, now))));
    return out;
  }

  private record Keyed(String key, Emission emission) {}
}
