package dev.akhbar.ingest.extract;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What the extractor knows about a page's source.
 *
 * @param selectors the source's CSS selectors, {@link SelectorRules#none()} when it has none
 * @param zone the zone of dates that carry none
 * @param language the source's language, the last resort of {@code language_hint} (may be null)
 * @param siteName the source's name, taken off headlines and never an author (may be null)
 */
public record PageContext(SelectorRules selectors, ZoneId zone, String language, String siteName) {

  public PageContext {
    Objects.requireNonNull(selectors, "selectors");
    Objects.requireNonNull(zone, "zone");
  }

  /** A source without a name. */
  public PageContext(SelectorRules selectors, ZoneId zone, String language) {
    this(selectors, zone, language, null);
  }

  /** No selectors, UTC, no language, no name. */
  public static PageContext plain() {
    return new PageContext(SelectorRules.none(), java.time.ZoneOffset.UTC, null, null);
  }
}
