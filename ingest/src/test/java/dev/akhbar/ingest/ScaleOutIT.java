package dev.akhbar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.ingest.fetch.FixtureServer;
import dev.akhbar.ingest.fetch.Politeness;
import dev.akhbar.ingest.source.Sources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances share the sources through the consumer group: a second one takes some over, no
 * source is polled by both at once, and when the first is killed (SIGKILL, in its own process) the
 * survivor takes over its sources without republishing what the dead one published.
 */
@ExtendWith(BrokerExtension.class)
class ScaleOutIT {

  private static final int SOURCES = 6;
  private static final int PAGES_PER_SOURCE = 2;

  static IngestConfig config(String bootstrap, Topics topics, String group, String userAgent) {
    return IngestConfig.builder()
        .bootstrapServers(bootstrap)
        .topics(topics)
        .groupId(group)
        .userAgent(userAgent)
        .allowPrivateAddresses(true)
        .politeness(Politeness.defaults().withMinDelay(Duration.ZERO))
        .revisitAfter(Duration.ZERO)
        .sourcePartitions(SOURCES)
        .rawPartitions(2)
        .closeTimeout(Duration.ofSeconds(5))
        // A dead instance's sources move after this; the broker's minimum is 6 s.
        .kafka("session.timeout.ms", "6000")
        .kafka("heartbeat.interval.ms", "1000")
        .build();
  }

  @Test
  void aKilledInstancesSourcesMoveToTheSurvivor(EmbeddedKafkaBroker broker, @TempDir Path dir)
      throws Exception {
    try (FixtureServer site = new FixtureServer()) {
      StringBuilder yaml = new StringBuilder("defaults: {poll_interval: 1s}\nsources:\n");
      for (int s = 0; s < SOURCES; s++) {
        StringBuilder items = new StringBuilder();
        for (int p = 0; p < PAGES_PER_SOURCE; p++) {
          String path = "/s" + s + "/article-" + p;
          site.page(
              path,
              "text/html; charset=utf-8",
              "<html><head><meta property='og:title' content='خبر رقم "
                  + p
                  + " من المصدر "
                  + s
                  + "'></head><body><article><p>نص الخبر رقم "
                  + p
                  + " من المصدر "
                  + s
                  + " وهو طويل بما يكفي ليكون فقرة من فقرات خبر حقيقي.</p></article></body></html>");
          items
              .append("<item><title>خبر</title><link>")
              .append(site.url(path))
              .append("</link></item>");
        }
        site.page(
            "/s" + s + "/rss.xml",
            "application/rss+xml",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>مصدر</title><link>"
                + site.url("/")
                + "</link><description>d</description>"
                + items
                + "</channel></rss>");
        yaml.append("  - {id: source-")
            .append(s)
            .append(", name: مصدر ")
            .append(s)
            .append(", feeds: ['")
            .append(site.url("/s" + s + "/rss.xml"))
            .append("']}\n");
      }
      Path sourcesFile = dir.resolve("sources.yml");
      Files.writeString(sourcesFile, yaml, StandardCharsets.UTF_8);
      Topics topics = new Topics("t" + UUID.randomUUID().toString().substring(0, 8));
      String group = "g-" + topics.prefix();

      Process a =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  IngestInstanceMain.class.getName(),
                  broker.bootstrapServers(),
                  topics.prefix(),
                  group,
                  sourcesFile.toString(),
                  "instance-a")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("instance-a.log").toFile())
              .start();
      IngestService b = null;
      Thread runner = null;
      try {
        await(Duration.ofSeconds(60), () -> feedsPolledBy(site, "instance-a", 0).size() == SOURCES);

        b =
            IngestService.create(
                config(broker.bootstrapServers(), topics, group, "instance-b"),
                Sources.load(sourcesFile),
                new SimpleMeterRegistry());
        IngestService started = b;
        runner = new Thread(() -> runQuietly(started), "instance-b");
        runner.start();
        await(Duration.ofSeconds(60), () -> !feedsPolledBy(site, "instance-b", 0).isEmpty());

        a.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long killedAt = System.nanoTime();
        await(
            Duration.ofSeconds(60),
            () -> feedsPolledBy(site, "instance-b", killedAt).size() == SOURCES);
      } finally {
        a.destroyForcibly();
        if (b != null) {
          b.close();
        }
        if (runner != null) {
          runner.join(10_000);
        }
      }

      for (int s = 0; s < SOURCES; s++) {
        String prefix = "/s" + s + "/";
        List<FixtureServer.Request> byA = requests(site, prefix, "instance-a");
        List<FixtureServer.Request> byB = requests(site, prefix, "instance-b");
        if (byA.isEmpty() || byB.isEmpty()) {
          continue;
        }
        long lastEndOfA = byA.stream().mapToLong(r -> r.endNanos().get()).max().orElseThrow();
        long firstStartOfB =
            byB.stream().mapToLong(FixtureServer.Request::startNanos).min().orElseThrow();
        assertThat(firstStartOfB)
            .as("source %d was polled by both instances at once", s)
            .isGreaterThanOrEqualTo(Math.min(lastEndOfA, Long.MAX_VALUE - 1));
      }
      List<RawTopic.Entry> raw = RawTopic.readAll(broker.bootstrapServers(), topics.raw());
      Set<String> ids = raw.stream().map(RawTopic.Entry::key).collect(Collectors.toSet());
      assertThat(ids).hasSize(SOURCES * PAGES_PER_SOURCE);
      assertThat(raw).as("each article published once").hasSize(SOURCES * PAGES_PER_SOURCE);
    }
  }

  private static void runQuietly(IngestService service) {
    try {
      service.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Set<Integer> feedsPolledBy(FixtureServer site, String agent, long since) {
    return IntStream.range(0, SOURCES)
        .filter(
            s ->
                site.requests("/s" + s + "/rss.xml").stream()
                    .anyMatch(r -> agent.equals(r.userAgent()) && r.startNanos() > since))
        .boxed()
        .collect(Collectors.toSet());
  }

  private static List<FixtureServer.Request> requests(
      FixtureServer site, String prefix, String agent) {
    return site.requests().stream()
        .filter(r -> r.path().startsWith(prefix) && agent.equals(r.userAgent()))
        .toList();
  }

  private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + limit);
      }
      Thread.sleep(100);
    }
  }
}
