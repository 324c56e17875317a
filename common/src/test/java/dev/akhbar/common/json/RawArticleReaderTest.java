package dev.akhbar.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.common.record.RawArticle;
import dev.akhbar.common.url.ArticleId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawArticleReaderTest {

  private final RawArticleReader reader = RawArticleReader.withDefaults();

  @Test
  void needsOnlyUrlTitleAndBody() throws Exception {
    RawArticle a =
        reader.read(
            "{\"url\":\"HTTPS://Example.com/a?utm_source=x\",\"title\":\"عنوان\",\"body\":\"نص\"}");
    assertThat(a.schemaVersion()).isEqualTo(1);
    assertThat(a.canonicalUrl()).isEqualTo("https://example.com/a");
    assertThat(a.articleId()).isEqualTo(ArticleId.ofCanonicalUrl("https://example.com/a"));
    assertThat(a.authors()).isEmpty();
    assertThat(a.fetchedAt()).isNull();
    assertThat(a.removed()).isFalse();
  }

  @Test
  void takesAMissingFetchTimeFromThePublicationTimeNeverFromTheClock() throws Exception {
    RawArticle a =
        reader.read(
            "{\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"b\","
                + "\"published_at\":\"2026-01-05T12:00:00+02:00\"}");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
    assertThat(a.fetchedAt()).isEqualTo(a.publishedAt());
  }

  @CsvSource({
    "2026-01-05T10:00:00Z,        2026-01-05T10:00:00Z",
    "2026-01-05T13:00:00+03:00,   2026-01-05T10:00:00Z",
    "2026-01-05T10:00:00,         2026-01-05T10:00:00Z",
    "2026-01-05T10:00:00.250Z,    2026-01-05T10:00:00.250Z",
    "2026-01-05,                  2026-01-05T00:00:00Z",
  })
  @ParameterizedTest
  void readsTimesAsUtc(String given, String expected) throws Exception {
    RawArticle a =
        reader.read(
            "{\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"b\",\"published_at\":\""
                + given
                + "\"}");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse(expected));
  }

  @Test
  void ignoresUnknownFields() throws Exception {
    RawArticle a =
        reader.read(
            "{\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"b\",\"shares\":12,\"x\":{\"y\":1}}");
    assertThat(a.title()).isEqualTo("t");
  }

  @CsvSource(
      delimiter = '|',
      value = {
        "not json at all                                        | not JSON",
        "[1,2,3]                                                | not a JSON object",
        "{\"title\":\"t\",\"body\":\"b\"}                       | missing required field 'url'",
        "{\"url\":\"https://e.com/a\",\"body\":\"b\"}           | missing required field 'title'",
        "{\"url\":\"https://e.com/a\",\"title\":\"t\"}          | missing required field 'body'",
        "{\"url\":\"https://e.com/a\",\"title\":7,\"body\":\"b\"} | field 'title' must be a string",
        "{\"url\":\"ftp://e.com/a\",\"title\":\"t\",\"body\":\"b\"} | url must be http or https",
        "{\"schema_version\":2,\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"b\"} | unknown schema_version 2",
        "{\"schema_version\":\"1\",\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"b\"} | schema_version must be an integer",
        "{\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"b\",\"published_at\":\"yesterday\"} | is not an ISO-8601 time",
        "{\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"b\",\"article_id\":\"abc\"} | is not the SHA-256 of canonical_url",
        "{\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"b\",\"authors\":\"x\"} | wrong shape",
      })
  @ParameterizedTest
  void refusesRecordsThatBreakTheRulesWithTheReason(String json, String reason) {
    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void refusesInvalidUtf8() {
    byte[] bytes =
        "{\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"X\"}"
            .getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xC3; // a lead byte followed by a quote: malformed
    assertThatThrownBy(() -> reader.read(bytes))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @ParameterizedTest
  @CsvSource({
    "ED A0 80, an encoded surrogate",
    "C0 AF, an overlong slash",
    "F4 90 80 80, past U+10FFFF",
    "E2 82, a truncated sequence",
    "80, a lone continuation byte",
    "FF, a byte UTF-8 never uses",
  })
  void refusesEveryKindOfMalformedUtf8InsideAString(String hex, String kind) {
    assertThatThrownBy(() -> reader.read(bodyWithBytes(hex)))
        .as(kind)
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void acceptsTheReplacementCharacterItselfAndFourByteLetters() throws Exception {
    RawArticle raw = reader.read(bodyWithBytes("EF BF BD F0 9F 93 B0"));
    assertThat(raw.body()).isEqualTo("\u062E\uFFFD\uD83D\uDCF0\u0631");
  }

  /** A valid record whose body is خ, the given bytes, ر. */
  private static byte[] bodyWithBytes(String hex) {
    byte[] head =
        "{\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"\u062E"
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\u0631\"}".getBytes(StandardCharsets.UTF_8);
    String[] parts = hex.trim().split(" ");
    byte[] out = new byte[head.length + parts.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    for (int i = 0; i < parts.length; i++) {
      out[head.length + i] = (byte) Integer.parseInt(parts[i], 16);
    }
    System.arraycopy(tail, 0, out, head.length + parts.length, tail.length);
    return out;
  }

  @Test
  void refusesEmptyRecords() {
    assertThatThrownBy(() -> reader.read(new byte[0]))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("empty record");
  }

  @Test
  void enforcesTheBodyLimitExactlyAtItsCutOff() throws Exception {
    RawArticleReader small = new RawArticleReader(10);
    assertThat(
            small
                .read("{\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"0123456789\"}")
                .body())
        .hasSize(10);
    assertThatThrownBy(
            () ->
                small.read(
                    "{\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"0123456789A\"}"))
        .hasMessageContaining("body has 11 characters, the limit is 10");
  }

  @Test
  void acceptsAGivenArticleIdThatMatches() throws Exception {
    String id = ArticleId.ofCanonicalUrl("https://e.com/a");
    RawArticle a =
        reader.read(
            "{\"url\":\"https://e.com/a\",\"title\":\"t\",\"body\":\"b\",\"article_id\":\""
                + id
                + "\"}");
    assertThat(a.articleId()).isEqualTo(id);
  }

  @Test
  void prefersAGivenCanonicalUrl() throws Exception {
    RawArticle a =
        reader.read(
            "{\"url\":\"https://m.e.com/a?x=1\",\"canonical_url\":\"https://E.com/a\",\"title\":\"t\",\"body\":\"b\"}");
    assertThat(a.canonicalUrl()).isEqualTo("https://e.com/a");
    assertThat(a.url()).isEqualTo("https://m.e.com/a?x=1");
  }
}
