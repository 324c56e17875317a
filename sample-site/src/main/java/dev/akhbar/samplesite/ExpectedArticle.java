package dev.akhbar.samplesite;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an article page is and what the pipeline should make of it when a given edition is crawled.
 * Edition-1 entries cover every article page; edition-2 entries only what edition 2 changes (an
 * update, a new article, a removal): an article page without one is unchanged in edition 2.
 *
 * @param edition the edition whose crawl this entry describes
 * @param of the page this one copies or updates, for {@link Outcome#refersToAnotherPage()}
 * @param title the headline as the page gives it (the JSON-LD or og:title one when it has one)
 * @param publishedAt the instant the page states, in UTC; null when the page states none
 * @param publishedPrecision {@code minute} or {@code day} (a page that gives only a date: its
 *     instant is midnight in the outlet's zone)
 * @param dateText the publication date exactly as the page writes it where a reader sees it
 * @param dateSource where the best date is: {@code json-ld}, {@code meta}, {@code visible} (only in
 *     the text of the page) or {@code none}
 * @param extraction the extraction path that should produce the record ({@code json-ld}, {@code
 *     opengraph}, {@code selectors}, {@code generic})
 * @param section the outlet's own section name, as on the page
 * @param topic the taxonomy code the author meant (DESIGN.md: politics, economy, sport, …)
 * @param dateline the place of the dateline, when the body opens with one
 * @param features the text phenomena on the page ({@code tanween}, {@code tatweel}, …)
 * @param words the number of whitespace-separated words in the body as written
 * @param bodyStarts the first words of the body as written
 * @param bodyEnds the last words of the body as written
 */
public record ExpectedArticle(
    String outlet,
    String path,
    int edition,
    Outcome outcome,
    PageRef of,
    String language,
    String title,
    Instant publishedAt,
    String publishedPrecision,
    Instant modifiedAt,
    String dateText,
    String dateSource,
    String extraction,
    String section,
    String topic,
    List<String> authors,
    String dateline,
    Entities entities,
    List<String> features,
    int words,
    String bodyStarts,
    String bodyEnds,
    String note) {

  public ExpectedArticle {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(outcome, "outcome of " + outlet + ":" + path);
    if (edition < 1) {
      throw new IllegalArgumentException("edition must be at least 1: " + outlet + ":" + path);
    }
    if (outcome.refersToAnotherPage() != (of != null)) {
      throw new IllegalArgumentException(
          outlet + ":" + path + ": " + outcome + " must " + (of == null ? "" : "not ") + "name of");
    }
    authors = authors == null ? List.of() : List.copyOf(authors);
    features = features == null ? List.of() : List.copyOf(features);
    entities = entities == null ? Entities.none() : entities;
  }

  public PageRef ref() {
    return new PageRef(outlet, path);
  }

  /** The page this one copies or updates. */
  public Optional<PageRef> copyOf() {
    return Optional.ofNullable(of);
  }

  /** The publication instant, absent when the page states none. */
  public Optional<Instant> published() {
    return Optional.ofNullable(publishedAt);
  }
}
