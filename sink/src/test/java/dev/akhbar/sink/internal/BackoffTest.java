package dev.akhbar.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void doublesUpToTheCapAndStartsOverAfterASuccess() {
    Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(3));

    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(1_000));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(2_000));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(3_000));
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(3_000));

    backoff.reset();
    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
  }
}
