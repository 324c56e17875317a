package dev.akhbar.sink.internal;

import dev.akhbar.sink.MigrationReport;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the store's Flyway migrations: {@code V1__tables.sql}, {@code V2__search.sql}, … in the
 * dialect's folder. Several sink instances starting at once are safe: Flyway locks the schema
 * history while it migrates.
 */
public final class SchemaMigrations {

  private SchemaMigrations() {}

  /** Brings the schema to the newest version. */
  public static MigrationReport migrate(DataSource dataSource, Dialect dialect) {
    return run(flyway(dataSource, dialect, MigrationVersion.LATEST));
  }

  /** Brings the schema to {@code version} and no further: for tests of upgrades. */
  public static MigrationReport migrateTo(DataSource dataSource, Dialect dialect, String version) {
    return run(flyway(dataSource, dialect, MigrationVersion.fromVersion(version)));
  }

  private static Flyway flyway(DataSource dataSource, Dialect dialect, MigrationVersion target) {
    return Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(dialect.migrationLocation())
        .target(target)
        .loggers("slf4j")
        .load();
  }

  private static MigrationReport run(Flyway flyway) {
    MigrateResult result = flyway.migrate();
    Optional<String> from = Optional.ofNullable(result.initialSchemaVersion);
    String to = result.targetSchemaVersion != null ? result.targetSchemaVersion : from.orElse("0");
    return new MigrationReport(from, to, result.migrationsExecuted);
  }
}
