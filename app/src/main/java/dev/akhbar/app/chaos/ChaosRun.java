package dev.akhbar.app.chaos;

import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.samplesite.generator.ArticleGenerator;
import dev.akhbar.samplesite.generator.GeneratorMix;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A crash-consistency run: {@code akhbar broker}, {@code akhbar process} and {@code akhbar sink}
 * each in a JVM of its own; generated articles (plus a few unreadable lines) published in chunks by
 * {@code akhbar replay}; during each chunk the processor, the sink and the broker are each killed
 * with SIGKILL at a random moment and started again. A stage that dies on its own is restarted too
 * (as a supervisor would), and counted. At the end {@link ChaosVerdict} checks the topics and the
 * database, and one line gives the verdict.
 *
 * <p>Usage: {@code java -cp akhbar.jar dev.akhbar.app.chaos.ChaosRun [--articles N] [--seed S]
 * [--rounds K] [--partitions P] [--work DIR] [--jar JAR] [--settle-minutes M]}. Exit 0 on PASS.
 */
public final class ChaosRun {

  /** The three kinds of process killed. */
  enum Victim {
    PROCESSOR,
    SINK,
    BROKER
  }

  /** Unreadable lines mixed into the input: each must end as a backfill dead letter. */
  static final List<String> POISON_LINES =
      List.of(
          "not json at all",
          "{\"url\":\"https://chaos.example/no-body\",\"title\":\"بلا نص\"}",
          "{\"schema_version\":2,\"url\":\"https://chaos.example/v2\",\"title\":\"ت\",\"body\":\"ن\"}",
          "[\"an\",\"array\"]",
          "{\"url\":\"https://chaos.example/n\",\"title\":\"رقم\",\"body\":42}");

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final String TOPIC_PREFIX = "chaos";

  private final Settings settings;
  private final PrintStream out;
  private final Random random;
  private final Map<Victim, AtomicLong> kills = new EnumMap<>(Victim.class);
  private final AtomicLong restartsAfterExit = new AtomicLong();
  private final AtomicLong replayRetries = new AtomicLong();
  private final long started = System.nanoTime();
  private ChildJvm broker;
  private ChildJvm processor;
  private ChildJvm sink;
  private volatile boolean supervising;

  /**
   * What to run.
   *
   * @param articles generated articles (the input has {@link #POISON_LINES} more lines)
   * @param seed the generator's and the killer's seed
   * @param rounds chunks of the input; each chunk sees one kill of each kind
   * @param partitions partitions of the topics
   * @param work the folder of the broker, the state, the database, the input and the logs
   * @param jar the akhbar jar the child JVMs run
   * @param settle how long the pipeline may take to account for everything after the last chunk
   * @param reference whether to run the same input through {@code akhbar run --embedded} without
   *     faults afterwards and compare every article's final state with it
   */
  public record Settings(
      long articles,
      long seed,
      int rounds,
      int partitions,
      Path work,
      Path jar,
      Duration settle,
      boolean reference) {}

  public ChaosRun(Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
    this.random = new Random(settings.seed());
    for (Victim v : Victim.values()) {
      kills.put(v, new AtomicLong());
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = ChaosVerdict.options(args);
    Path jar =
        Path.of(
            a.getOrDefault(
                "--jar",
                Path.of(ChaosRun.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString()));
    Settings settings =
        new Settings(
            Long.parseLong(a.getOrDefault("--articles", "20000")),
            Long.parseLong(a.getOrDefault("--seed", "20260314")),
            Integer.parseInt(a.getOrDefault("--rounds", "3")),
            Integer.parseInt(a.getOrDefault("--partitions", "4")),
            Path.of(a.getOrDefault("--work", "data/chaos")),
            jar,
            Duration.ofMinutes(Long.parseLong(a.getOrDefault("--settle-minutes", "20"))),
            Boolean.parseBoolean(a.getOrDefault("--reference", "false")));
    Outcome outcome = new ChaosRun(settings, System.out).run();
    System.exit(outcome.pass() ? 0 : 1);
  }

  /**
   * The figures of a run and the kills it survived.
   *
   * @param differences articles whose final state differs from a run without faults; -1 when no
   *     such run was made
   */
  public record Outcome(
      ChaosVerdict.Figures figures, Map<Victim, Long> kills, long restarts, long differences) {

    public boolean pass() {
      return figures.pass() && differences <= 0;
    }

    /** The one-line verdict: the accounting's, and the comparison's when one was made. */
    public String verdict() {
      String line = figures.verdict();
      if (differences >= 0) {
        line += "; final state differs from a fault-free run for " + differences + " articles";
      }
      return pass() ? line : line.replace("VERDICT: PASS", "VERDICT: FAIL");
    }
  }

  public Outcome run() throws Exception {
    Path work = settings.work();
    Files.createDirectories(work);
    List<Path> chunks = writeInput(work);
    int brokerPort = freePort();
    int controllerPort = freePort();
    String bootstrap = "127.0.0.1:" + brokerPort;
    Path db = work.resolve("akhbar.db");
    broker =
        child(
            "broker",
            "512m",
            List.of(
                "broker",
                "--data",
                work.resolve("broker").toString(),
                "--port",
                String.valueOf(brokerPort),
                "--controller-port",
                String.valueOf(controllerPort)));
    List<String> service =
        List.of(
            "--bootstrap",
            bootstrap,
            "--topic-prefix",
            TOPIC_PREFIX,
            "--partitions",
            String.valueOf(settings.partitions()),
            "--port",
            "0",
            "--bind",
            "127.0.0.1");
    processor =
        child(
            "processor",
            "768m",
            concat(
                List.of("process"),
                service,
                List.of(
                    "--set",
                    "processor.application-id=chaos-processor",
                    "--set",
                    "processor.state-dir=" + work.resolve("streams"))));
    sink =
        child(
            "sink",
            "384m",
            concat(
                List.of("sink"),
                service,
                List.of("--store", "sqlite:" + db, "--set", "sink.group-id=chaos-sink")));
    try {
      broker.start();
      awaitPort(brokerPort);
      say("broker up on %s", bootstrap);
      processor.start();
      sink.start();
      awaitLog(processor, "running; metrics and health", 1);
      awaitLog(sink, "running; metrics and health", 1);
      say("processor and sink running");
      Thread supervisor = new Thread(this::supervise, "chaos-supervisor");
      supervisor.setDaemon(true);
      supervising = true;
      supervisor.start();

      for (int round = 0; round < chunks.size(); round++) {
        publishWithKills(round, chunks.get(round), bootstrap, brokerPort);
      }
      say("all chunks published; waiting for the pipeline to account for everything");
      ChaosVerdict verdict =
          new ChaosVerdict(
              work.resolve("input.jsonl"),
              StoreLocation.parse("sqlite:" + db),
              bootstrap,
              new Topics(TOPIC_PREFIX));
      ChaosVerdict.Figures figures = verdict.await(settings.settle());
      supervising = false;
      Map<Victim, Long> survived = new EnumMap<>(Victim.class);
      kills.forEach((v, n) -> survived.put(v, n.get()));
      out.println(figures.json());
      out.printf(
          "kills survived (SIGKILL): processor %d, sink %d, broker %d; restarts after a stage"
              + " ended on its own: %d; chunks published again after a failed replay: %d;"
              + " %d s%n",
          survived.get(Victim.PROCESSOR),
          survived.get(Victim.SINK),
          survived.get(Victim.BROKER),
          restartsAfterExit.get(),
          replayRetries.get(),
          elapsedSeconds());
      for (ChildJvm c : new ChildJvm[] {sink, processor, broker}) {
        c.stop(STOP_TIMEOUT);
      }
      long differences = settings.reference() ? compareWithAFaultFreeRun(db) : -1;
      Outcome outcome = new Outcome(figures, survived, restartsAfterExit.get(), differences);
      out.println(outcome.verdict());
      out.flush();
      return outcome;
    } finally {
      supervising = false;
      for (ChildJvm c : new ChildJvm[] {sink, processor, broker}) {
        c.stop(STOP_TIMEOUT);
      }
    }
  }

  /** Runs the same input without faults and counts the articles whose final state differs. */
  private long compareWithAFaultFreeRun(Path db) throws Exception {
    Path reference = settings.work().resolve("reference.db");
    say("running the same input without faults (akhbar run --embedded) for comparison");
    ChildJvm run =
        child(
                "reference",
                "1g",
                List.of(
                    "run",
                    "--embedded",
                    "--input",
                    settings.work().resolve("input.jsonl").toString(),
                    "--once",
                    "--partitions",
                    String.valueOf(settings.partitions()),
                    "--store",
                    "sqlite:" + reference))
            .start();
    int exit = run.waitFor(settings.settle());
    if (exit != 0) {
      say("the fault-free run ended with %d: %s", exit, run.logTail(1_000));
      return Long.MAX_VALUE;
    }
    long differences =
        ChaosVerdict.differencesFrom(
            StoreLocation.parse("sqlite:" + db), StoreLocation.parse("sqlite:" + reference));
    say("fault-free run: %s", lastLine(run));
    out.printf("final state compared with a run without faults: %d articles differ%n", differences);
    return differences;
  }

  /** Publishes one chunk while killing each victim once, in a random order at random moments. */
  private void publishWithKills(int round, Path chunk, String bootstrap, int brokerPort)
      throws Exception {
    ChildJvm replay = replay(round, chunk, bootstrap, 0).start();
    List<Victim> order = new ArrayList<>(List.of(Victim.values()));
    Collections.shuffle(order, random);
    for (Victim v : order) {
      Thread.sleep(2_000 + random.nextInt(8_000));
      ChildJvm target = of(v);
      long pid = target.kill();
      kills.get(v).incrementAndGet();
      say("round %d: SIGKILL %s (pid %d)", round + 1, target.name(), pid);
      Thread.sleep(500 + random.nextInt(3_000));
      target.start();
      if (v == Victim.BROKER) {
        awaitPort(brokerPort);
      }
      say("round %d: %s started again", round + 1, target.name());
    }
    for (int attempt = 1; ; attempt++) {
      int exit = replay.waitFor(Duration.ofMinutes(10));
      if (exit == 0) {
        say("round %d: chunk published (%s)", round + 1, lastLine(replay));
        return;
      }
      if (attempt == 3) {
        throw new IllegalStateException(
            "replay of " + chunk + " failed 3 times: " + replay.logTail(2_000));
      }
      replayRetries.incrementAndGet();
      say("round %d: replay ended with %d; publishing the chunk again", round + 1, exit);
      replay = replay(round, chunk, bootstrap, attempt).start();
    }
  }

  /** Restarts a stage that ended without being killed on purpose, as systemd or Kubernetes do. */
  private void supervise() {
    while (supervising) {
      try {
        for (ChildJvm c : new ChildJvm[] {processor, sink, broker}) {
          if (c.endedOnItsOwn()) {
            restartsAfterExit.incrementAndGet();
            say("%s ended on its own; starting it again", c.name());
            c.start();
          }
        }
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IOException e) {
        say("supervisor: %s", e);
      }
    }
  }

  /** The input (generated articles and poison lines), and the same lines cut into chunks. */
  private List<Path> writeInput(Path work) throws IOException {
    StringWriter generated = new StringWriter();
    new ArticleGenerator(settings.seed(), GeneratorMix.realistic())
        .writeJsonLines(settings.articles(), generated);
    List<String> lines = new ArrayList<>(List.of(generated.toString().split("\n")));
    for (int i = 0; i < POISON_LINES.size(); i++) {
      lines.add(
          (int) ((long) lines.size() * (i + 1) / (POISON_LINES.size() + 1)), POISON_LINES.get(i));
    }
    Files.write(work.resolve("input.jsonl"), lines, StandardCharsets.UTF_8);
    List<Path> chunks = new ArrayList<>();
    int size = (lines.size() + settings.rounds() - 1) / settings.rounds();
    for (int k = 0; k < settings.rounds(); k++) {
      Path chunk = work.resolve("chunk-" + (k + 1) + ".jsonl");
      Files.write(
          chunk,
          lines.subList(Math.min(lines.size(), k * size), Math.min(lines.size(), (k + 1) * size)),
          StandardCharsets.UTF_8);
      chunks.add(chunk);
    }
    say(
        "input: %d lines (%d generated articles, %d unreadable) in %d chunks",
        lines.size(), settings.articles(), POISON_LINES.size(), chunks.size());
    return chunks;
  }

  private ChildJvm replay(int round, Path chunk, String bootstrap, int attempt) {
    return child(
        "replay-" + (round + 1) + (attempt == 0 ? "" : "-again-" + attempt),
        "256m",
        List.of(
            "replay", chunk.toString(), "--bootstrap", bootstrap, "--topic-prefix", TOPIC_PREFIX));
  }

  private ChildJvm child(String name, String heap, List<String> args) {
    return new ChildJvm(name, settings.jar(), heap, args, settings.work());
  }

  private ChildJvm of(Victim v) {
    return switch (v) {
      case PROCESSOR -> processor;
      case SINK -> sink;
      case BROKER -> broker;
    };
  }

  private static void awaitPort(int port) throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("nothing listens on port " + port + " after " + READY_TIMEOUT);
  }

  private static void awaitLog(ChildJvm c, String text, long times) throws Exception {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (c.logCount(text) < times) {
      if (System.nanoTime() > deadline || !c.isAlive()) {
        throw new IllegalStateException(c.name() + " did not start: " + c.logTail(3_000));
      }
      Thread.sleep(250);
    }
  }

  private static String lastLine(ChildJvm c) throws IOException {
    String tail = c.logTail(400).strip();
    return tail.substring(tail.lastIndexOf('\n') + 1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private long elapsedSeconds() {
    return (System.nanoTime() - started) / 1_000_000_000L;
  }

  private synchronized void say(String format, Object... args) {
    out.printf("[chaos %4ds] %s%n", elapsedSeconds(), String.format(format, args));
    out.flush();
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    all.addAll(c);
    return all;
  }
}
