package dev.akhbar.ingest.crawl;

import dev.akhbar.common.record.HttpInfo;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.common.url.ArticleId;
import dev.akhbar.common.url.CanonicalUrl;
import dev.akhbar.ingest.IngestConfig;
import dev.akhbar.ingest.discover.Candidate;
import dev.akhbar.ingest.discover.FeedLinks;
import dev.akhbar.ingest.discover.FeedReader;
import dev.akhbar.ingest.discover.SitemapReader;
import dev.akhbar.ingest.discover.UnreadableException;
import dev.akhbar.ingest.extract.ArticleExtractor;
import dev.akhbar.ingest.extract.ExtractedArticle;
import dev.akhbar.ingest.extract.Extraction;
import dev.akhbar.ingest.extract.PageDecoder;
import dev.akhbar.ingest.fetch.FetchException;
import dev.akhbar.ingest.fetch.FetchKind;
import dev.akhbar.ingest.fetch.FetchResponse;
import dev.akhbar.ingest.fetch.Fetcher;
import dev.akhbar.ingest.fetch.TimeSource;
import dev.akhbar.ingest.fetch.Validators;
import dev.akhbar.ingest.metrics.IngestMetrics;
import dev.akhbar.ingest.source.Source;
import dev.akhbar.ingest.state.FetchState;
import dev.akhbar.ingest.state.FetchStates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one source: discover → fetch → extract → publish.
 *
 * <ol>
 *   <li>Listings: the source's feeds and sitemaps (sitemap indexes down to {@link
 *       #MAX_SITEMAP_DEPTH} levels, the newest {@link IngestConfig#maxSitemapsPerIndex()}
 *       children); with neither, the feeds its home page announces, else the sitemaps its
 *       robots.txt lists. Each is fetched conditionally; a 304 lists nothing new.
 *   <li>Candidates: every listed URL (canonicalized), plus the known articles first seen within
 *       {@link IngestConfig#revisitWindow()}, so that updates and removals of unlisted ones show.
 *   <li>Due: an unknown URL always; a known one when its listing says it changed since it was
 *       fetched, or when it was fetched more than {@link IngestConfig#revisitAfter()} ago. The
 *       newest {@link Source#maxArticlesPerPoll()} are fetched, conditionally.
 *   <li>Each answer: 304 is unchanged; 404 or 410 of a page that served an article publishes it
 *       once more with {@code removed: true}; 200 is extracted, and published when its content hash
 *       differs from the last one published (new or changed), else counted unchanged.
 * </ol>
 *
 * A page's state is written to the state topic only once its raw record is durable, so a crash in
 * between republishes the article rather than losing it.
 */
public final class SourceCrawler {

  private static final Logger LOG = LoggerFactory.getLogger(SourceCrawler.class);

  /** Sitemap index levels followed below the listed sitemap. */
  public static final int MAX_SITEMAP_DEPTH = 2;

  /** How long feeds discovered on a home page are trusted before looking again. */
  public static final Duration DISCOVERY_TTL = Duration.ofHours(24);

  private final IngestConfig config;
  private final Fetcher fetcher;
  private final ArticleExtractor extractor;
  private final PageDecoder decoder;
  private final FetchStates states;
  private final RawSink sink;
  private final IngestMetrics metrics;
  private final TimeSource time;
  private final ExecutorService pages;
  private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

  public SourceCrawler(
      IngestConfig config,
      Fetcher fetcher,
      FetchStates states,
      RawSink sink,
      IngestMetrics metrics,
      TimeSource time,
      ExecutorService pages) {
    this.config = config;
    this.fetcher = fetcher;
    this.extractor = new ArticleExtractor(config.maxBodyChars());
    this.decoder = new PageDecoder(config.metaScanBytes());
    this.states = states;
    this.sink = sink;
    this.metrics = metrics;
    this.time = time;
    this.pages = pages;
  }

  /**
   * Polls {@code source} once, counting into {@code tally}; stops early when {@code active} turns
   * false (the service closes, or the source moved to another instance).
   *
   * @return whether its listings could be read
   */
  public boolean crawl(Source source, PassTally tally, BooleanSupplier active)
      throws InterruptedException {
    tally.source();
    Map<String, Candidate> listed = new LinkedHashMap<>();
    boolean listingsRead = discover(source, listed, tally);
    List<Due> due = dueArticles(source, listed, tally);
    List<Future<?>> running = new ArrayList<>();
    for (Due d : due) {
      if (!active.getAsBoolean()) {
        break;
      }
      running.add(pages.submit(() -> crawlPageSafely(source, d, tally, active)));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (ExecutionException e) {
        LOG.error("page task of {} failed", source.id(), e.getCause());
      }
    }
    if (listingsRead) {
      metrics.sourceSucceeded(source.id(), time.now());
    }
    return listingsRead;
  }

  private boolean discover(Source source, Map<String, Candidate> listed, PassTally tally)
      throws InterruptedException {
    List<String> feeds = source.feeds();
    List<String> sitemaps = source.sitemaps();
    if (feeds.isEmpty() && sitemaps.isEmpty() && source.home() != null) {
      Discovered d = discovered.get(source.id());
      if (d == null || time.now().isAfter(d.until())) {
        d = discoverFromHome(source, tally);
        discovered.put(source.id(), d);
      }
      feeds = d.feeds();
      sitemaps = d.sitemaps();
    }
    boolean read = false;
    for (String feed : feeds) {
      read |= readFeed(source, feed, listed, tally);
    }
    for (String sitemap : sitemaps) {
      read |= readSitemap(source, sitemap, listed, tally, 0);
    }
    return read;
  }

  private Discovered discoverFromHome(Source source, PassTally tally) throws InterruptedException {
    List<String> feeds = List.of();
    List<String> sitemaps = List.of();
    try {
      FetchResponse home = fetcher.fetch(source.home(), FetchKind.PAGE, Validators.none());
      if (home.isSuccess()) {
        String html =
            decoder.decode(home.body(), home.charsetParameter(), fallbackCharset(source)).text();
        feeds = FeedLinks.find(html, home.url());
      }
      if (feeds.isEmpty()) {
        sitemaps = fetcher.robotsSitemaps(source.home());
      }
    } catch (FetchException e) {
      tally.failure(e.kind().tag());
    }
    LOG.info("{}: discovered feeds {} and sitemaps {}", source.id(), feeds, sitemaps);
    return new Discovered(feeds, sitemaps, time.now().plus(DISCOVERY_TTL));
  }

  private boolean readFeed(
      Source source, String url, Map<String, Candidate> listed, PassTally tally)
      throws InterruptedException {
    Optional<FetchResponse> response = fetchListing(source, url, FetchKind.FEED, tally);
    if (response.isEmpty()) {
      return false;
    }
    tally.feed();
    FetchResponse r = response.get();
    if (r.isNotModified()) {
      return true;
    }
    try {
      for (Candidate c : FeedReader.read(r.body(), contentType(r), r.url())) {
        add(listed, c);
      }
    } catch (UnreadableException e) {
      LOG.warn("{}: feed {} unreadable: {}", source.id(), url, e.getMessage());
      tally.failure("unreadable_feed");
      return false;
    }
    rememberListing(source, url, FetchState.FEED, r);
    return true;
  }

  private boolean readSitemap(
      Source source, String url, Map<String, Candidate> listed, PassTally tally, int depth)
      throws InterruptedException {
    Optional<FetchResponse> response = fetchListing(source, url, FetchKind.SITEMAP, tally);
    if (response.isEmpty()) {
      return false;
    }
    tally.sitemap();
    FetchResponse r = response.get();
    if (r.isNotModified()) {
      return true;
    }
    SitemapReader.Content content;
    try {
      content = SitemapReader.read(r.body(), contentType(r), r.url());
    } catch (UnreadableException e) {
      LOG.warn("{}: sitemap {} unreadable: {}", source.id(), url, e.getMessage());
      tally.failure("unreadable_sitemap");
      return false;
    }
    content.urls().forEach(c -> add(listed, c));
    rememberListing(source, url, FetchState.SITEMAP, r);
    if (depth < MAX_SITEMAP_DEPTH) {
      int children = 0;
      for (Candidate child : content.sitemaps()) {
        if (children++ >= config.maxSitemapsPerIndex()) {
          break;
        }
        readSitemap(source, child.url(), listed, tally, depth + 1);
      }
    }
    return true;
  }

  /** Fetches a listing conditionally; empty when it failed (counted). */
  private Optional<FetchResponse> fetchListing(
      Source source, String url, FetchKind kind, PassTally tally) throws InterruptedException {
    Validators validators = states.find(url).map(FetchState::validators).orElse(Validators.none());
    try {
      FetchResponse r = fetcher.fetch(url, kind, validators);
      if (r.isSuccess() || r.isNotModified()) {
        return Optional.of(r);
      }
      LOG.warn("{}: {} {} answered {}", source.id(), kind.tag(), url, r.status());
      tally.failure("status_" + r.status());
    } catch (FetchException e) {
      LOG.warn("{}: {} failed: {}", source.id(), kind.tag(), e.getMessage());
      tally.failure(e.kind().tag());
    }
    return Optional.empty();
  }

  private void rememberListing(Source source, String url, String kind, FetchResponse r) {
    Instant now = time.now();
    FetchState prior = states.find(url).orElse(FetchState.first(url, source.id(), kind, now));
    states.put(
        prior.fetched(now, r.status(), r.etag().orElse(null), r.lastModified().orElse(null)));
  }

  private List<Due> dueArticles(Source source, Map<String, Candidate> listed, PassTally tally) {
    Instant now = time.now();
    Map<String, Candidate> candidates = new LinkedHashMap<>(listed);
    for (FetchState s : states.pagesOf(source.id())) {
      boolean recent = !s.firstSeenAt().isBefore(now.minus(config.revisitWindow()));
      if (recent && s.isServed()) {
        candidates.putIfAbsent(s.url(), new Candidate(s.url(), null));
      }
    }
    List<Due> due = new ArrayList<>();
    for (Candidate c : candidates.values()) {
      FetchState prior = states.find(c.url()).orElse(null);
      if (isDue(c, prior, listed.containsKey(c.url()), now)) {
        due.add(new Due(c, prior));
      } else {
        tally.skipped();
      }
    }
    due.sort(
        Comparator.comparing(
            (Due d) -> d.candidate().updated(), Comparator.nullsLast(Comparator.reverseOrder())));
    return due.size() > source.maxArticlesPerPoll()
        ? due.subList(0, source.maxArticlesPerPoll())
        : due;
  }

  private boolean isDue(Candidate c, FetchState prior, boolean listedNow, Instant now) {
    if (prior == null) {
      return true;
    }
    boolean changedSince = c.updated() != null && c.updated().isAfter(prior.fetchedAt());
    if (prior.removed()) {
      return listedNow && changedSince;
    }
    if (changedSince) {
      return true;
    }
    return !prior.fetchedAt().plus(config.revisitAfter()).isAfter(now);
  }

  private void crawlPageSafely(Source source, Due due, PassTally tally, BooleanSupplier active) {
    if (!active.getAsBoolean()) {
      return;
    }
    try {
      crawlPage(source, due.candidate().url(), due.prior(), tally);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // A bug or a page no rule foresaw must not end the source's poll; it is counted and logged.
      LOG.error("{}: crawling {} failed", source.id(), due.candidate().url(), e);
      tally.failure("internal_error");
    }
  }

  private void crawlPage(Source source, String url, FetchState prior, PassTally tally)
      throws InterruptedException {
    Instant now = time.now();
    FetchState base =
        prior != null ? prior : FetchState.first(url, source.id(), FetchState.PAGE, now);
    FetchResponse r;
    try {
      r =
          fetcher.fetch(
              url, FetchKind.PAGE, prior == null ? Validators.none() : prior.validators());
    } catch (FetchException e) {
      LOG.info("{}: {}", source.id(), e.getMessage());
      tally.failure(e.kind().tag());
      states.put(base.fetched(now, 0, base.etag(), base.lastModified()));
      return;
    }
    tally.page(r.status());
    if (r.isNotModified()) {
      states.put(base.notModified(now));
      tally.unchanged();
      metrics.unchanged(source.id());
      return;
    }
    if (r.isGone() && base.isServed()) {
      publishRemoval(source, base.removedAt(now, r.status()), now, r, tally);
      return;
    }
    if (!r.isSuccess()) {
      tally.failure("status_" + r.status());
      states.put(base.fetched(now, r.status(), null, null));
      return;
    }
    FetchState fetched =
        base.fetched(now, r.status(), r.etag().orElse(null), r.lastModified().orElse(null));
    String mediaType = r.mediaType().orElse("text/html");
    if (!mediaType.contains("html")) {
      problem(tally, "not_html");
      states.put(fetched);
      return;
    }
    PageDecoder.Decoded page =
        decoder.decode(r.body(), r.charsetParameter(), fallbackCharset(source));
    Extraction extraction = extractor.extract(page.text(), r.url(), source.pageContext());
    extraction.problems().forEach(p -> problem(tally, p));
    ExtractedArticle a = extraction.article();
    if (a.title() == null || a.canonicalUrl() == null) {
      // Without a headline a page is no article. A titled page with an empty body is published
      // all the same: the processor sets it aside as too_short, visibly, rather than it vanishing.
      states.put(fetched);
      return;
    }
    String hash = contentHash(a);
    if (hash.equals(base.contentHash()) && !base.removed()) {
      states.put(fetched);
      tally.unchanged();
      metrics.unchanged(source.id());
      return;
    }
    String change = base.contentHash() == null ? "new" : "changed";
    RawArticle raw =
        new RawArticle(
            RawArticle.SCHEMA_VERSION,
            a.articleId(),
            source.id(),
            a.url(),
            a.canonicalUrl(),
            now,
            a.publishedAt(),
            a.modifiedAt(),
            a.title(),
            a.body() == null ? "" : a.body(),
            a.authors(),
            a.section(),
            a.languageHint(),
            a.imageUrl(),
            new HttpInfo(
                r.status(),
                r.etag().orElse(null),
                r.lastModified().orElse(null),
                mediaType,
                page.charset().name()),
            a.extractionMethod(),
            false,
            config.keepHtml() ? page.text() : null);
    FetchState published = fetched.published(hash, a.articleId(), a.canonicalUrl(), a.title());
    if ("new".equals(change)) {
      tally.created();
    } else {
      tally.changed();
    }
    metrics.published(source.id(), change);
    publish(raw, published, tally);
  }

  private void publishRemoval(
      Source source, FetchState removed, Instant now, FetchResponse r, PassTally tally) {
    RawArticle raw =
        new RawArticle(
            RawArticle.SCHEMA_VERSION,
            removed.articleId() != null
                ? removed.articleId()
                : ArticleId.ofCanonicalUrl(CanonicalUrl.of(removed.url())),
            source.id(),
            removed.url(),
            removed.canonicalUrl() != null
                ? removed.canonicalUrl()
                : CanonicalUrl.of(removed.url()),
            now,
            null,
            null,
            removed.title() == null ? "" : removed.title(),
            "",
            List.of(),
            null,
            source.language(),
            null,
            new HttpInfo(r.status(), null, null, r.mediaType().orElse(null), null),
            null,
            true,
            null);
    tally.removed();
    metrics.published(source.id(), "removed");
    publish(raw, removed, tally);
  }

  private void publish(RawArticle raw, FetchState after, PassTally tally) {
    states.restore(after);
    sink.publish(
        raw,
        error -> {
          if (error == null) {
            states.put(after);
          } else {
            LOG.error("publishing {} failed; it will be published again", raw.url(), error);
            tally.failure("publish_failed");
            states.put(after.forgetContent());
          }
        });
  }

  private void problem(PassTally tally, String reason) {
    tally.failure(reason);
    metrics.extractionFailed(reason);
  }

  /** Windows-1256 for Arabic sources whose undeclared pages are not UTF-8; else Latin-1. */
  private static java.nio.charset.Charset fallbackCharset(Source source) {
    return source.language().startsWith("ar")
        ? PageDecoder.ARABIC_FALLBACK
        : StandardCharsets.ISO_8859_1;
  }

  private static String contentType(FetchResponse r) {
    return r.headers().first("content-type").orElse("");
  }

  private static void add(Map<String, Candidate> listed, Candidate c) {
    String canonical;
    try {
      canonical = CanonicalUrl.of(c.url());
    } catch (IllegalArgumentException e) {
      return;
    }
    listed.merge(
        canonical,
        new Candidate(canonical, c.updated()),
        (a, b) ->
            a.updated() == null || (b.updated() != null && b.updated().isAfter(a.updated()))
                ? b
                : a);
  }

  /** The hash that decides whether an article changed: every field a reader would see. */
  static String contentHash(ExtractedArticle a) {
    String joined =
        String.join(
            "\u0000",
            String.valueOf(a.canonicalUrl()),
            String.valueOf(a.title()),
            String.valueOf(a.body()),
            String.valueOf(a.publishedAt()),
            String.valueOf(a.modifiedAt()),
            String.join("\u0001", a.authors()),
            String.valueOf(a.section()),
            String.valueOf(a.imageUrl()));
    return ArticleId.sha256Hex(joined);
  }

  private record Due(Candidate candidate, FetchState prior) {}

  private record Discovered(List<String> feeds, List<String> sitemaps, Instant until) {}
}
