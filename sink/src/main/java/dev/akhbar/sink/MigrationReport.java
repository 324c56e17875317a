package dev.akhbar.sink;

import java.util.Optional;

/**
 * What a schema migration did.
 *
 * @param fromVersion the schema version before, empty for an empty database
 * @param toVersion the schema version after
 * @param applied how many migrations ran; 0 when the schema was already current
 */
public record MigrationReport(Optional<String> fromVersion, String toVersion, int applied) {

  /** One line for a log or the {@code akhbar sink migrate} command. */
  public String describe() {
    if (applied == 0) {
      return "schema is current at version " + toVersion;
    }
    return "schema migrated from "
        + fromVersion.map(v -> "version " + v).orElse("an empty database")
        + " to version "
        + toVersion
        + " ("
        + applied
        + (applied == 1 ? " migration)" : " migrations)");
  }
}
