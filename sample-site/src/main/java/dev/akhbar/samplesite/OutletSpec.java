package dev.akhbar.samplesite;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A fictional outlet as the manifest describes it; {@link Outlet} is the same with its live URLs.
 *
 * @param id short ASCII id, also the resource folder of its files and the {@code source_id}
 * @param timeZone the zone of the outlet's local times, for the dates it writes without one
 * @param extraction the richest extraction path its article pages offer: {@code json-ld}, {@code
 *     opengraph}, {@code selectors} or {@code generic}
 * @param selectors only for an outlet whose pages need them, else null
 * @param robots the path of its robots.txt
 */
public record OutletSpec(
    String id,
    String nameAr,
    String nameEn,
    String language,
    String country,
    ZoneId timeZone,
    String home,
    List<FeedSpec> feeds,
    List<String> sitemaps,
    String robots,
    String extraction,
    Selectors selectors,
    String description) {

  public OutletSpec {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z][a-z0-9_-]*")) {
      throw new IllegalArgumentException("outlet id must be lower-case ASCII: " + id);
    }
    Objects.requireNonNull(timeZone, "timeZone of " + id);
    Objects.requireNonNull(home, "home of " + id);
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
  }
}
