package dev.akhbar.sink;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.Dateline;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.DedupInfo;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.DuplicateMethod;
import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.EntityType;
import dev.akhbar.common.record.ExtractionMethod;
import dev.akhbar.common.record.Field;
import dev.akhbar.common.record.Fingerprints;
import dev.akhbar.common.record.HttpInfo;
import dev.akhbar.common.record.Keyword;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.RejectReason;
import dev.akhbar.common.record.Rejected;
import dev.akhbar.common.record.Tags;
import dev.akhbar.common.record.TopicTag;
import dev.akhbar.common.url.ArticleId;
import dev.akhbar.text.Normalized;
import dev.akhbar.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records for the sink's tests, with texts written for these tests in the manner of a news wire.
 * Names of places and the shape of the stories are ordinary news facts; no text is taken from a
 * publication.
 */
public final class Fixtures {

  public static final Instant PROCESSED = Instant.parse("2024-05-02T08:00:00Z");

  /** Title and body of the stories the tests store. */
  public enum Story {
    BENGHAZI_RAIN(
        "أمطار غزيرة تغمر شوارع بنغازي",
        "بنغازي - شهدت مدينة بنغازي صباح اليوم أمطاراً غزيرة أدّت إلى غمر عدد من الشوارع"
            + " الرئيسية وتعطّل حركة السير في وسط المدينة.\n\n"
            + "وقال المتحدث باسم جهاز الإسعاف إن فرق الطوارئ انتشرت في الأحياء المتضررة، وإنه"
            + " لم تُسجَّل إصابات حتى الآن."),
    ECONOMY_PLAN(
        "وزير الاقتصاد يعلن خطة لدعم الشركات الصغيرة",
        "أعلن وزير الاقتصاد أحمد السالم اليوم خطة جديدة لدعم الشركات الصغيرة والمتوسطة خلال"
            + " العام المقبل، تشمل قروضاً ميسّرة وإعفاءات ضريبية مؤقتة.\n\n"
            + "وأوضح الوزير أن الخطة تستهدف نحو ألفي شركة في المرحلة الأولى."),
    CUP_FINAL(
        "المدرب إبراهيم يقود الفريق إلى نهائي الكأس",
        "قاد المدرب إبراهيم الحسن فريقه إلى المباراة النهائية لكأس البطولة بعد فوز صعب بهدفين"
            + " مقابل هدف.\n\n"
            + "وقال إبراهيم في المؤتمر الصحفي إن اللاعبين قدّموا أداءً كبيراً رغم الإرهاق."),
    PLAIN_SPELLING(
        "احمد السالم يزور ميناء طرابلس",
        "زار وزير الاقتصاد احمد السالم ميناء طرابلس واطّلع على سير العمل في الأرصفة الجديدة،"
            + " ووعد بتوسعة الميناء لاستقبال سفن أكبر.");

    final String title;
    final String body;

    Story(String title, String body) {
      this.title = title;
      this.body = body;
    }
  }

  private Fixtures() {}

  /** The article id of the test URL number {@code n}. */
  public static String id(int n) {
    return ArticleId.ofCanonicalUrl("https://news.example/story/" + n);
  }

  public static String url(String id) {
    return "https://news.example/story/" + id.substring(0, 8);
  }

  /** A new original of {@code story}, version 1, revision 0. */
  public static Article original(String id, Story story, Instant publishedAt) {
    return article(id, story, publishedAt, 1, 0, Change.NEW, tagsOf(story));
  }

  public static Article article(
      String id,
      Story story,
      Instant publishedAt,
      int version,
      int revision,
      Change change,
      Tags tags) {
    Normalized title = Normalizer.defaults().normalize(story.title);
    Normalized body = Normalizer.defaults().normalize(story.body);
    return new Article(
        Article.SCHEMA_VERSION,
        id,
        "wire-" + story.ordinal(),
        url(id),
        url(id),
        publishedAt == null ? PROCESSED.minusSeconds(600) : publishedAt.plusSeconds(60),
        publishedAt,
        null,
        story.title,
        story.body,
        List.of("مراسل الوكالة"),
        "أخبار",
        "ar",
        null,
        new HttpInfo(200, null, null, "text/html", "UTF-8"),
        ExtractionMethod.JSON_LD,
        change == Change.REMOVED,
        new NormalizedText(title.display(), title.match(), body.display(), body.match()),
        "ar",
        0.98,
        new Fingerprints("00", List.of()),
        new DedupInfo(id, version, revision, 0),
        tags,
        change,
        PROCESSED);
  }

  /** {@code article} as the processor republishes it when a later arrival is its original. */
  public static Article demoted(Article article, String originalId, int revision) {
    return article.withDedup(
        new DedupInfo(originalId, article.dedup().version(), revision, 0),
        Change.DEMOTED,
        PROCESSED.plusSeconds(revision));
  }

  public static Duplicate duplicate(Article copy, String originalId, int revision) {
    return new Duplicate(
        copy.articleId(),
        originalId,
        DuplicateMethod.NEAR,
        0.87,
        "band:3",
        copy.url(),
        copy.sourceId(),
        copy.title(),
        copy.publishedAt(),
        revision,
        PROCESSED.plusSeconds(revision));
  }

  public static Rejected rejected(String id, RejectReason reason, Instant at) {
    return new Rejected(
        id,
        reason,
        "body has 12 letters, minimum 200",
        url(id),
        "wire-9",
        "عاجل",
        "ar",
        null,
        at,
        at);
  }

  public static DeadLetter deadLetter(String topic, int partition, long offset, Instant at) {
    return new DeadLetter(
        "processor",
        "com.fasterxml.jackson.core.JsonParseException",
        "Unexpected character ('<')",
        topic,
        partition,
        offset,
        null,
        "PGh0bWw+",
        at);
  }

  /** Tags in the manner of the tagger: entities found in the story, a topic, keywords. */
  public static Tags tagsOf(Story story) {
    List<EntityMention> entities = new ArrayList<>();
    List<TopicTag> topics = new ArrayList<>();
    Dateline dateline = null;
    switch (story) {
      case BENGHAZI_RAIN -> {
        entities.add(mention(EntityType.LOCATION, story, Field.TITLE, "بنغازي", "بنغازي", "LY"));
        entities.add(mention(EntityType.LOCATION, story, Field.BODY, "بنغازي", "بنغازي", "LY"));
        topics.add(new TopicTag("weather", "طقس", "Weather", 0.9));
        dateline = new Dateline("بنغازي -", "بنغازي");
      }
      case ECONOMY_PLAN -> {
        entities.add(
            mention(EntityType.PERSON, story, Field.BODY, "أحمد السالم", "أحمد السالم", null));
        topics.add(new TopicTag("economy", "اقتصاد", "Economy", 0.95));
      }
      case CUP_FINAL -> {
        entities.add(
            mention(EntityType.PERSON, story, Field.BODY, "إبراهيم الحسن", "إبراهيم الحسن", null));
        topics.add(new TopicTag("sport", "رياضة", "Sport", 0.97));
      }
      case PLAIN_SPELLING -> {
        entities.add(
            mention(EntityType.PERSON, story, Field.TITLE, "احمد السالم", "أحمد السالم", null));
        entities.add(mention(EntityType.LOCATION, story, Field.TITLE, "طرابلس", "طرابلس", "LY"));
        topics.add(new TopicTag("economy", "اقتصاد", "Economy", 0.7));
      }
    }
    return new Tags(
        entities, topics, List.of(new Keyword(story.name().toLowerCase(), 0.5)), dateline);
  }

  private static EntityMention mention(
      EntityType type, Story story, Field field, String text, String canonical, String country) {
    String in =
        Normalizer.defaults().normalize(field == Field.TITLE ? story.title : story.body).display();
    int start = in.indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException(text + " is not in " + story);
    }
    return new EntityMention(
        type,
        text,
        field,
        in.codePointCount(0, start),
        in.codePointCount(0, start + text.length()),
        canonical,
        country);
  }
}
