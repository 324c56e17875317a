package dev.akhbar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.ingest.extract.SelectorRules;
import dev.akhbar.ingest.fetch.Politeness;
import dev.akhbar.ingest.source.Source;
import dev.akhbar.ingest.source.Sources;
import dev.akhbar.samplesite.ExpectedArticle;
import dev.akhbar.samplesite.Outcome;
import dev.akhbar.samplesite.Outlet;
import dev.akhbar.samplesite.SampleSite;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bundled sample site crawled end to end through a real broker: every raw record checked
 * against the site's manifest, then edition 2 (an update, a new article, a removal), then a pass
 * that publishes nothing.
 */
@ExtendWith(BrokerExtension.class)
class SampleSiteIngestIT {

  /** The sources of the sample site, as the demo configures them. */
  static Sources sourcesOf(SampleSite site) {
    List<Source> sources = new ArrayList<>();
    for (Outlet o : site.outlets()) {
      SelectorRules selectors =
          o.selectors()
              .map(s -> new SelectorRules(s.title(), s.body(), s.date(), s.author(), List.of()))
              .orElse(SelectorRules.none());
      sources.add(
          Source.ofFeeds(o.id(), o.nameAr(), o.feedUrls().stream().map(URI::toString).toList())
              .withHome(o.homeUrl().toString())
              .withSitemaps(o.sitemapUrls().stream().map(URI::toString).toList())
              .withSelectors(selectors)
              .withTimeZone(o.timeZone()));
    }
    return Sources.of(sources);
  }

  @Test
  void publishesTheSiteAsTheManifestSays(EmbeddedKafkaBroker broker) throws Exception {
    Topics topics = new Topics("t" + UUID.randomUUID().toString().substring(0, 8));
    IngestConfig config =
        IngestConfig.builder()
            .bootstrapServers(broker.bootstrapServers())
            .topics(topics)
            .allowPrivateAddresses(true)
            .politeness(
                Politeness.defaults()
                    .withMinDelay(Duration.ofMillis(20))
                    .withMaxCrawlDelay(Duration.ofMillis(50)))
            .revisitAfter(Duration.ZERO)
            .sourcePartitions(4)
            .rawPartitions(2)
            .build();
    try (SampleSite site = SampleSite.start()) {
      Sources sources = sourcesOf(site);
      PassSummary first;
      try (IngestService ingest =
          IngestService.create(config, sources, new SimpleMeterRegistry())) {
        first = ingest.runOnce();
      }
      System.err.println("edition 1: " + first.toJson());
      List<RawTopic.Entry> records = RawTopic.readAll(broker.bootstrapServers(), topics.raw());
      Function<String, String> pageKey = pageKeys(site);
      Map<String, RawArticle> byPage =
          records.stream()
              .collect(
                  Collectors.toMap(e -> pageKey.apply(e.article().url()), RawTopic.Entry::article));
      assertThat(records).allSatisfy(e -> assertThat(e.key()).isEqualTo(e.article().articleId()));
      assertThat(first.articlesNew()).isEqualTo(records.size());

      SoftAssertions soft = new SoftAssertions();
      for (ExpectedArticle expected : site.manifest().articlesOfEdition(1)) {
        String key = expected.outlet() + ":" + expected.path();
        if (expected.outcome() == Outcome.DISALLOWED_BY_ROBOTS) {
          soft.assertThat(byPage).as(key).doesNotContainKey(key);
          soft.assertThat(site.requestCount(expected.outlet(), expected.path())).as(key).isZero();
          continue;
        }
        RawArticle a = byPage.get(key);
        soft.assertThat(a)
            .as(
                "published "
                    + key
                    + " (requested "
                    + site.requestCount(expected.outlet(), expected.path())
                    + " times)")
            .isNotNull();
        if (a == null) {
          continue;
        }
        soft.assertThat(a.sourceId()).as(key).isEqualTo(expected.outlet());
        soft.assertThat(a.title()).as("title of " + key).isEqualTo(expected.title());
        soft.assertThat(a.extractionMethod().wire())
            .as("extraction of " + key)
            .isEqualTo(expected.extraction());
        if (expected.publishedAt() != null) {
          soft.assertThat(a.publishedAt())
              .as("published_at of " + key)
              .isEqualTo(expected.publishedAt());
        }
        soft.assertThat(a.authors()).as("authors of " + key).isEqualTo(expected.authors());
        if (expected.bodyStarts() != null && !expected.bodyStarts().isEmpty()) {
          soft.assertThat(a.body()).as("body of " + key).startsWith(expected.bodyStarts());
        }
        if (expected.bodyEnds() != null && !expected.bodyEnds().isEmpty()) {
          soft.assertThat(a.body()).as("body end of " + key).endsWith(expected.bodyEnds());
        }
      }
      soft.assertAll();
      long expectedPublished =
          site.manifest().articlesOfEdition(1).stream()
              .filter(e -> e.outcome() != Outcome.DISALLOWED_BY_ROBOTS)
              .count();
      assertThat(records).hasSize((int) expectedPublished);
    }
  }

  /** A fetched URL as {@code outletId:/decoded/path}, the manifest's way of naming a page. */
  static Function<String, String> pageKeys(SampleSite site) {
    Map<String, String> outletByPort =
        site.outlets().stream()
            .collect(Collectors.toMap(o -> String.valueOf(o.baseUrl().getPort()), Outlet::id));
    return url -> {
      URI uri = URI.create(url);
      return outletByPort.get(String.valueOf(uri.getPort())) + ":" + uri.getPath();
    };
  }
}
