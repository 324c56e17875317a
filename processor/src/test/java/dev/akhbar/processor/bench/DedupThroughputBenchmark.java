package dev.akhbar.processor.bench;

import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.url.ArticleId;
import dev.akhbar.common.url.CanonicalUrl;
import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.ProcessorService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Articles per second through the whole processor (intake, exact and near dedup, exactly-once) on
 * the embedded broker, and the state it keeps per article. The processor is started on an empty raw
 * topic and its idle CPU use sampled; then the input is produced at once and the clock runs from
 * the first record sent until every record has its outcome. Then the processor is closed (flushing
 * RocksDB) and its state folder and changelog topics are measured.
 *
 * <pre>
 * java -cp … dev.akhbar.processor.bench.DedupThroughputBenchmark [articles] [partitions] [threads] [warm-up] [copy-share]
 * </pre>
 *
 * <p>Before the idle sample, {@code warm-up} other articles (default 3,000, dated a month earlier
 * so that they are never compared with the measured ones) go through the processor, so that the JIT
 * compiler's work on the hot paths is not counted as per-article cost.
 *
 * <p>{@code copy-share} (default {@link #COPY_SHARE}) is the share of the measured articles that
 * copy an earlier story: it sets the size of the clusters (about {@code 1 / (1 - copy-share)}
 * articles each, the earliest stories' larger; the input's largest cluster is printed), to measure
 * how the cost per article grows with cluster size. The warm-up keeps {@link #COPY_SHARE}.
 */
public final class DedupThroughputBenchmark {

  /** How long the idle pipeline's own CPU use is sampled before the run. */
  static final Duration IDLE_SAMPLE = Duration.ofSeconds(10);

  /** Share of the generated articles that copy an earlier one. */
  static final double COPY_SHARE = 0.3;

  private DedupThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 3_000;
    double copyShare = args.length > 4 ? Double.parseDouble(args[4]) : COPY_SHARE;
    Path dir = Files.createTempDirectory("akhbar-dedup-bench-");
    List<byte[]> warmUpInput = generate(warmUp, 7, "warmup", Instant.parse("2025-02-01T00:00:00Z"));
    List<byte[]> input =
        generate(articles, 11, "news", Instant.parse("2025-03-04T00:00:00Z"), copyShare);
    long inputBytes = input.stream().mapToLong(b -> b.length).sum();
    List<String> keys = keysOf(input);
    try (EmbeddedKafkaBroker broker =
        EmbeddedKafkaBroker.builder(dir.resolve("broker")).build().start()) {
      String run = "bench" + UUID.randomUUID().toString().substring(0, 6);
      ProcessorConfig config =
          ProcessorConfig.builder()
              .applicationId(run + "-processor")
              .topics(new Topics(run))
              .stateDir(dir.resolve("state"))
              .partitions(partitions)
              .threads(threads)
              .bootstrapServers(broker.bootstrapServers())
              .build();
      createRawTopic(broker, config, partitions);
      long start;
      long end;
      long cpuStart;
      long cpuEnd;
      long streamCpuStart;
      long streamCpuEnd;
      long rss;
      long peakRss;
      long heapUsed;
      double idleCpuPerSecond;
      try (ProcessorService service = new ProcessorService(config)) {
        service.start();
        if (!service.awaitRunning(Duration.ofMinutes(2))) {
          throw new IllegalStateException("processor not running: " + service.state());
        }
        produce(broker, config, warmUpInput, keysOf(warmUpInput));
        awaitOutcomes(broker, config, warmUp);
        // What the idle pipeline costs (polling, commits, the broker), to tell it from per-article
        // work: sampled before any input exists.
        long idleCpu = processCpuNanos();
        long idleStart = System.nanoTime();
        Thread.sleep(IDLE_SAMPLE.toMillis());
        idleCpuPerSecond = (processCpuNanos() - idleCpu) / ((System.nanoTime() - idleStart) / 1e9);
        cpuStart = processCpuNanos();
        streamCpuStart = streamThreadsCpuNanos(config.applicationId());
        start = System.nanoTime();
        produce(broker, config, input, keys);
        awaitOutcomes(broker, config, warmUp + articles);
        end = System.nanoTime();
        cpuEnd = processCpuNanos();
        streamCpuEnd = streamThreadsCpuNanos(config.applicationId());
        rss = procStatusKb("VmRSS");
        peakRss = procStatusKb("VmHWM");
        heapUsed = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      }
      double seconds = (end - start) / 1e9;
      double cpuMsPerArticle = (cpuEnd - cpuStart) / 1e6 / articles;
      double netCpuMsPerArticle =
          Math.max(0, (cpuEnd - cpuStart) - idleCpuPerSecond * seconds) / 1e6 / articles;
      long stored = (long) warmUp + articles;
      double streamMsPerArticle = (streamCpuEnd - streamCpuStart) / 1e6 / articles;
      long stateBytes = folderBytes(config.stateDir());
      Map<String, Long> topicBytes = topicBytes(broker, run);
      Map<String, Long> outcomes = outcomeCounts(broker, config, warmUp + articles);
      long changelogBytes =
          topicBytes.entrySet().stream()
              .filter(e -> e.getKey().endsWith("-changelog"))
              .mapToLong(Map.Entry::getValue)
              .sum();
      System.out.printf(
          Locale.ROOT,
          "%d raw articles (%.0f bytes each, %.0f%% copies) after %d to warm up, %d partitions, %d"
              + " stream threads%n",
          articles,
          (double) inputBytes / articles,
          copyShare * 100,
          warmUp,
          partitions,
          threads);
      System.out.printf(
          Locale.ROOT,
          "processor: %.1f s from the first record produced to the last outcome, %.0f articles/s%n",
          seconds,
          articles / seconds);
      System.out.printf(
          Locale.ROOT,
          "CPU of this JVM (processor, broker, reader) while processing: %.2f ms/article, so at"
              + " most %.0f articles/s per core (load average now %.1f on %d cores)%n",
          cpuMsPerArticle,
          1000 / cpuMsPerArticle,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      System.out.printf(
          Locale.ROOT,
          "idle pipeline: %.0f ms CPU per second; net of it: %.2f ms/article, %.0f articles/s per core%n",
          idleCpuPerSecond / 1e6,
          netCpuMsPerArticle,
          1000 / netCpuMsPerArticle);
      System.out.printf(
          Locale.ROOT,
          "CPU of the processor's own threads (stream threads and their producers): %.2f ms/article,"
              + " %.0f articles/s per core%n",
          streamMsPerArticle,
          1000 / streamMsPerArticle);
      System.out.printf(
          Locale.ROOT,
          "memory of this JVM (processor and broker) at the end: RSS %d MB, peak RSS %d MB, heap in"
              + " use %d MB%n",
          rss / 1024,
          peakRss / 1024,
          heapUsed / (1024 * 1024));
      System.out.println("outcomes (warm-up included): " + outcomes);
      System.out.printf(
          Locale.ROOT,
          "state folder after close (RocksDB, LZ4): %d bytes, %.0f bytes/article (warm-up"
              + " included)%n",
          stateBytes,
          (double) stateBytes / stored);
      System.out.printf(
          Locale.ROOT,
          "changelog topics: %d bytes, %.0f bytes/article (warm-up included)%n",
          changelogBytes,
          (double) changelogBytes / stored);
      topicBytes.forEach(
          (topic, bytes) ->
              System.out.printf(
                  Locale.ROOT,
                  "  %-70s %12d bytes %8.0f/article%n",
                  topic,
                  bytes,
                  (double) bytes / stored));
    } finally {
      deleteQuietly(dir);
    }
  }

  /** Articles of about 5 KB, a share of them copies (edited) of earlier ones, over three days. */
  static List<byte[]> generate(int count, long seed, String path, Instant day) {
    return generate(count, seed, path, day, COPY_SHARE);
  }

  /**
   * Articles of about 5 KB, {@code copyShare} of them copies (edited) of earlier stories; prints
   * the number of stories and the largest cluster.
   */
  static List<byte[]> generate(int count, long seed, String path, Instant day, double copyShare) {
    SyntheticNews news = new SyntheticNews(seed);
    Random random = new Random(seed);
    List<SyntheticNews.Story> bases = new ArrayList<>();
    List<Integer> clusterSizes = new ArrayList<>();
    List<byte[]> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String title;
      List<String> paragraphs;
      int topic = i % SyntheticNews.TOPICS.length;
      if (!bases.isEmpty() && random.nextDouble() < copyShare) {
        int copied = random.nextInt(bases.size());
        clusterSizes.set(copied, clusterSizes.get(copied) + 1);
        SyntheticNews.Story base = bases.get(copied);
        paragraphs = new ArrayList<>(base.paragraphs());
        switch (random.nextInt(4)) {
          case 0 -> paragraphs.add(news.boilerplate());
          case 1 -> paragraphs.remove(paragraphs.size() - 1);
          case 2 -> paragraphs.replaceAll(p -> news.respell(p, 0.1));
          default -> {
            // an exact copy under another headline
          }
        }
        title = news.headline(base.topic());
      } else {
        paragraphs = new ArrayList<>();
        while (String.join("\n\n", paragraphs).getBytes(StandardCharsets.UTF_8).length < 5_000) {
          paragraphs.addAll(news.story(topic).paragraphs());
        }
        title = news.headline(topic);
        bases.add(new SyntheticNews.Story(topic, title, paragraphs));
        clusterSizes.add(1);
      }
      var node = AkhbarJson.mapper().createObjectNode();
      node.put("url", "https://outlet" + (i % 17) + ".example/" + path + "/" + i);
      node.put("source_id", "outlet" + (i % 17));
      node.put("title", title);
      node.put("body", String.join("\n\n", paragraphs));
      node.put("published_at", day.plusSeconds(random.nextInt(3 * 86_400)).toString());
      out.add(node.toString().getBytes(StandardCharsets.UTF_8));
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d articles, %d stories, largest cluster %d%n",
        path,
        count,
        bases.size(),
        clusterSizes.stream().mapToInt(Integer::intValue).max().orElse(0));
    return out;
  }

  static List<String> keysOf(List<byte[]> input) throws IOException {
    List<String> keys = new ArrayList<>(input.size());
    for (byte[] value : input) {
      String url = AkhbarJson.mapper().readTree(value).path("url").asText();
      keys.add(ArticleId.ofCanonicalUrl(CanonicalUrl.of(url)));
    }
    return keys;
  }

  static void createRawTopic(EmbeddedKafkaBroker broker, ProcessorConfig config, int partitions)
      throws Exception {
    Properties admin = new Properties();
    admin.put("bootstrap.servers", broker.bootstrapServers());
    try (Admin client = Admin.create(admin)) {
      client
          .createTopics(List.of(new NewTopic(config.topics().raw(), partitions, (short) 1)))
          .all()
          .get();
    }
  }

  static void produce(
      EmbeddedKafkaBroker broker, ProcessorConfig config, List<byte[]> input, List<String> keys) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < input.size(); i++) {
        producer.send(new ProducerRecord<>(config.topics().raw(), keys.get(i), input.get(i)));
      }
      producer.flush();
    }
  }

  static void awaitOutcomes(EmbeddedKafkaBroker broker, ProcessorConfig config, int expected) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    long seen = 0;
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(config.topics().outcomes()));
      while (seen < expected) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("only " + seen + " of " + expected + " outcomes");
        }
        seen += consumer.poll(Duration.ofMillis(200)).count();
      }
    }
  }

  /** Every outcome by kind, and the originals they demoted, to compare runs of the same input. */
  private static Map<String, Long> outcomeCounts(
      EmbeddedKafkaBroker broker, ProcessorConfig config, int expected) throws IOException {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-counter-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, Long> counts = new java.util.TreeMap<>();
    long seen = 0;
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(config.topics().outcomes()));
      while (seen < expected) {
        for (var record : consumer.poll(Duration.ofMillis(200))) {
          var outcome = AkhbarJson.mapper().readTree(record.value());
          counts.merge(outcome.path("outcome").asText(), 1L, Long::sum);
          counts.merge("demoted", (long) outcome.path("demoted").size(), Long::sum);
          seen++;
        }
      }
    }
    return counts;
  }

  private static Map<String, Long> topicBytes(EmbeddedKafkaBroker broker, String prefix)
      throws Exception {
    Properties admin = new Properties();
    admin.put("bootstrap.servers", broker.bootstrapServers());
    Map<String, Long> sizes = new java.util.TreeMap<>();
    try (Admin client = Admin.create(admin)) {
      Map<Integer, Map<String, LogDirDescription>> dirs =
          client
              .describeLogDirs(
                  client.describeCluster().nodes().get().stream().map(n -> n.id()).toList())
              .allDescriptions()
              .get();
      dirs.values()
          .forEach(
              byDir ->
                  byDir
                      .values()
                      .forEach(
                          d ->
                              d.replicaInfos()
                                  .forEach(
                                      (tp, info) -> {
                                        if (tp.topic().startsWith(prefix)) {
                                          sizes.merge(tp.topic(), info.size(), Long::sum);
                                        }
                                      })));
    }
    return sizes;
  }

  /**
   * CPU time of the threads Kafka Streams names after the application: its stream threads and their
   * producers' network threads.
   */
  private static long streamThreadsCpuNanos(String applicationId) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long total = 0;
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains(applicationId)) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        total += Math.max(0, cpu);
      }
    }
    return total;
  }

  /** A field of /proc/self/status in kB (VmRSS, VmHWM), or -1 where there is none. */
  private static long procStatusKb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long folderBytes(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  static void deleteQuietly(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
