package dev.akhbar.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchQueryTest {

  @Test
  void aQueryHasNoFiltersAndTheDefaultLimit() {
    SearchQuery query = SearchQuery.of("بنغازي");

    assertThat(query.limit()).isEqualTo(20);
    assertThat(query.entity()).isEmpty();
    assertThat(query.topic()).isEmpty();
    assertThat(query.source()).isEmpty();
    assertThat(query.since()).isEmpty();
  }

  @Test
  void filtersAreAddedOneByOne() {
    SearchQuery query =
        SearchQuery.of("x")
            .withEntity("أحمد السالم")
            .withTopic("economy")
            .withSource("wire-1")
            .withSince(LocalDate.of(2024, 5, 1))
            .withLimit(5);

    assertThat(query.entity()).contains("أحمد السالم");
    assertThat(query.topic()).contains("economy");
    assertThat(query.source()).contains("wire-1");
    assertThat(query.since()).contains(LocalDate.of(2024, 5, 1));
    assertThat(query.limit()).isEqualTo(5);
  }

  @ParameterizedTest
  @CsvSource({"1, true", "1000, true", "0, false", "1001, false"})
  void theLimitIsFromOneToAThousand(int limit, boolean valid) {
    if (valid) {
      assertThat(SearchQuery.of("x").withLimit(limit).limit()).isEqualTo(limit);
    } else {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SearchQuery.of("x").withLimit(limit))
          .withMessage("limit must be from 1 to 1000, got " + limit);
    }
  }
}
