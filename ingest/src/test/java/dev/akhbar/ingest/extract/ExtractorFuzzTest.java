package dev.akhbar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.ArbitraryText;
import dev.akhbar.common.url.ArticleId;
import dev.akhbar.common.url.CanonicalUrl;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing of the page decoder and the extractor with seeded arbitrary Unicode ({@link
 * ArbitraryText}) poured into every place a page can state a field (JSON-LD, OpenGraph, canonical
 * link, headings, paragraphs), then encoded in a random charset, declared or not, with random bytes
 * changed. Whatever the bytes: nothing is thrown, the title and body stay within their limits, a
 * canonical URL is in canonical form and the article id is its hash, and the command's JSON can be
 * written.
 */
class ExtractorFuzzTest {

  private static final int MAX_BODY_CHARS = 20_000;
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(MAX_BODY_CHARS);
  private static final String[] CHARSETS = {
    "UTF-8",
    "windows-1256",
    "ISO-8859-6",
    "UTF-16LE",
    "x-mac-arabic",
    "no-such-charset",
    "",
    "\u0000"
  };

  static LongStream seeds() {
    return LongStream.range(0, 150).map(i -> 0xE7_0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void arbitraryPagesNeverThrowAndKeepTheLimits(long seed) {
    Random r = new Random(seed);
    String html = page(r);
    String charset = CHARSETS[r.nextInt(CHARSETS.length)];
    byte[] bytes = html.getBytes(encoder(charset));
    for (int k = r.nextInt(4); k > 0 && bytes.length > 0; k--) {
      bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
    }

    PageDecoder.Decoded decoded =
        PageDecoder.defaults()
            .decode(
                bytes,
                r.nextBoolean() ? Optional.of(charset) : Optional.empty(),
                PageDecoder.ARABIC_FALLBACK);
    Extraction extraction =
        EXTRACTOR.extract(decoded.text(), "https://fuzz.example/news/" + seed, PageContext.plain());

    ExtractedArticle a = extraction.article();
    assertThat(a.url()).isEqualTo("https://fuzz.example/news/" + seed);
    if (a.title() != null) {
      assertThat(a.title().length()).isLessThanOrEqualTo(ArticleExtractor.MAX_TITLE_CHARS);
    }
    if (a.body() != null) {
      assertThat(a.body().length()).isLessThanOrEqualTo(MAX_BODY_CHARS);
    }
    if (a.canonicalUrl() != null) {
      assertThat(CanonicalUrl.of(a.canonicalUrl())).isEqualTo(a.canonicalUrl());
      assertThat(a.articleId()).isEqualTo(ArticleId.ofCanonicalUrl(a.canonicalUrl()));
    }
    assertThat(a.authors()).doesNotContainNull();
    assertThat(a.toJson()).startsWith("{").endsWith("}");
  }

  /** A page with arbitrary text in every place that can state a field, some of it malformed. */
  private static String page(Random r) {
    StringBuilder html = new StringBuilder("<html><head><meta charset='");
    html.append(CHARSETS[r.nextInt(CHARSETS.length)]).append("'>");
    html.append("<title>").append(ArbitraryText.piece(r)).append("</title>");
    if (r.nextBoolean()) {
      html.append("<meta property='og:title' content='").append(short_(r)).append("'>");
    }
    if (r.nextBoolean()) {
      html.append("<link rel='canonical' href='").append(url(r)).append("'>");
    }
    if (r.nextBoolean()) {
      html.append("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"")
          .append(short_(r))
          .append("\",\"articleBody\":\"")
          .append(ArbitraryText.of(r))
          .append("\",\"datePublished\":\"")
          .append(r.nextBoolean() ? "2026-03-0" + r.nextInt(10) + "T08:00:00Z" : short_(r))
          .append("\",\"author\":{\"name\":\"")
          .append(short_(r))
          .append(r.nextInt(4) == 0 ? "" : "\"}}")
          .append("</script>");
    }
    html.append("</head><body><h1>").append(short_(r)).append("</h1>");
    for (int k = r.nextInt(12); k > 0; k--) {
      html.append(r.nextInt(5) == 0 ? "<div>" : "<p>").append(ArbitraryText.of(r)).append("</p>");
    }
    return html.append("</body></html>").toString();
  }

  private static String short_(Random r) {
    StringBuilder s = new StringBuilder();
    for (int k = r.nextInt(8); k > 0; k--) {
      s.append(ArbitraryText.piece(r));
    }
    return s.toString();
  }

  private static String url(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return "https://fuzz.example/" + short_(r);
      case 1:
        return short_(r);
      case 2:
        return "/relative/" + short_(r) + "?utm_source=" + short_(r) + "#" + short_(r);
      default:
        return "https://" + short_(r) + "/";
    }
  }

  private static Charset encoder(String name) {
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
