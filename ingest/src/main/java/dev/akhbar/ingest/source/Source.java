package dev.akhbar.ingest.source;

import dev.akhbar.ingest.extract.PageContext;
import dev.akhbar.ingest.extract.SelectorRules;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One news outlet to crawl, as the sources file describes it.
 *
 * @param id stable identifier: lower-case letters, digits, {@code -} and {@code _}; it is the
 *     {@code source_id} of every article and the key that instances share sources by
 * @param name the outlet's name, for people
 * @param home the home page: where feeds are discovered when none is listed (may be null)
 * @param feeds RSS, Atom or JSON Feed URLs
 * @param sitemaps sitemap, sitemap index or news sitemap URLs
 * @param selectors CSS selectors for pages whose JSON-LD and meta tags fall short
 * @param pollInterval time between two polls of this source
 * @param language the outlet's language (BCP 47), the last resort of {@code language_hint}
 * @param timeZone the zone of dates the outlet prints without one
 * @param enabled whether the source is crawled
 * @param maxArticlesPerPoll the most article pages fetched in one poll, newest first
 * @param problems what is wrong with this entry; a source with problems is not crawled
 */
public record Source(
    String id,
    String name,
    String home,
    List<String> feeds,
    List<String> sitemaps,
    SelectorRules selectors,
    Duration pollInterval,
    String language,
    ZoneId timeZone,
    boolean enabled,
    int maxArticlesPerPoll,
    List<String> problems) {

  /** Poll interval when neither the source nor the defaults give one. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);

  /** Article pages fetched per poll when neither the source nor the defaults say. */
  public static final int DEFAULT_MAX_ARTICLES_PER_POLL = 200;

  public Source {
    Objects.requireNonNull(id, "id");
    feeds = List.copyOf(feeds);
    sitemaps = List.copyOf(sitemaps);
    Objects.requireNonNull(selectors, "selectors");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(timeZone, "timeZone");
    problems = List.copyOf(problems);
  }

  /** A valid source with feeds only and default settings, for tests and the sample site. */
  public static Source ofFeeds(String id, String name, List<String> feeds) {
    return new Source(
        id,
        name,
        null,
        feeds,
        List.of(),
        SelectorRules.none(),
        DEFAULT_POLL_INTERVAL,
        "ar",
        ZoneId.of("UTC"),
        true,
        DEFAULT_MAX_ARTICLES_PER_POLL,
        List.of());
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  /** What the extractor needs to know about this source's pages. */
  public PageContext pageContext() {
    return new PageContext(selectors, timeZone, language, name);
  }

  public Source withHome(String value) {
    return new Source(
        id,
        name,
        value,
        feeds,
        sitemaps,
        selectors,
        pollInterval,
        language,
        timeZone,
        enabled,
        maxArticlesPerPoll,
        problems);
  }

  public Source withSitemaps(List<String> value) {
    return new Source(
        id,
        name,
        home,
        feeds,
        value,
        selectors,
        pollInterval,
        language,
        timeZone,
        enabled,
        maxArticlesPerPoll,
        problems);
  }

  public Source withSelectors(SelectorRules value) {
    return new Source(
        id,
        name,
        home,
        feeds,
        sitemaps,
        value,
        pollInterval,
        language,
        timeZone,
        enabled,
        maxArticlesPerPoll,
        problems);
  }

  public Source withPollInterval(Duration value) {
    return new Source(
        id,
        name,
        home,
        feeds,
        sitemaps,
        selectors,
        value,
        language,
        timeZone,
        enabled,
        maxArticlesPerPoll,
        problems);
  }

  public Source withTimeZone(ZoneId value) {
    return new Source(
        id,
        name,
        home,
        feeds,
        sitemaps,
        selectors,
        pollInterval,
        language,
        value,
        enabled,
        maxArticlesPerPoll,
        problems);
  }

  public Source withMaxArticlesPerPoll(int value) {
    return new Source(
        id,
        name,
        home,
        feeds,
        sitemaps,
        selectors,
        pollInterval,
        language,
        timeZone,
        enabled,
        value,
        problems);
  }
}
