package dev.akhbar.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicsTest {

  @Test
  void theDefaultNamesAreTheContractsNames() {
    Topics t = Topics.defaults();
    assertThat(t.raw()).isEqualTo("akhbar.raw.v1");
    assertThat(t.articles()).isEqualTo("akhbar.articles.v1");
    assertThat(t.duplicates()).isEqualTo("akhbar.duplicates.v1");
    assertThat(t.rejected()).isEqualTo("akhbar.rejected.v1");
    assertThat(t.deadLetters()).isEqualTo("akhbar.dlq.v1");
    assertThat(t.outcomes()).isEqualTo("akhbar.outcomes.v1");
  }

  @Test
  void aPrefixLetsPipelinesShareACluster() {
    assertThat(new Topics("staging").raw()).isEqualTo("staging.raw.v1");
    assertThat(new Topics("staging").all()).allMatch(n -> n.startsWith("staging."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "ends.", "a/b", "ü"})
  void refusesPrefixesKafkaWouldRefuse(String prefix) {
    assertThatIllegalArgumentException().isThrownBy(() -> new Topics(prefix));
  }
}
