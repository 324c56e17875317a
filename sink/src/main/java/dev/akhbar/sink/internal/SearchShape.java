package dev.akhbar.sink.internal;

import java.util.List;

/**
 * A dialect's parts of the search query. The matches are found, filtered, sorted and cut to the
 * limit first, over narrow columns only; the text and the score of just those rows are read after.
 *
 * @param matches the inner query up to and including its first WHERE condition: columns {@code
 *     row_key}, {@code article_id} and {@code published_at}, plus what {@code score} needs, of the
 *     matching articles; the table the filters look at is aliased {@code f} and has {@code
 *     article_id, source_id, published_at, fetched_at, removed}. With full text, its one parameter
 *     is {@link Dialect#fullTextQuery}.
 * @param score the score of a returned row, over the inner query aliased {@code top} and the
 *     article aliased {@code a}; higher is better
 * @param rowJoin the condition that joins {@code top} to its article {@code a}
 * @param settings statements run before the query, in the same transaction; none for no transaction
 */
public record SearchShape(String matches, String score, String rowJoin, List<String> settings) {

  public SearchShape {
    settings = List.copyOf(settings);
  }
}
