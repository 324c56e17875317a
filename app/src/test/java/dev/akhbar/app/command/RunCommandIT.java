package dev.akhbar.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.app.Akhbar;
import dev.akhbar.common.ContractSchemas;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.samplesite.generator.ArticleGenerator;
import dev.akhbar.samplesite.generator.GeneratedArticle;
import dev.akhbar.samplesite.generator.GeneratedArticle.Kind;
import dev.akhbar.samplesite.generator.GeneratorMix;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scriptable end-to-end path: a backfill file through a real broker, processor and sink. */
class RunCommandIT {

  private static final int ARTICLES = 150;

  @Test
  void accountsForEveryInputRecordAndStoresTheUniqueArticles(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("backfill.jsonl");
    Map<Kind, Integer> made = new EnumMap<>(Kind.class);
    ArticleGenerator generator = new ArticleGenerator(11, GeneratorMix.realistic());
    try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        GeneratedArticle a = generator.next();
        made.merge(a.kind(), 1, Integer::sum);
        out.write(ArticleGenerator.toJsonLine(a) + "\n");
      }
      out.write("{\"url\":\"https://broken.example/a\",\"title\":\"no body\"}\n");
      out.write("\n");
      out.write("<html>not a record</html>\n");
      out.write(
          "{\"url\":\"https://short.example/x\",\"title\":\"صفحة\",\"body\":\"نص قصير\",\"published_at\":\"2026-01-02T00:00:00Z\"}\n");
    }
    Path db = dir.resolve("store.db");

    StringWriter stdout = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setOut(new PrintWriter(stdout))
            .execute(
                "run",
                "--embedded",
                "--input",
                input.toString(),
                "--once",
                "--store",
                "sqlite:" + db,
                "--partitions",
                "2");

    assertThat(exit).isZero();
    String line = stdout.toString().strip();
    assertThat(line).doesNotContain("\n");
    ContractSchemas.assertConforms("run-summary", line);
    JsonNode s = AkhbarJson.mapper().readTree(line);
    long input_ = s.get("input").asLong();
    assertThat(input_).isEqualTo(ARTICLES + 3);
    assertThat(
            s.get("stored").asLong()
                + s.get("updated").asLong()
                + s.get("unchanged").asLong()
                + s.get("duplicates").asLong()
                + s.get("rejected").asLong()
                + s.get("dead_letters").asLong())
        .isEqualTo(input_);
    assertThat(s.get("dead_letters").asLong()).isEqualTo(2);
    assertThat(s.get("rejected").asLong()).as("the short body").isEqualTo(1);
    assertThat(s.get("unchanged").asLong())
        .isEqualTo((long) made.getOrDefault(Kind.REFETCH_UNCHANGED, 0));
    assertThat(s.get("updated").asLong())
        .isEqualTo((long) made.getOrDefault(Kind.REFETCH_CHANGED, 0));
    assertThat(s.get("duplicates").asLong())
        .as("every exact and near copy is found, and no original is taken for a copy")
        .isEqualTo(
            (long) made.getOrDefault(Kind.EXACT_COPY, 0) + made.getOrDefault(Kind.NEAR_COPY, 0));
    int distinct =
        made.get(Kind.ORIGINAL)
            + made.getOrDefault(Kind.EXACT_COPY, 0)
            + made.getOrDefault(Kind.NEAR_COPY, 0);
    assertThat(s.get("stored").asLong() + s.get("duplicates").asLong()).isEqualTo((long) distinct);

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      assertThat(count(st, "select count(*) from articles")).isEqualTo(s.get("stored").asLong());
      assertThat(count(st, "select count(*) from duplicates"))
          .isEqualTo(s.get("duplicates").asLong());
      assertThat(count(st, "select count(*) from rejected")).isEqualTo(1);
      assertThat(count(st, "select count(*) from dead_letters")).isEqualTo(2);
      // Updates of stored originals raise their version; updates of copies land in duplicates.
      assertThat(count(st, "select coalesce(sum(version - 1), 0) from articles"))
          .isPositive()
          .isLessThanOrEqualTo(s.get("updated").asLong());
    }
  }

  @Test
  void aMissingInputFileIsAOneLineUsageError(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setErr(new PrintWriter(err))
            .execute(
                "run", "--embedded", "--input", dir.resolve("none.jsonl").toString(), "--once");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("akhbar: cannot read input file")
        .doesNotContain("\n");
  }

  @Test
  void anUnknownStoreIsAOneLineUsageError(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("in.jsonl"), "{}\n");
    StringWriter err = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setErr(new PrintWriter(err))
            .execute(
                "run",
                "--embedded",
                "--input",
                input.toString(),
                "--once",
                "--store",
                "mysql://db/x");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("akhbar: unknown store 'mysql://db/x'")
        .doesNotContain("\n");
  }

  private static long count(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
