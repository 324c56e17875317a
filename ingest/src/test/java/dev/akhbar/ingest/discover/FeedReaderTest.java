package dev.akhbar.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.ingest.extract.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

  @Test
  void readsRssLinksResolvedAgainstTheFeed() throws Exception {
    List<Candidate> items =
        FeedReader.read(
            Fixtures.bytes("rss.xml"), "application/rss+xml", "https://sahel-today.example/rss");

    assertThat(items)
        .extracting(Candidate::url)
        .containsExactly(
            "https://sahel-today.example/economy/2024/03/05/desalination-sfax?utm_source=rss&utm_medium=feed",
            "https://sahel-today.example/agriculture/olives");
    assertThat(items.get(0).updated()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
  }

  @Test
  void readsAtomWithTheLatestOfUpdatedAndPublished() throws Exception {
    List<Candidate> items =
        FeedReader.read(Fixtures.bytes("atom.xml"), "", "https://rafidain-news.example/atom");

    assertThat(items)
        .containsExactly(
            new Candidate(
                "https://rafidain-news.example/local/tigris",
                Instant.parse("2024-04-09T06:00:00Z")));
  }

  @Test
  void readsJsonFeedItemsByUrlOrExternalUrl() throws Exception {
    List<Candidate> items =
        FeedReader.read(
            Fixtures.bytes("feed.json"),
            "application/feed+json",
            "https://atlas-journal.example/feed.json");

    assertThat(items)
        .containsExactly(
            new Candidate(
                "https://atlas-journal.example/tech/satellite",
                Instant.parse("2024-01-14T09:15:00Z")),
            new Candidate(
                "https://atlas-journal.example/sport/derby",
                Instant.parse("2024-01-13T21:00:00Z")));
  }

  @Test
  void refusesAFeedWithAnExternalEntity() {
    assertThatThrownBy(
            () ->
                FeedReader.read(
                    Fixtures.bytes("xxe-feed.xml"),
                    "application/rss+xml",
                    "https://evil.example/rss"))
        .isInstanceOf(UnreadableException.class);
  }

  @Test
  void refusesABillionLaughsFeedWithoutExpandingIt() {
    assertThatThrownBy(
            () ->
                FeedReader.read(
                    Fixtures.bytes("billion-laughs-feed.xml"),
                    "application/rss+xml",
                    "https://evil.example/rss"))
        .isInstanceOf(UnreadableException.class);
  }

  @Test
  void refusesWhatIsNoFeed() {
    assertThatThrownBy(
            () ->
                FeedReader.read(
                    "<html><body>not a feed</body></html>".getBytes(StandardCharsets.UTF_8),
                    "text/html",
                    "https://x.example/rss"))
        .isInstanceOf(UnreadableException.class);
    assertThatThrownBy(
            () ->
                FeedReader.read(
                    "{\"x\":1}".getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    "https://x.example/f"))
        .isInstanceOf(UnreadableException.class);
  }
}
