package dev.akhbar.samplesite.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
 * Generates realistic Arabic raw articles: bodies of 2–6 KB in 3–7 paragraphs with a dateline,
 * across the taxonomy's topics, from twelve fictional outlets, in a {@link GeneratorMix} of
 * originals, copies and refetches. Each original is its own {@link Story} (its people, places,
 * numbers and dates), written by {@link StoryWriter} from clause-level pieces written for akhbar
 * (resources {@code phrases.txt}, {@code titles.txt}, {@code cast.txt}), so that originals are as
 * distinct as real news and only copies are near each other. The same seed gives the same articles.
 */
public final class ArticleGenerator {

  /** Smallest and largest body, in UTF-8 bytes. */
  public static final int MIN_BODY_BYTES = 2_000;

  public static final int MAX_BODY_BYTES = 6_000;

  /** How far back copies and refetches reach, in articles. */
  public static final int RECENT_WINDOW = 2_000;

  /** Fewest and most paragraphs of an original's body. */
  public static final int MIN_PARAGRAPHS = 3;

  public static final int MAX_PARAGRAPHS = 7;

  // Room left under MAX_BODY_BYTES for the sentence that crosses the target.
  private static final int BODY_MARGIN = 700;

  /** The sections of the outlets, one per topic of the taxonomy the generator writes about. */
  private static final String[] TOPICS = {
    "conflict",
    "crime",
    "culture",
    "disaster",
    "economy",
    "education",
    "environment",
    "health",
    "politics",
    "religion",
    "science",
    "society",
    "sport",
    "weather"
  };

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
  private final StoryWriter writer;
  private final List<GeneratedArticle> recent = new ArrayList<>();
  // The story of each recent original: copies take another headline of it, updates a sentence more.
  private final Map<Long, Story> stories = new HashMap<>();
  // The latest body of each recent original's URL: a refetch compares with what was fetched last.
  private final Map<Long, String> latestBody = new HashMap<>();
  private long sequence;

  public ArticleGenerator(long seed, GeneratorMix mix) {
    this.random = new Random(seed);
    this.mix = mix;
    this.writer = new StoryWriter(Phrasebook.defaults(), random);
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
      String update = latest + "\n\nتحديث: " + writer.sentence(stories.get(base.sequence()));
      latestBody.put(base.sequence(), update);
      made = refetch(seq, base, GeneratedArticle.Kind.REFETCH_CHANGED, update);
    } else {
      made = original(seq);
    }
    if (made.kind() == GeneratedArticle.Kind.ORIGINAL) {
      if (recent.size() >= RECENT_WINDOW) {
        int slot = random.nextInt(RECENT_WINDOW);
        latestBody.remove(recent.get(slot).sequence());
        stories.remove(recent.get(slot).sequence());
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
    String topic = TOPICS[random.nextInt(TOPICS.length)];
    Story story = writer.story(topic);
    Instant published = START.plus(Duration.ofSeconds(seq * 30 + random.nextInt(30)));
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    int paragraphs = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
    int target = MIN_BODY_BYTES + random.nextInt(MAX_BODY_BYTES - MIN_BODY_BYTES - BODY_MARGIN);
    GeneratedArticle made =
        new GeneratedArticle(
            seq,
            GeneratedArticle.Kind.ORIGINAL,
            -1,
            outlet,
            url(outlet, topic, published, seq),
            writer.title(story),
            writer.body(story, paragraphs, target),
            topic,
            published,
            published.plusSeconds(60 + random.nextInt(600)));
    stories.put(seq, story);
    return made;
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
            : writer.title(stories.get(base.sequence()));
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

  /** Another headline's body: a paragraph dropped, a signature and boilerplate added, variants. */
  private String nearCopyBody(String body) {
    List<String> paragraphs = new ArrayList<>(List.of(body.split("\n\n")));
    if (paragraphs.size() > MIN_PARAGRAPHS) {
      // The shortest paragraph between the first and the last: trimmed, the story is still the
      // same.
      int shortest = 1;
      for (int i = 2; i < paragraphs.size() - 1; i++) {
        if (paragraphs.get(i).length() < paragraphs.get(shortest).length()) {
          shortest = i;
        }
      }
      paragraphs.remove(shortest);
    }
    String text = String.join("\n\n", paragraphs);
    // Spelling variants real outlets differ by: hamza on alef, final yeh, diacritics.
    text = text.replace("إلى", "الى").replace("أن ", "ان ").replace("في ", "فى ");
    return text + " " + SIGNATURE + "\n\n" + BOILERPLATE[random.nextInt(BOILERPLATE.length)];
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
}
