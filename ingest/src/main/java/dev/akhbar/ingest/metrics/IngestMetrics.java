package dev.akhbar.ingest.metrics;

import dev.akhbar.ingest.fetch.FailureKind;
import dev.akhbar.ingest.fetch.FetchKind;
import dev.akhbar.ingest.fetch.FetchObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The metrics of ingest. Names are dotted lower case; what varies is a tag:
 *
 * <ul>
 *   <li>{@value #FETCH_REQUESTS} (requests) — HTTP exchanges, tags {@code kind} (robots, feed,
 *       sitemap, page) and {@code status};
 *   <li>{@value #FETCH_BYTES} (bytes) — body bytes received, tag {@code kind};
 *   <li>{@value #FETCH_LATENCY} (seconds) — time of one exchange, tag {@code kind};
 *   <li>{@value #FETCH_FAILURES} (failures) — fetches that ended without a usable response, tags
 *       {@code kind} and {@code reason} ({@link FailureKind#tag()});
 *   <li>{@value #EXTRACT_FAILURES} (failures) — pages whose extraction fell short, tag {@code
 *       reason} ({@code json_ld_invalid}, {@code no_title}, {@code no_body}, {@code not_html});
 *   <li>{@value #ARTICLES_PUBLISHED} (articles) — raw records published, tags {@code source} and
 *       {@code change} (new, changed, removed);
 *   <li>{@value #ARTICLES_UNCHANGED} (articles) — refetched articles found unchanged, not
 *       published, tag {@code source};
 *   <li>{@value #SOURCE_LAST_SUCCESS} (seconds) — Unix time of the last poll of a source that
 *       fetched its listings, tag {@code source}.
 * </ul>
 *
 * Meters register on first use; {@link #bindTo} may come before or after.
 */
public final class IngestMetrics implements MeterBinder, FetchObserver {

  public static final String FETCH_REQUESTS = "akhbar.fetch.requests";
  public static final String FETCH_BYTES = "akhbar.fetch.bytes";
  public static final String FETCH_LATENCY = "akhbar.fetch.latency";
  public static final String FETCH_FAILURES = "akhbar.fetch.failures";
  public static final String EXTRACT_FAILURES = "akhbar.extract.failures";
  public static final String ARTICLES_PUBLISHED = "akhbar.articles.published";
  public static final String ARTICLES_UNCHANGED = "akhbar.articles.unchanged";
  public static final String SOURCE_LAST_SUCCESS = "akhbar.source.last.success";

  private final CompositeMeterRegistry registry = new CompositeMeterRegistry();
  private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

  @Override
  public void bindTo(MeterRegistry target) {
    registry.add(target);
  }

  @Override
  public void onExchange(FetchKind kind, int status, long bytes, Duration latency) {
    Counter.builder(FETCH_REQUESTS)
        .description("HTTP requests answered, by what they fetched and the status")
        .baseUnit("requests")
        .tag("kind", kind.tag())
        .tag("status", String.valueOf(status))
        .register(registry)
        .increment();
    Counter.builder(FETCH_BYTES)
        .description("Body bytes received, before decompression")
        .baseUnit(BaseUnits.BYTES)
        .tag("kind", kind.tag())
        .register(registry)
        .increment(bytes);
    Timer.builder(FETCH_LATENCY)
        .description("Time of one HTTP exchange, from connect to the last byte")
        .tag("kind", kind.tag())
        .register(registry)
        .record(latency);
  }

  @Override
  public void onFailure(FetchKind kind, FailureKind failure) {
    Counter.builder(FETCH_FAILURES)
        .description("Fetches that ended without a usable response, by reason")
        .baseUnit("failures")
        .tag("kind", kind.tag())
        .tag("reason", failure.tag())
        .register(registry)
        .increment();
  }

  /** A page whose extraction fell short, for {@code reason}. */
  public void extractionFailed(String reason) {
    Counter.builder(EXTRACT_FAILURES)
        .description("Pages whose extraction fell short, by reason")
        .baseUnit("failures")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /** A raw record of {@code sourceId} published; {@code change} is new, changed or removed. */
  public void published(String sourceId, String change) {
    Counter.builder(ARTICLES_PUBLISHED)
        .description("Raw article records published, by source and change")
        .tag("source", sourceId)
        .tag("change", change.toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
  }

  /** A refetched article of {@code sourceId} that had not changed. */
  public void unchanged(String sourceId) {
    Counter.builder(ARTICLES_UNCHANGED)
        .description("Refetched articles found unchanged and not published again, by source")
        .tag("source", sourceId)
        .register(registry)
        .increment();
  }

  /** A poll of {@code sourceId} that fetched its listings, at {@code when}. */
  public void sourceSucceeded(String sourceId, Instant when) {
    lastSuccess
        .computeIfAbsent(
            sourceId,
            id -> {
              AtomicLong holder = new AtomicLong();
              Gauge.builder(SOURCE_LAST_SUCCESS, holder, AtomicLong::get)
                  .description("Unix time of the last successful poll of a source")
                  .baseUnit("seconds")
                  .tag("source", id)
                  .register(registry);
              return holder;
            })
        .set(when.getEpochSecond());
  }
}
