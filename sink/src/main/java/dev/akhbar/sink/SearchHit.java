package dev.akhbar.sink;

import java.time.Instant;
import java.util.Optional;

/**
 * One article that a search found.
 *
 * @param title the title's display form
 * @param sourceId the source id, empty when the record had none
 * @param publishedAt when it was published, empty when the page did not say
 * @param snippet a passage of the body around the first match, with the matched words marked
 * @param score how well it matched, higher is better; comparable only within one store's results
 *     (SQLite's BM25 and PostgreSQL's {@code ts_rank} are different scales), 0 for a search with no
 *     words
 */
public record SearchHit(
    String articleId,
    String url,
    String title,
    Optional<String> sourceId,
    Optional<Instant> publishedAt,
    Snippet snippet,
    double score) {}
