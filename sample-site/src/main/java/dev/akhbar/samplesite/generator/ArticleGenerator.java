package dev.akhbar.samplesite.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates realistic Arabic raw articles from sentence templates written for akhbar (resources
 * {@code sentences.txt}, {@code titles.txt}, {@code slots.txt}): bodies of 2–6 KB in 3–7 paragraphs
 * with a dateline, across the taxonomy's topics, from twelve fictional outlets. The same seed gives
 * the same articles.
 */
public final class ArticleGenerator {

  /** Smallest and largest body, in UTF-8 bytes. */
  public static final int MIN_BODY_BYTES = 2_000;

  public static final int MAX_BODY_BYTES = 6_000;

  /** How far back copies and refetches reach, in articles. */
  public static final int RECENT_WINDOW = 2_000;

  private static final Instant START = Instant.parse("2026-01-01T06:00:00Z");
  private static final String[] OUTLETS = {
    "wadi",
    "sahil",
    "nahar",
    "mashriq",
    "maghrib",
    "khalij",
    "nil",
    "rafidain",
    "sham",
    "atlas",
    "sahra",
    "bahr"
  };
  private static final String SIGNATURE = "(وكالات)";
  private static final String[] BOILERPLATE = {
    "تابعوا آخر الأخبار على موقعنا وتطبيقنا على الهواتف الذكية.",
    "جميع الحقوق محفوظة لموقع الخبر، ويُمنع النقل دون ذكر المصدر.",
    "للاشتراك في النشرة الإخبارية اليومية اضغط هنا."
  };

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Random random;
  private final GeneratorMix mix;
  private final Map<String, List<String>> sentencesByTopic;
  private final Map<String, List<String>> titlesByTopic;
  private final Map<String, List<String>> slots;
  private final List<String> topics;
  private final List<GeneratedArticle> recent = new ArrayList<>();
  // The latest body of each recent original's URL: a refetch compares with what was fetched last.
  private final Map<Long, String> latestBody = new HashMap<>();
  private long sequence;

  public ArticleGenerator(long seed, GeneratorMix mix) {
    this.random = new Random(seed);
    this.mix = mix;
    this.sentencesByTopic = readTable("sentences.txt");
    this.titlesByTopic = readTable("titles.txt");
    this.slots = readTable("slots.txt");
    this.topics = new ArrayList<>(titlesByTopic.keySet());
    this.topics.sort(String::compareTo);
  }

  /**
   * Writes articles as JSON Lines to stdout: {@code ArticleGenerator COUNT [SEED]}, the realistic
   * mix.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ArticleGenerator COUNT [SEED]");
      System.exit(2);
    }
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
    Writer out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    new ArticleGenerator(seed, GeneratorMix.realistic())
        .writeJsonLines(Long.parseLong(args[0]), out);
  }

  /** The next article. */
  public GeneratedArticle next() {
    long seq = sequence++;
    GeneratedArticle made;
    double r = random.nextDouble();
    GeneratedArticle base = recent.isEmpty() ? null : recent.get(random.nextInt(recent.size()));
    if (base == null || base.kind() != GeneratedArticle.Kind.ORIGINAL) {
      made = original(seq);
    } else if (r < mix.exactCopies()) {
      made = copy(seq, base, GeneratedArticle.Kind.EXACT_COPY, base.body());
    } else if ((r -= mix.exactCopies()) < mix.nearCopies()) {
      made = copy(seq, base, GeneratedArticle.Kind.NEAR_COPY, nearCopyBody(base.body()));
    } else if ((r -= mix.nearCopies()) < mix.unchangedRefetches()) {
      String latest = latestBody.getOrDefault(base.sequence(), base.body());
      made = refetch(seq, base, GeneratedArticle.Kind.REFETCH_UNCHANGED, latest);
    } else if ((r -= mix.unchangedRefetches()) < mix.changedRefetches()) {
      String latest = latestBody.getOrDefault(base.sequence(), base.body());
      String update = latest + "\n\nتحديث: " + sentence(base.section());
      latestBody.put(base.sequence(), update);
      made = refetch(seq, base, GeneratedArticle.Kind.REFETCH_CHANGED, update);
    } else {
      made = original(seq);
    }
    if (made.kind() == GeneratedArticle.Kind.ORIGINAL) {
      if (recent.size() >= RECENT_WINDOW) {
        int slot = random.nextInt(RECENT_WINDOW);
        latestBody.remove(recent.get(slot).sequence());
        recent.set(slot, made);
      } else {
        recent.add(made);
      }
    }
    return made;
  }

  /** Writes {@code count} articles as JSON Lines (the backfill format). */
  public void writeJsonLines(long count, Writer out) throws IOException {
    for (long i = 0; i < count; i++) {
      out.write(toJsonLine(next()));
      out.write('\n');
    }
    out.flush();
  }

  /** One article as a line of the backfill format. */
  public static String toJsonLine(GeneratedArticle a) {
    ObjectNode node = JSON.createObjectNode();
    node.put("url", a.url());
    node.put("source_id", a.sourceId());
    node.put("title", a.title());
    node.put("body", a.body());
    node.put("section", a.section());
    node.put("language_hint", "ar");
    node.put("published_at", a.publishedAt().toString());
    node.put("fetched_at", a.fetchedAt().toString());
    return node.toString();
  }

  private GeneratedArticle original(long seq) {
    String topic = topics.get(random.nextInt(topics.size()));
    Instant published = START.plus(Duration.ofSeconds(seq * 30 + random.nextInt(30)));
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    return new GeneratedArticle(
        seq,
        GeneratedArticle.Kind.ORIGINAL,
        -1,
        outlet,
        url(outlet, topic, published, seq),
        fill(pick(titlesByTopic.get(topic))),
        body(topic),
        topic,
        published,
        published.plusSeconds(60 + random.nextInt(600)));
  }

  private GeneratedArticle copy(
      long seq, GeneratedArticle base, GeneratedArticle.Kind kind, String body) {
    String outlet = otherOutlet(base.sourceId());
    boolean earlier = random.nextDouble() < mix.earlierCopies();
    Duration shift = Duration.ofMinutes(5 + random.nextInt(600));
    Instant published = earlier ? base.publishedAt().minus(shift) : base.publishedAt().plus(shift);
    String title =
        kind == GeneratedArticle.Kind.EXACT_COPY && random.nextBoolean()
            ? base.title()
            : fill(pick(titlesByTopic.get(base.section())));
    return new GeneratedArticle(
        seq,
        kind,
        base.sequence(),
        outlet,
        url(outlet, base.section(), published, seq),
        title,
        body,
        base.section(),
        published,
        published.plusSeconds(60 + random.nextInt(600)));
  }

  private GeneratedArticle refetch(
      long seq, GeneratedArticle base, GeneratedArticle.Kind kind, String body) {
    return new GeneratedArticle(
        seq,
        kind,
        base.sequence(),
        base.sourceId(),
        base.url(),
        base.title(),
        body,
        base.section(),
        base.publishedAt(),
        base.fetchedAt().plus(Duration.ofHours(1 + random.nextInt(12))));
  }

  private String body(String topic) {
    int target = MIN_BODY_BYTES + random.nextInt(MAX_BODY_BYTES - MIN_BODY_BYTES - 400);
    StringBuilder body = new StringBuilder(target + 512);
    body.append(pick(slots.get("place"))).append(" - ");
    int bytes = body.toString().getBytes(StandardCharsets.UTF_8).length;
    boolean first = true;
    while (bytes < target) {
      int sentences = 2 + random.nextInt(4);
      StringBuilder paragraph = new StringBuilder();
      for (int i = 0; i < sentences; i++) {
        if (i > 0) {
          paragraph.append(' ');
        }
        paragraph.append(sentence(random.nextInt(4) == 0 ? "any" : topic));
      }
      int added = paragraph.toString().getBytes(StandardCharsets.UTF_8).length + 2;
      if (bytes + added > MAX_BODY_BYTES && bytes >= MIN_BODY_BYTES) {
        break;
      }
      if (!first) {
        body.append("\n\n");
      }
      first = false;
      body.append(paragraph);
      bytes += added;
    }
    return body.toString();
  }

  /** Another headline's body: a paragraph dropped, a signature and boilerplate added, variants. */
  private String nearCopyBody(String body) {
    List<String> paragraphs = new ArrayList<>(List.of(body.split("\n\n")));
    if (paragraphs.size() > 3) {
      paragraphs.remove(1 + random.nextInt(paragraphs.size() - 2));
    }
    String text = String.join("\n\n", paragraphs);
    // Spelling variants real outlets differ by: hamza on alef, final yeh, diacritics.
    text = text.replace("إلى", "الى").replace("أن ", "ان ").replace("في ", "فى ");
    return text + " " + SIGNATURE + "\n\n" + BOILERPLATE[random.nextInt(BOILERPLATE.length)];
  }

  private String sentence(String topic) {
    List<String> pool = sentencesByTopic.getOrDefault(topic, sentencesByTopic.get("any"));
    return fill(pick(pool));
  }

  private String fill(String template) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      out.append(template, i, open);
      String slot = template.substring(open + 1, close);
      switch (slot) {
        case "n" -> out.append(2 + random.nextInt(40));
        case "n2" -> out.append(100 + random.nextInt(900));
        default -> out.append(pick(slots.get(slot)));
      }
      i = close + 1;
    }
    return out.toString();
  }

  private String url(String outlet, String topic, Instant published, long seq) {
    ZonedDateTime t = published.atZone(ZoneOffset.UTC);
    return String.format(
        "https://%s.example/%s/%d/%02d/%02d/%d?utm_source=feed",
        outlet, topic, t.getYear(), t.getMonthValue(), t.getDayOfMonth(), 100_000 + seq);
  }

  private String otherOutlet(String outlet) {
    String other;
    do {
      other = OUTLETS[random.nextInt(OUTLETS.length)];
    } while (other.equals(outlet));
    return other;
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static Map<String, List<String>> readTable(String resource) {
    Map<String, List<String>> table = new HashMap<>();
    try (InputStream in = ArticleGenerator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        table
            .computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
            .add(line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return table;
  }
}
