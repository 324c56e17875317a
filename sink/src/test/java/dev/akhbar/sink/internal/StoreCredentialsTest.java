package dev.akhbar.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCredentialsTest {

  private static final StoreLocation BARE = StoreLocation.parse("postgresql://db:5432/akhbar");

  @Test
  void theLocationsOwnCredentialsWin() {
    StoreLocation location = StoreLocation.parse("postgresql://db:5432/akhbar?user=a&password=p");

    StoreLocation complete =
        StoreCredentials.complete(
            location, Map.of("AKHBAR_STORE_USER", "b", "AKHBAR_STORE_PASSWORD", "q"));

    assertThat(complete.user()).isEqualTo("a");
    assertThat(complete.password()).isEqualTo("p");
  }

  @Test
  void akhbarVariablesComeBeforeLibpqOnes() {
    StoreLocation complete =
        StoreCredentials.complete(
            BARE,
            Map.of(
                "AKHBAR_STORE_USER", "akhbar",
                "AKHBAR_STORE_PASSWORD", "from-akhbar",
                "PGUSER", "pg",
                "PGPASSWORD", "from-pg"));

    assertThat(complete.user()).isEqualTo("akhbar");
    assertThat(complete.password()).isEqualTo("from-akhbar");
    assertThat(complete.toString()).doesNotContain("from-akhbar");
  }

  @Test
  void readsThePasswordFromTheFileOfASecret(@TempDir Path folder) throws Exception {
    Path secret = folder.resolve("password");
    Files.writeString(secret, "from-file\n");

    StoreLocation complete =
        StoreCredentials.complete(
            BARE, Map.of("AKHBAR_STORE_PASSWORD_FILE", secret.toString(), "PGPASSWORD", "from-pg"));

    assertThat(complete.password()).isEqualTo("from-file");
  }

  @Test
  void fallsBackToLibpqVariables() {
    StoreLocation complete =
        StoreCredentials.complete(BARE, Map.of("PGUSER", "pg", "PGPASSWORD", "from-pg"));

    assertThat(complete.user()).isEqualTo("pg");
    assertThat(complete.password()).isEqualTo("from-pg");
  }

  @Test
  void leavesSqliteAlone() {
    StoreLocation sqlite = StoreLocation.parse("sqlite:/tmp/x.db");
    assertThat(StoreCredentials.complete(sqlite, Map.of("AKHBAR_STORE_PASSWORD", "p")))
        .isSameAs(sqlite);
  }
}
