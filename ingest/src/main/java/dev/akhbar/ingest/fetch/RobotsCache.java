package dev.akhbar.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per origin, parsed by crawler-commons and kept for {@link Politeness#robotsTtl()}.
 * What a fetch of robots.txt means follows RFC 9309: 2xx gives the rules (cut at {@link
 * FetchLimits#maxRobotsBytes()}), 4xx allows everything, 5xx and network failures disallow
 * everything until {@link #UNREACHABLE_TTL} has passed.
 */
final class RobotsCache {

  private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);

  /** How long an unreachable robots.txt blocks a host before it is asked again. */
  static final Duration UNREACHABLE_TTL = Duration.ofMinutes(10);

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final List<String> agentNames;
  private final Duration ttl;
  private final TimeSource time;

  RobotsCache(String agentName, Duration ttl, TimeSource time) {
    this.agentNames = List.of(agentName);
    this.ttl = ttl;
    this.time = time;
  }

  /** The rules of {@code uri}'s origin, fetching robots.txt with {@code loader} when needed. */
  BaseRobotRules rulesFor(URI uri, Loader loader) throws InterruptedException {
    String origin = WebAddress.origin(uri);
    Instant now = time.now();
    Entry cached = entries.get(origin);
    if (cached != null && now.isBefore(cached.expires)) {
      return cached.rules;
    }
    synchronized (originLock(origin)) {
      cached = entries.get(origin);
      if (cached != null && time.now().isBefore(cached.expires)) {
        return cached.rules;
      }
      Entry fresh = load(origin, loader);
      entries.put(origin, fresh);
      return fresh.rules;
    }
  }

  private Entry load(String origin, Loader loader) throws InterruptedException {
    String robotsUrl = origin + "/robots.txt";
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    // crawler-commons disallows a whole site whose Crawl-delay exceeds its maximum; we would rather
    // cap the delay (Politeness.maxCrawlDelay) and keep crawling slowly.
    parser.setMaxCrawlDelay(Long.MAX_VALUE);
    try {
      FetchResponse response = loader.load(robotsUrl);
      if (response.isSuccess()) {
        String contentType = response.headers().first("content-type").orElse("text/plain");
        BaseRobotRules rules =
            parser.parseContent(robotsUrl, response.body(), contentType, agentNames);
        if (response.truncated()) {
          LOG.warn("{} is over the size limit; only its first part applies", robotsUrl);
        }
        return new Entry(rules, time.now().plus(ttl));
      }
      int status = response.status() >= 300 && response.status() < 400 ? 404 : response.status();
      Duration entryTtl = status >= 500 ? UNREACHABLE_TTL : ttl;
      return new Entry(parser.failedFetch(status), time.now().plus(entryTtl));
    } catch (FetchException e) {
      LOG.warn("robots.txt of {} unavailable ({}); the host is skipped for now", origin, e.kind());
      return new Entry(parser.failedFetch(503), time.now().plus(UNREACHABLE_TTL));
    }
  }

  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  private Object originLock(String origin) {
    return locks.computeIfAbsent(origin, o -> new Object());
  }

  /** Fetches robots.txt; the fetcher gives one that follows redirects but checks no robots. */
  @FunctionalInterface
  interface Loader {
    FetchResponse load(String robotsUrl) throws FetchException, InterruptedException;
  }

  private record Entry(BaseRobotRules rules, Instant expires) {}
}
