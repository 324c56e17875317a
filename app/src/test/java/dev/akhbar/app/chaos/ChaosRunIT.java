package dev.akhbar.app.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.app.Akhbar;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short chaos run of the normal suite: a few hundred articles, the broker, the processor and
 * the sink each in its own JVM from {@code target/akhbar.jar}, each killed once with SIGKILL while
 * a chunk is published, and still every article accounted for exactly once. The long run is {@code
 * scripts/chaos.sh} (RELIABILITY.md).
 */
class ChaosRunIT {

  private static final Path JAR = Path.of("target", "akhbar.jar");

  @Test
  void everyArticleIsAccountedForExactlyOnceAfterOneSigkillOfEachProcess(@TempDir Path work)
      throws Exception {
    assertThat(JAR).as("run mvn package first").isRegularFile();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ChaosRun.Settings settings =
        new ChaosRun.Settings(300, 7, 1, 2, work, JAR, Duration.ofMinutes(3), false);

    ChaosRun.Outcome outcome;
    try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
      outcome = new ChaosRun(settings, out).run();
    }

    String report = log.toString(StandardCharsets.UTF_8);
    ChaosVerdict.Figures f = outcome.figures();
    assertThat(f.pass()).as(report).isTrue();
    assertThat(report).contains("VERDICT: PASS");
    assertThat(outcome.kills()).containsValues(1L, 1L, 1L).hasSize(3);
    assertThat(f.lost()).isZero();
    assertThat(f.duplicated()).isZero();
    assertThat(f.outcomesMissing()).isZero();
    assertThat(f.outcomesTwice()).isZero();
    assertThat(f.stored() + f.duplicates() + f.rejected() + f.deadLetteredArticles())
        .isEqualTo(f.inputArticles());
    assertThat(f.backfillDeadLetters()).isEqualTo(ChaosRun.POISON_LINES.size());
    assertThat(f.stored()).isPositive();
    assertThat(f.duplicates()).isPositive();

    // The store the run left answers a hostile search as data: nothing found, nothing dropped.
    Path db = work.resolve("akhbar.db");
    StringWriter out = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setOut(new PrintWriter(out))
            .execute("search", "'; DROP TABLE articles; --", "--store", "sqlite:" + db);
    assertThat(exit).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(articles(db)).isEqualTo(f.stored());
    assertThat(Files.exists(db)).isTrue();
  }

  private static long articles(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      return rs.next() ? rs.getLong(1) : -1;
    }
  }
}
