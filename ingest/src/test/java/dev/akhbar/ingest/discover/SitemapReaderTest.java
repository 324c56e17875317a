package dev.akhbar.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.ingest.extract.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {

  @Test
  void anIndexListsItsSitemapsNewestFirst() throws Exception {
    SitemapReader.Content c =
        SitemapReader.read(
            Fixtures.bytes("sitemap-index.xml"),
            "application/xml",
            "https://atlas-journal.example/sitemap.xml");

    assertThat(c.urls()).isEmpty();
    assertThat(c.sitemaps())
        .extracting(Candidate::url)
        .containsExactly(
            "https://atlas-journal.example/sitemap-news.xml",
            "https://atlas-journal.example/sitemap-2023-12.xml");
  }

  @Test
  void aNewsSitemapGivesThePublicationDateWhenThereIsNoLastmod() throws Exception {
    SitemapReader.Content c =
        SitemapReader.read(
            Fixtures.bytes("news-sitemap.xml"),
            "application/xml",
            "https://atlas-journal.example/sitemap-news.xml");

    assertThat(c.urls())
        .containsExactly(
            new Candidate(
                "https://atlas-journal.example/tech/satellite",
                Instant.parse("2024-01-14T09:15:00Z")),
            new Candidate(
                "https://atlas-journal.example/sport/derby",
                Instant.parse("2024-01-13T21:00:00Z")));
  }

  @Test
  void anExternalEntityIsNeverResolved() {
    String content;
    try {
      SitemapReader.Content c =
          SitemapReader.read(
              Fixtures.bytes("xxe-sitemap.xml"),
              "application/xml",
              "https://evil.example/sitemap.xml");
      content = c.urls().toString();
    } catch (UnreadableException e) {
      content = "";
    }
    assertThat(content).doesNotContain(hostname());
  }

  private static String hostname() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
    } catch (java.io.IOException e) {
      return "\u0000no hostname file";
    }
  }
}
