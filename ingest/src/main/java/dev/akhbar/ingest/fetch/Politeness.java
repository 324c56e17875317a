package dev.akhbar.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How gently the fetcher treats each host.
 *
 * @param minDelay least time between two requests to the same host, unless robots.txt asks for more
 *     with Crawl-delay
 * @param maxCrawlDelay the longest Crawl-delay honoured; a larger one is cut to this (a site that
 *     asks for an hour between requests still gets polled, slowly)
 * @param connectionsPerHost requests to one host at the same time
 * @param concurrency requests in flight at the same time over all hosts
 * @param robotsTtl how long a fetched robots.txt is trusted before it is fetched again
 */
public record Politeness(
    Duration minDelay,
    Duration maxCrawlDelay,
    int connectionsPerHost,
    int concurrency,
    Duration robotsTtl) {

  public static final Duration DEFAULT_MIN_DELAY = Duration.ofSeconds(1);
  public static final Duration DEFAULT_MAX_CRAWL_DELAY = Duration.ofSeconds(30);
  public static final int DEFAULT_CONNECTIONS_PER_HOST = 1;
  public static final int DEFAULT_CONCURRENCY = 8;

  /** One day, as RFC 9309 suggests for caching robots.txt. */
  public static final Duration DEFAULT_ROBOTS_TTL = Duration.ofHours(24);

  public Politeness {
    Objects.requireNonNull(minDelay, "minDelay");
    if (minDelay.isNegative()) {
      throw new IllegalArgumentException("minDelay must not be negative, got " + minDelay);
    }
    Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
    if (maxCrawlDelay.isNegative()) {
      throw new IllegalArgumentException(
          "maxCrawlDelay must not be negative, got " + maxCrawlDelay);
    }
    FetchLimits.requireAtLeast(connectionsPerHost, 1, "connectionsPerHost");
    FetchLimits.requireAtLeast(concurrency, 1, "concurrency");
    FetchLimits.requirePositive(robotsTtl, "robotsTtl");
  }

  public static Politeness defaults() {
    return new Politeness(
        DEFAULT_MIN_DELAY,
        DEFAULT_MAX_CRAWL_DELAY,
        DEFAULT_CONNECTIONS_PER_HOST,
        DEFAULT_CONCURRENCY,
        DEFAULT_ROBOTS_TTL);
  }

  /**
   * No delay and no Crawl-delay, {@code connections} at a time per host: for benchmarks against a
   * loopback server, never for real sites.
   */
  public static Politeness off(int connections) {
    return new Politeness(
        Duration.ZERO, Duration.ZERO, connections, connections, DEFAULT_ROBOTS_TTL);
  }

  public Politeness withMinDelay(Duration value) {
    return new Politeness(value, maxCrawlDelay, connectionsPerHost, concurrency, robotsTtl);
  }

  public Politeness withMaxCrawlDelay(Duration value) {
    return new Politeness(minDelay, value, connectionsPerHost, concurrency, robotsTtl);
  }

  public Politeness withConnectionsPerHost(int value) {
    return new Politeness(minDelay, maxCrawlDelay, value, concurrency, robotsTtl);
  }

  public Politeness withConcurrency(int value) {
    return new Politeness(minDelay, maxCrawlDelay, connectionsPerHost, value, robotsTtl);
  }

  public Politeness withRobotsTtl(Duration value) {
    return new Politeness(minDelay, maxCrawlDelay, connectionsPerHost, concurrency, value);
  }

  /** The delay for a host whose robots.txt asks for {@code crawlDelay} (zero when it asks none). */
  public Duration delayFor(Duration crawlDelay) {
    Duration capped = crawlDelay.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : crawlDelay;
    return capped.compareTo(minDelay) > 0 ? capped : minDelay;
  }
}
