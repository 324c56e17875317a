package dev.akhbar.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationReportTest {

  @Test
  void describesWhatTheMigrationDid() {
    assertThat(new MigrationReport(Optional.empty(), "2", 2).describe())
        .isEqualTo("schema migrated from an empty database to version 2 (2 migrations)");
    assertThat(new MigrationReport(Optional.of("1"), "2", 1).describe())
        .isEqualTo("schema migrated from version 1 to version 2 (1 migration)");
    assertThat(new MigrationReport(Optional.of("2"), "2", 0).describe())
        .isEqualTo("schema is current at version 2");
  }
}
