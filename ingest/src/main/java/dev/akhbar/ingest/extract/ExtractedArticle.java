package dev.akhbar.ingest.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.akhbar.common.record.ExtractionMethod;
import java.time.Instant;
import java.util.List;

/**
 * What the extractor read from one page: the one flat JSON object that {@code akhbar extract}
 * prints (DESIGN.md, the command-line contract), and the fields of a raw article.
 *
 * @param url the address the page was fetched from (after redirects) or given for a file
 * @param canonicalUrl the page's {@code <link rel=canonical>} or else {@code url}, canonicalized
 * @param articleId SHA-256 hex of {@code canonicalUrl}
 * @param body plain text, paragraphs separated by one blank line, not normalized
 * @param languageHint what the page or the source says its language is (BCP 47 primary tag)
 * @param extractionMethod the layer that gave the body; when only the generic reader found it, the
 *     layer that gave the title
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExtractedArticle(
    String url,
    String canonicalUrl,
    String articleId,
    String title,
    String body,
    Instant publishedAt,
    Instant modifiedAt,
    List<String> authors,
    String section,
    String languageHint,
    String imageUrl,
    ExtractionMethod extractionMethod) {

  public ExtractedArticle {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** The one flat JSON object of {@code akhbar extract} (snake_case keys, every key present). */
  public String toJson() {
    try {
      return dev.akhbar.common.json.AkhbarJson.mapper().writeValueAsString(this);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException("cannot write an extracted article as JSON", e);
    }
  }

  /** Whether the page gave both a title and a body: an article worth publishing. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isComplete() {
    return title != null && !title.isBlank() && body != null && !body.isBlank();
  }
}
