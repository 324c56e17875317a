package dev.akhbar.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcesTest {

  @Test
  void readsEveryKeyOfASource() throws Exception {
    Sources s =
        Sources.parse(
            """
            defaults:
              poll_interval: 10m
              time_zone: Africa/Cairo
            sources:
              - id: nile-news
                name: النيل الإخباري
                home: https://nile-news.example/
                feeds: [https://nile-news.example/rss]
                sitemaps:
                  - https://nile-news.example/sitemap.xml
                selectors:
                  title: div.hdl
                  body: div.matn
                  date: span.tarikh
                  author: span.kateb
                  remove: [.inline-promo, .share]
                poll_interval: 90s
                language: ar-EG
                max_articles_per_poll: 50
              - id: atlas
                name: جريدة الأطلس
                feeds: https://atlas-journal.example/feed.json
                time_zone: Africa/Casablanca
                enabled: false
            """,
            "test.yml");

    Source nile = s.find("nile-news").orElseThrow();
    assertThat(nile.problems()).isEmpty();
    assertThat(nile.pollInterval()).isEqualTo(Duration.ofSeconds(90));
    assertThat(nile.timeZone()).isEqualTo(ZoneId.of("Africa/Cairo"));
    assertThat(nile.language()).isEqualTo("ar-EG");
    assertThat(nile.selectors().remove()).containsExactly(".inline-promo", ".share");
    assertThat(nile.maxArticlesPerPoll()).isEqualTo(50);
    Source atlas = s.find("atlas").orElseThrow();
    assertThat(atlas.feeds()).containsExactly("https://atlas-journal.example/feed.json");
    assertThat(atlas.pollInterval()).isEqualTo(Duration.ofMinutes(10));
    assertThat(atlas.enabled()).isFalse();
    assertThat(s.crawlable()).extracting(Source::id).containsExactly("nile-news");
  }

  @Test
  void anUnknownKeyIsAnErrorNamingTheKeyAndLine() {
    assertThatThrownBy(
            () ->
                Sources.parse(
                    """
                    sources:
                      - id: a
                        name: A
                        feed: https://a.example/rss
                    """,
                    "sources.yml"))
        .isInstanceOf(InvalidSourcesException.class)
        .hasMessageContaining("sources.yml: line 4")
        .hasMessageContaining("unknown key 'feed'")
        .hasMessageContaining("sources[0]")
        .hasMessageContaining("feeds");
  }

  @Test
  void anUnknownSelectorKeyIsAnErrorToo() {
    assertThatThrownBy(
            () ->
                Sources.parse(
                    "sources:\n  - id: a\n    name: A\n    home: https://a.example/\n"
                        + "    selectors:\n      headline: h1\n",
                    "s.yml"))
        .isInstanceOf(InvalidSourcesException.class)
        .hasMessageContaining("unknown key 'headline'");
  }

  @Test
  void badYamlIsAnErrorWithTheLine() {
    assertThatThrownBy(() -> Sources.parse("sources:\n  - id: [a\n", "s.yml"))
        .isInstanceOf(InvalidSourcesException.class)
        .hasMessageContaining("s.yml");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "id: Bad Id                        | id 'Bad Id' must be",
        "home: ftp://x.example/            | home: 'ftp://x.example/' is not an absolute http or https URL",
        "poll_interval: soon               | poll_interval 'soon' is not a duration",
        "poll_interval: 500ms              | shorter than",
        "time_zone: Mars/Olympus           | time_zone 'Mars/Olympus' is not a zone",
        "language: arabic!                 | language 'arabic!' is not a BCP 47 tag",
        "max_articles_per_poll: 0          | max_articles_per_poll must be at least 1",
        "'selectors: {body: \"div[\"}'     | selectors.body 'div['",
      })
  void eachMistakeIsAProblemOfItsSource(String line, String problem) throws Exception {
    String entry = line.startsWith("'") ? line.substring(1, line.length() - 1) : line;
    String yaml =
        "sources:\n  - name: X\n    feeds: [https://x.example/rss]\n"
            + (entry.startsWith("id:") ? "" : "    id: x\n")
            + "    "
            + entry
            + "\n";

    Sources s = Sources.parse(yaml, "s.yml");

    assertThat(s.all().get(0).problems()).anySatisfy(p -> assertThat(p).contains(problem));
    assertThat(s.crawlable()).isEmpty();
  }

  @Test
  void aSourceNeedsSomewhereToStartAndANameAndAnId() throws Exception {
    Sources s = Sources.parse("sources:\n  - {}\n", "s.yml");

    assertThat(s.all().get(0).problems())
        .contains(
            "id is missing", "name is missing", "give at least one of home, feeds or sitemaps");
  }

  @Test
  void duplicateIdsAreAProblemOfBoth() throws Exception {
    Sources s =
        Sources.parse(
            "sources:\n"
                + "  - {id: a, name: A, home: 'https://a.example/'}\n"
                + "  - {id: a, name: B, home: 'https://b.example/'}\n",
            "s.yml");

    assertThat(s.problems().get("a")).contains("id 'a' is used by 2 sources");
    assertThat(s.isValid()).isFalse();
  }

  @Test
  void theBundledSourcesFileIsValidAndHasAtLeastTenOutlets() throws Exception {
    Sources s = Sources.loadResource(Sources.BUNDLED_RESOURCE);

    assertThat(s.problems()).isEmpty();
    assertThat(s.crawlable()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(s.crawlable()).allSatisfy(src -> assertThat(src.language()).startsWith("ar"));
  }

  @ParameterizedTest
  @CsvSource({"90s,PT1M30S", "15m,PT15M", "2h,PT2H", "1d,PT24H", "PT15M,PT15M", "250ms,PT0.25S"})
  void durationsReadAsPeopleWriteThem(String text, String expected) {
    assertThat(Durations.parse(text)).contains(Duration.parse(expected));
  }
}
