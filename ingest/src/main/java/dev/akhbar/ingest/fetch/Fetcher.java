package dev.akhbar.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * The polite, bounded HTTP fetcher that every request of ingest goes through. For each request, in
 * order:
 *
 * <ol>
 *   <li>the URL must be http or https;
 *   <li>robots.txt of its origin must allow it (except for robots.txt itself);
 *   <li>the host name is resolved and every address is checked by the {@link AddressPolicy}; the
 *       connection goes to an address that passed;
 *   <li>the host's turn is awaited ({@link Politeness}: its delay, Crawl-delay capped, connections
 *       per host) and a global slot ({@link Politeness#concurrency()});
 *   <li>the exchange runs within {@link FetchLimits} (time-outs, header and body bytes);
 *   <li>429, 5xx and broken connections are retried ({@link RetryPolicy}), honouring Retry-After;
 *   <li>redirects are followed, each hop checked again from step 1, up to {@link
 *       FetchLimits#maxRedirects()}, and a URL seen twice in one chain is a loop.
 * </ol>
 *
 * Thread-safe; one per ingest process, so politeness holds across all sources.
 */
public final class Fetcher {

  private final String userAgent;
  private final FetchLimits limits;
  private final Politeness politeness;
  private final RetryPolicy retry;
  private final AddressPolicy addresses;
  private final HostResolver resolver;
  private final TimeSource time;
  private final RandomGenerator random;
  private final FetchObserver observer;
  private final HttpExchange exchange;
  private final HostPacer pacer;
  private final RobotsCache robots;
  private final Semaphore inFlight;

  private Fetcher(Builder b) {
    this.userAgent = b.userAgent;
    this.limits = b.limits;
    this.politeness = b.politeness;
    this.retry = b.retry;
    this.addresses = b.addresses;
    this.resolver = b.resolver;
    this.time = b.time;
    this.random = b.random;
    this.observer = b.observer;
    this.exchange = new HttpExchange(b.limits, b.tls != null ? b.tls : defaultTls());
    this.pacer = new HostPacer(b.politeness, b.time);
    this.robots = new RobotsCache(b.robotsAgent, b.politeness.robotsTtl(), b.time);
    this.inFlight = new Semaphore(b.politeness.concurrency(), true);
  }

  /**
   * A builder; {@code userAgent} is sent with every request and {@code robotsAgent} is the token
   * matched against robots.txt {@code User-agent} lines.
   */
  public static Builder builder(String userAgent, String robotsAgent) {
    return new Builder(userAgent, robotsAgent);
  }

  public FetchLimits limits() {
    return limits;
  }

  public AddressPolicy addressPolicy() {
    return addresses;
  }

  /**
   * Fetches {@code url} by the rules above.
   *
   * @param validators sent as conditional headers on the first request of the chain
   * @return the final response, whatever its status (304, 404 and 410 included)
   * @throws FetchException when no usable response came, with the reason
   */
  public FetchResponse fetch(String url, FetchKind kind, Validators validators)
      throws FetchException, InterruptedException {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(validators, "validators");
    try {
      return fetchChain(url, kind, validators);
    } catch (FetchException e) {
      observer.onFailure(kind, e.kind());
      throw e;
    }
  }

  /** Whether robots.txt allows {@code url} for our agent (fetching robots.txt when needed). */
  public boolean isAllowedByRobots(String url) throws FetchException, InterruptedException {
    URI uri = parse(url);
    return rulesFor(uri).isAllowed(uri.toString());
  }

  /** The sitemaps that the robots.txt of {@code url}'s origin lists. */
  public List<String> robotsSitemaps(String url) throws FetchException, InterruptedException {
    return List.copyOf(rulesFor(parse(url)).getSitemaps());
  }

  private FetchResponse fetchChain(String url, FetchKind kind, Validators validators)
      throws FetchException, InterruptedException {
    long started = System.nanoTime();
    URI uri = parse(url);
    List<String> redirects = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    visited.add(uri.toString());
    while (true) {
      Duration crawlDelay = Duration.ZERO;
      // The address is checked before robots.txt, so that a refused host is never asked anything.
      allowedAddresses(uri);
      if (kind != FetchKind.ROBOTS) {
        BaseRobotRules rules = rulesFor(uri);
        if (!rules.isAllowed(uri.toString())) {
          throw new FetchException(
              FailureKind.ROBOTS_DISALLOWED, uri.toString(), "robots.txt disallows it");
        }
        if (rules.getCrawlDelay() > 0) {
          crawlDelay = Duration.ofMillis(rules.getCrawlDelay());
        }
      }
      WireResponse response =
          withRetries(uri, kind, redirects.isEmpty() ? validators : Validators.none(), crawlDelay);
      Optional<String> location = response.headers().first("location");
      if (isRedirect(response.status()) && location.isPresent()) {
        Optional<URI> target = WebAddress.resolve(uri, location.get());
        if (target.isEmpty()) {
          throw new FetchException(
              FailureKind.BAD_URL,
              uri.toString(),
              "redirect to an unusable URL: " + HttpExchange.clip(location.get()));
        }
        URI next = target.get();
        if (redirects.size() >= limits.maxRedirects()) {
          throw new FetchException(
              FailureKind.TOO_MANY_REDIRECTS,
              uri.toString(),
              "more than " + limits.maxRedirects() + " redirects");
        }
        if (!visited.add(next.toString())) {
          throw new FetchException(
              FailureKind.REDIRECT_LOOP, uri.toString(), "redirects back to " + next);
        }
        redirects.add(uri.toString());
        uri = next;
        continue;
      }
      return new FetchResponse(
          uri.toString(),
          response.status(),
          response.headers(),
          response.body(),
          redirects,
          response.truncated(),
          Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private WireResponse withRetries(URI uri, FetchKind kind, Validators validators, Duration crawl)
      throws FetchException, InterruptedException {
    Duration delay = politeness.delayFor(crawl);
    for (int attempt = 1; ; attempt++) {
      WireResponse response;
      try {
        response = once(uri, kind, validators, delay);
      } catch (FetchException e) {
        if (!isTransient(e.kind()) || attempt >= retry.maxAttempts()) {
          throw e;
        }
        time.sleep(backoff(attempt));
        continue;
      }
      if (!RetryPolicy.isRetryable(response.status())) {
        return response;
      }
      Optional<Duration> asked =
          response.headers().first("retry-after").flatMap(v -> RetryAfter.parse(v, time.now()));
      if (asked.isPresent() && asked.get().compareTo(retry.maxRetryAfter()) > 0) {
        throw new FetchException(
            FailureKind.RETRY_AFTER_TOO_LONG,
            uri.toString(),
            "status " + response.status() + " with Retry-After " + asked.get());
      }
      if (attempt >= retry.maxAttempts()) {
        throw new FetchException(
            FailureKind.HTTP_ERROR,
            uri.toString(),
            "status " + response.status() + " after " + attempt + " attempts");
      }
      time.sleep(asked.isPresent() ? asked.get() : backoff(attempt));
    }
  }

  private Duration backoff(int attempt) {
    synchronized (random) {
      return retry.backoff(attempt, random);
    }
  }

  private WireResponse once(URI uri, FetchKind kind, Validators validators, Duration delay)
      throws FetchException, InterruptedException {
    List<InetAddress> allowed = allowedAddresses(uri);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", userAgent);
    headers.put("Accept", kind.accept());
    validators.findEtag().ifPresent(v -> headers.put("If-None-Match", v));
    validators.findLastModified().ifPresent(v -> headers.put("If-Modified-Since", v));
    boolean robotsFile = kind == FetchKind.ROBOTS;
    int bodyLimit = robotsFile ? limits.maxRobotsBytes() : limits.maxBodyBytes();
    BodyLimit overLimit = robotsFile ? BodyLimit.TRUNCATE : BodyLimit.FAIL;
    HostPacer.Permit permit = pacer.acquire(WebAddress.origin(uri), delay);
    try {
      inFlight.acquire();
      try {
        FetchException last = null;
        for (InetAddress address : allowed) {
          long t0 = System.nanoTime();
          try {
            WireResponse r = exchange.get(uri, address, headers, bodyLimit, overLimit);
            observer.onExchange(
                kind, r.status(), r.wireBytes(), Duration.ofNanos(System.nanoTime() - t0));
            return r;
          } catch (FetchException e) {
            if (e.kind() != FailureKind.CONNECT_FAILED) {
              throw e;
            }
            last = e; // another address of the same host may answer
          }
        }
        throw Objects.requireNonNull(last);
      } finally {
        inFlight.release();
      }
    } finally {
      permit.close();
    }
  }

  private List<InetAddress> allowedAddresses(URI uri) throws FetchException {
    String host = uri.getHost();
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    List<InetAddress> resolved;
    try {
      resolved = resolver.resolve(bare);
    } catch (UnknownHostException e) {
      throw new FetchException(FailureKind.DNS_FAILED, uri.toString(), "unknown host " + bare, e);
    }
    List<InetAddress> allowed = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (InetAddress a : resolved) {
      addresses.refusal(a).ifPresentOrElse(refused::add, () -> allowed.add(a));
    }
    if (allowed.isEmpty()) {
      throw new FetchException(
          FailureKind.FORBIDDEN_ADDRESS,
          uri.toString(),
          refused.isEmpty() ? "no address" : String.join(", ", refused));
    }
    return allowed;
  }

  private BaseRobotRules rulesFor(URI uri) throws InterruptedException {
    return robots.rulesFor(uri, robotsUrl -> fetch(robotsUrl, FetchKind.ROBOTS, Validators.none()));
  }

  private static URI parse(String url) throws FetchException {
    return WebAddress.parse(url)
        .orElseThrow(
            () ->
                new FetchException(
                    FailureKind.BAD_URL, String.valueOf(url), "not an absolute http or https URL"));
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static boolean isTransient(FailureKind kind) {
    return kind == FailureKind.TIMEOUT
        || kind == FailureKind.CONNECT_FAILED
        || kind == FailureKind.IO_ERROR;
  }

  private static SSLSocketFactory defaultTls() {
    try {
      return SSLContext.getDefault().getSocketFactory();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the Java runtime has no default TLS context", e);
    }
  }

  /** Settings of a {@link Fetcher}; all but the agent names have defaults. */
  public static final class Builder {
    private final String userAgent;
    private final String robotsAgent;
    private FetchLimits limits = FetchLimits.defaults();
    private Politeness politeness = Politeness.defaults();
    private RetryPolicy retry = RetryPolicy.defaults();
    private AddressPolicy addresses = AddressPolicy.publicOnly();
    private HostResolver resolver = HostResolver.system();
    private TimeSource time = TimeSource.system();
    private RandomGenerator random = ThreadLocalRandom.current();
    private FetchObserver observer = FetchObserver.none();
    private SSLSocketFactory tls;

    private Builder(String userAgent, String robotsAgent) {
      if (userAgent == null || userAgent.isBlank()) {
        throw new IllegalArgumentException("userAgent must not be blank");
      }
      if (robotsAgent == null || robotsAgent.isBlank()) {
        throw new IllegalArgumentException("robotsAgent must not be blank");
      }
      this.userAgent = userAgent;
      this.robotsAgent = robotsAgent;
    }

    public Builder limits(FetchLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    public Builder politeness(Politeness value) {
      this.politeness = Objects.requireNonNull(value, "politeness");
      return this;
    }

    public Builder retry(RetryPolicy value) {
      this.retry = Objects.requireNonNull(value, "retry");
      return this;
    }

    public Builder addressPolicy(AddressPolicy value) {
      this.addresses = Objects.requireNonNull(value, "addresses");
      return this;
    }

    public Builder resolver(HostResolver value) {
      this.resolver = Objects.requireNonNull(value, "resolver");
      return this;
    }

    public Builder time(TimeSource value) {
      this.time = Objects.requireNonNull(value, "time");
      return this;
    }

    /** The source of back-off jitter; tests pass a seeded one. */
    public Builder random(RandomGenerator value) {
      this.random = Objects.requireNonNull(value, "random");
      return this;
    }

    public Builder observer(FetchObserver value) {
      this.observer = Objects.requireNonNull(value, "observer");
      return this;
    }

    /** The TLS socket factory; default the JDK's default context (system trust store). */
    public Builder tls(SSLSocketFactory value) {
      this.tls = Objects.requireNonNull(value, "tls");
      return this;
    }

    public Fetcher build() {
      return new Fetcher(this);
    }
  }
}
