package dev.akhbar.app.embedded;

import dev.akhbar.ingest.extract.SelectorRules;
import dev.akhbar.ingest.source.Source;
import dev.akhbar.ingest.source.Sources;
import dev.akhbar.samplesite.Outlet;
import dev.akhbar.samplesite.SampleSite;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The bundled sample site's outlets as ingest sources, as a user would list them in sources.yml.
 */
public final class SampleSources {

  private SampleSources() {}

  public static Sources of(SampleSite site) {
    return Sources.of(site.outlets().stream().map(SampleSources::source).toList());
  }

  private static Source source(Outlet outlet) {
    SelectorRules selectors =
        outlet
            .selectors()
            .map(s -> new SelectorRules(s.title(), s.body(), s.date(), s.author(), List.of()))
            .orElse(SelectorRules.none());
    return new Source(
        outlet.id(),
        outlet.nameAr(),
        outlet.homeUrl().toString(),
        outlet.feedUrls().stream().map(URI::toString).toList(),
        outlet.sitemapUrls().stream().map(URI::toString).toList(),
        selectors,
        Duration.ofMinutes(1),
        outlet.language(),
        outlet.timeZone(),
        true,
        Source.DEFAULT_MAX_ARTICLES_PER_POLL,
        List.of());
  }
}
