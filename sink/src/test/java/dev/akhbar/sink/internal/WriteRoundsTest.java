package dev.akhbar.sink.internal;

import static dev.akhbar.sink.Fixtures.deadLetter;
import static dev.akhbar.sink.Fixtures.duplicate;
import static dev.akhbar.sink.Fixtures.id;
import static dev.akhbar.sink.Fixtures.original;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.record.Article;
import dev.akhbar.sink.Fixtures.Story;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import dev.akhbar.sink.internal.StoreWrite.DeadLetterWrite;
import dev.akhbar.sink.internal.StoreWrite.DuplicateWrite;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteRoundsTest {

  private static final Instant T = Instant.parse("2024-05-01T00:00:00Z");

  @Test
  void aBatchOfDistinctRowsIsOneRound() {
    List<StoreWrite> writes =
        List.of(
            new ArticleWrite(original(id(1), Story.CUP_FINAL, T)),
            new ArticleWrite(original(id(2), Story.CUP_FINAL, T)));

    assertThat(WriteRounds.split(writes)).containsExactly(writes);
  }

  @Test
  void theSecondRecordOfARowGoesToTheNextRoundInOrder() {
    Article a = original(id(1), Story.CUP_FINAL, T);
    ArticleWrite first = new ArticleWrite(a);
    ArticleWrite again = new ArticleWrite(a);
    ArticleWrite third = new ArticleWrite(a);
    ArticleWrite other = new ArticleWrite(original(id(2), Story.CUP_FINAL, T));

    assertThat(WriteRounds.split(List.of(first, other, again, third)))
        .containsExactly(List.of(first, other), List.of(again), List.of(third));
  }

  @Test
  void anArticleRecordAndADuplicateRecordOfOneArticleAreDifferentRows() {
    Article a = original(id(1), Story.CUP_FINAL, T);
    ArticleWrite article = new ArticleWrite(a);
    DuplicateWrite copy = new DuplicateWrite(duplicate(a, id(2), 1));
    DeadLetterWrite letter = new DeadLetterWrite(deadLetter("t", 0, 1, T));

    assertThat(WriteRounds.split(List.of(article, copy, letter))).hasSize(1);
  }
}
