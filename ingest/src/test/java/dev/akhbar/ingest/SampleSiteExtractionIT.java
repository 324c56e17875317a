package dev.akhbar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.ingest.extract.ExtractedArticle;
import dev.akhbar.ingest.fetch.Politeness;
import dev.akhbar.ingest.source.Sources;
import dev.akhbar.samplesite.ExpectedArticle;
import dev.akhbar.samplesite.Outcome;
import dev.akhbar.samplesite.Outlet;
import dev.akhbar.samplesite.SampleSite;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every article page of the bundled sample site through {@code akhbar extract}'s code path (fetch,
 * decode, extract; no broker), checked for what a reader of the page sees as its frame: no outlet's
 * name in a headline or among the authors, no comments, related lists, share bars or copyright
 * lines in a body, and an exact copy's body equal to its original's.
 */
class SampleSiteExtractionIT {

  /** Lines of the pages' frames that must never reach a body. */
  private static final List<String> FURNITURE =
      List.of(
          "تعليقات القراء",
          "أضف تعليقك",
          "الأكثر قراءة",
          "أخبار ذات صلة",
          "مقالات ذات صلة",
          "جميع الحقوق محفوظة",
          "شارك الخبر",
          "شارك المقال",
          "اقرأ أيضًا",
          "عدد القراءات",
          "استفتاء");

  static SampleSite site;
  static final Map<String, ExtractedArticle> byPage = new HashMap<>();

  @BeforeAll
  static void extractEveryArticlePage() throws Exception {
    site = SampleSite.start();
    Sources sources = SampleSiteIngestIT.sourcesOf(site);
    IngestConfig config =
        IngestConfig.builder()
            .allowPrivateAddresses(true)
            .politeness(
                Politeness.defaults()
                    .withMinDelay(Duration.ZERO)
                    .withMaxCrawlDelay(Duration.ofMillis(10)))
            .build();
    Extractor extractor = Extractor.create(config, sources);
    for (ExpectedArticle a : site.manifest().articlesOfEdition(1)) {
      if (a.outcome() != Outcome.DISALLOWED_BY_ROBOTS) {
        byPage.put(
            key(a.outlet(), a.path()),
            extractor.extractUrl(site.url(a.ref()).toString(), Optional.of(a.outlet())));
      }
    }
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  private static String key(String outlet, String path) {
    return outlet + ":" + path;
  }

  @Test
  void noHeadlineOrAuthorIsTheOutlet() {
    SoftAssertions soft = new SoftAssertions();
    for (ExpectedArticle a : site.manifest().articlesOfEdition(1)) {
      ExtractedArticle e = byPage.get(key(a.outlet(), a.path()));
      if (e == null) {
        continue;
      }
      String name =
          site.outlets().stream()
              .filter(o -> o.id().equals(a.outlet()))
              .findFirst()
              .map(Outlet::nameAr)
              .orElseThrow();
      soft.assertThat(e.title())
          .as("title of %s", a.path())
          .isEqualTo(a.title())
          .doesNotContain(name);
      soft.assertThat(e.authors())
          .as("authors of %s", a.path())
          .isEqualTo(a.authors())
          .doesNotContain(name);
    }
    soft.assertAll();
  }

  @Test
  void noBodyHoldsThePagesFrame() {
    SoftAssertions soft = new SoftAssertions();
    for (Map.Entry<String, ExtractedArticle> e : byPage.entrySet()) {
      String body = e.getValue().body() == null ? "" : e.getValue().body();
      for (String line : FURNITURE) {
        soft.assertThat(body).as("body of %s", e.getKey()).doesNotContain(line);
      }
    }
    soft.assertAll();
  }

  @Test
  void anExactCopysBodyIsItsOriginalsUpToDiacriticsAndTatweel() {
    int copies = 0;
    for (ExpectedArticle a : site.manifest().articlesOfEdition(1)) {
      if (a.outcome() == Outcome.EXACT_COPY_OF) {
        ExtractedArticle copy = byPage.get(key(a.outlet(), a.path()));
        ExtractedArticle original = byPage.get(key(a.of().outlet(), a.of().path()));
        assertThat(bare(copy.body())).as(a.path()).isEqualTo(bare(original.body()));
        copies++;
      }
    }
    assertThat(copies).isPositive();
  }

  /** The text without Arabic diacritics, tatweel and other marks: what an exact copy shares. */
  private static String bare(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replaceAll("[\\p{Mn}\\u0640]", "")
        .replaceAll("\\s+", " ");
  }
}
