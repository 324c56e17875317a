package dev.akhbar.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.akhbar.app.Akhbar;
import dev.akhbar.app.config.ConfigOptions;
import dev.akhbar.app.config.StageSettings;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.processor.ProcessorService;
import dev.akhbar.sink.SinkService;
import dev.akhbar.sink.Store;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * akhbar against a broker whose client listener asks for SASL/PLAIN: the processor, the sink and
 * the commands connect with nothing but the Kafka properties passed through the configuration, and
 * a wrong password fails at once with Kafka's own "Authentication failed" message, never showing
 * the password. The sink writes to PostgreSQL, and {@code akhbar search} there takes hostile text
 * only as a bound parameter.
 */
class SaslIT {

  private static final String USER = "akhbar";
  private static final String PASSWORD = "kafka-Secret-7f3a";
  private static final String DB_PASSWORD = "db-Secret-91c2";

  @TempDir static Path brokerDir;
  private static EmbeddedKafkaBroker broker;
  private static String saslBootstrap;

  @BeforeAll
  static void startBrokerWithASaslListener() throws Exception {
    int plain = freePort();
    int sasl = freePort();
    int controller = freePort();
    String host = "127.0.0.1";
    broker =
        EmbeddedKafkaBroker.builder(brokerDir)
            .host(host)
            .brokerPort(plain)
            .controllerPort(controller)
            .brokerProperty(
                "listeners",
                "PLAINTEXT://%s:%d,SASL_PLAINTEXT://%s:%d,CONTROLLER://%s:%d"
                    .formatted(host, plain, host, sasl, host, controller))
            .brokerProperty(
                "advertised.listeners",
                "PLAINTEXT://%s:%d,SASL_PLAINTEXT://%s:%d".formatted(host, plain, host, sasl))
            .brokerProperty(
                "listener.security.protocol.map",
                "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT")
            .brokerProperty("sasl.enabled.mechanisms", "PLAIN")
            .brokerProperty(
                "listener.name.sasl_plaintext.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required user_"
                    + USER
                    + "=\""
                    + PASSWORD
                    + "\";")
            .build()
            .start();
    saslBootstrap = host + ":" + sasl;
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void theServicesAndCommandsConnectWithThePassedThroughSettingsAndSearchBindsHostileText(
      @TempDir Path dir) throws Exception {
    String run = "sasl" + UUID.randomUUID().toString().substring(0, 8);
    String database = createDatabase();
    String store = "postgresql://127.0.0.1:5432/" + database + "?user=postgres";
    List<String> kafka = kafkaArgs(PASSWORD, run);
    List<String> service = new ArrayList<>(kafka);
    service.addAll(
        List.of(
            "--partitions",
            "1",
            "--store",
            store,
            "--set",
            "processor.application-id=" + run + "-processor",
            "--set",
            "processor.state-dir=" + dir.resolve("streams"),
            "--set",
            "sink.group-id=" + run + "-sink"));
    // The store password comes from the environment, as an operator passes it.
    StageSettings settings =
        new StageSettings(options(service).resolve(Map.of("AKHBAR_STORE_PASSWORD", DB_PASSWORD)));

    try (ProcessorService processor = new ProcessorService(settings.processor());
        Store sinkStore =
            Store.open(settings.storeLocation(), settings.storeEnvironment(Map.of()));
        SinkService sink = new SinkService(settings.sink(), sinkStore, new SimpleMeterRegistry())) {
      assertThat(sinkStore.location().toString()).doesNotContain(DB_PASSWORD);
      processor.start();
      assertThat(processor.awaitRunning(Duration.ofSeconds(90))).isTrue();
      Thread sinkThread = new Thread(sink, "sasl-sink");
      sinkThread.start();

      Path input = dir.resolve("in.jsonl");
      Files.writeString(input, Articles.LINES, StandardCharsets.UTF_8);
      List<String> replay = new ArrayList<>(List.of("replay", input.toString()));
      replay.addAll(kafka);
      Result published = akhbar(replay);
      assertThat(published.exit()).as(published.err()).isZero();

      assertThat(awaitRows(database, Articles.COUNT)).isEqualTo(Articles.COUNT);
      List<String> list = new ArrayList<>(List.of("dlq", "list"));
      list.addAll(kafka);
      assertThat(akhbar(list).exit()).isZero();

      // Hostile text in every search parameter is data, never SQL: nothing is found, nothing
      // dropped, and the real word still finds its article.
      String hostile = "'; DROP TABLE articles; --";
      for (List<String> query :
          List.of(
              List.of(hostile),
              List.of("مكتبة", "--entity", hostile),
              List.of("مكتبة", "--topic", hostile),
              List.of("مكتبة", "--source", "x' OR '1'='1"),
              List.of("\" OR 1=1 --", "--json"))) {
        List<String> search = new ArrayList<>(List.of("search"));
        search.addAll(query);
        search.addAll(List.of("--store", store));
        Result found = akhbar(search);
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(found.out()).as("search %s", query).isEmpty();
      }
      assertThat(rows(database)).isEqualTo(Articles.COUNT);
      Result library = akhbar(List.of("search", "مكتبة", "--store", store));
      assertThat(library.out()).contains("مكتبة");
    }
  }

  @Test
  void aWrongPasswordFailsClearlyAndIsNeverShown(@TempDir Path dir) throws Exception {
    String wrong = "not-the-password-5e1d";
    String run = "bad" + UUID.randomUUID().toString().substring(0, 8);
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, Articles.LINES, StandardCharsets.UTF_8);

    List<String> replay = new ArrayList<>(List.of("replay", input.toString()));
    replay.addAll(kafkaArgs(wrong, run));
    Result refused = akhbar(replay);
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("Authentication failed").doesNotContain(wrong);

    List<String> list = new ArrayList<>(List.of("dlq", "list"));
    list.addAll(kafkaArgs(wrong, run));
    Result listed = akhbar(list);
    assertThat(listed.exit()).isNotZero();
    assertThat(listed.err()).doesNotContain(wrong);

    List<String> service = new ArrayList<>(kafkaArgs(wrong, run));
    service.addAll(
        List.of(
            "--set",
            "processor.application-id=" + run + "-processor",
            "--set",
            "processor.state-dir=" + dir.resolve("streams")));
    StageSettings settings = new StageSettings(options(service).resolve(Map.of()));
    assertThat(settings.processor().toString()).doesNotContain(wrong);
    try (ProcessorService processor = new ProcessorService(settings.processor())) {
      Throwable thrown = catchThrowable(processor::start);
      assertThat(thrown).hasRootCauseInstanceOf(SaslAuthenticationException.class);
      assertThat(rootCause(thrown).getMessage()).contains("Authentication failed");
      assertThat(thrown.toString()).doesNotContain(wrong);
    }
  }

  /** The Kafka flags of every command here: the SASL listener and the PLAIN login. */
  private static List<String> kafkaArgs(String password, String prefix) {
    return List.of(
        "--bootstrap",
        saslBootstrap,
        "--topic-prefix",
        prefix,
        "--kafka-property",
        "security.protocol=SASL_PLAINTEXT",
        "--kafka-property",
        "sasl.mechanism=PLAIN",
        "--kafka-property",
        "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\""
            + USER
            + "\" password=\""
            + password
            + "\";");
  }

  /** The shared configuration options of the service commands, parsed from {@code args}. */
  private static ConfigOptions options(List<String> args) {
    return CommandLine.populateCommand(new ServiceFlags(), args.toArray(String[]::new)).options;
  }

  @Command(name = "service")
  static final class ServiceFlags {
    @Mixin ConfigOptions options;
  }

  private record Result(int exit, String out, String err) {}

  private static Result akhbar(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args.toArray(String[]::new));
    return new Result(exit, out.toString(), err.toString());
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String createDatabase() throws SQLException {
    String name = "akhbar_sasl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return name;
  }

  private static long awaitRows(String database, long wanted) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    long rows = 0;
    while (System.nanoTime() < deadline && rows < wanted) {
      Thread.sleep(250);
      rows = rows(database);
    }
    return rows;
  }

  private static long rows(String database) {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from articles")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return 0; // not migrated yet
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Two invented Arabic articles, long enough to be stored. */
  private static final class Articles {
    static final int COUNT = 2;
    static final String LINES =
        "{\"url\":\"https://sasl.example/library\",\"title\":\"افتتاح مكتبة عامة في الواحة\","
            + "\"published_at\":\"2026-03-01T08:00:00Z\",\"body\":\"أعلنت بلدية الواحة الخضراء"
            + " صباح اليوم افتتاح مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف كتاب في"
            + " الأدب والتاريخ والعلوم. وقال رئيس البلدية إن المكتبة ستفتح أبوابها كل يوم من"
            + " الثامنة صباحا حتى العاشرة ليلا، وإن الدخول إليها مجاني للطلاب والباحثين.\"}\n"
            + "{\"url\":\"https://sasl.example/harbour\",\"title\":\"توسعة ميناء الصيادين\","
            + "\"published_at\":\"2026-03-02T09:00:00Z\",\"body\":\"بدأت أعمال توسعة ميناء"
            + " الصيادين في البلدة الساحلية بعد انتظار دام سنوات، وتشمل الأعمال رصيفا جديدا"
            + " ومخازن مبردة للأسماك. وقال المقاول إن المشروع سينتهي قبل موسم الصيد المقبل، وإن"
            + " مئة عامل من أبناء البلدة يعملون فيه منذ الأسبوع الماضي.\"}\n";
  }
}
