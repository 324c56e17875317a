package dev.akhbar.common;

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
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.common.record.RejectReason;
import dev.akhbar.common.record.Rejected;
import dev.akhbar.common.record.Tags;
import dev.akhbar.common.record.TopicTag;
import dev.akhbar.common.url.ArticleId;
import dev.akhbar.common.url.CanonicalUrl;
import java.time.Instant;
import java.util.List;

/** One filled-in example of each record of the contract, written for tests. */
public final class ContractExamples {

  public static final String URL =
      "https://akhbar-al-wadi.example/siyasa/2026/03/14/hiwar?utm_source=rss";
  public static final String CANONICAL = CanonicalUrl.of(URL);
  public static final String ID = ArticleId.ofCanonicalUrl(CANONICAL);
  public static final Instant PUBLISHED = Instant.parse("2026-03-14T09:30:00Z");

  private ContractExamples() {}

  public static RawArticle raw() {
    return new RawArticle(
        1,
        ID,
        "wadi",
        URL,
        CANONICAL,
        Instant.parse("2026-03-14T10:02:11Z"),
        PUBLISHED,
        null,
        "حوار ليبي جديد في جنيف",
        "جنيف - انطلقت اليوم جولة جديدة من الحوار بين الأطراف الليبية.\n\n"
            + "وقال المبعوث الأممي إن الجولة تبحث ملف الانتخابات.",
        List.of("سلمى الورفلي"),
        "سياسة",
        "ar",
        null,
        new HttpInfo(200, "\"v1\"", "Sat, 14 Mar 2026 09:31:00 GMT", "text/html", "UTF-8"),
        ExtractionMethod.JSON_LD,
        false,
        null);
  }

  public static Article article() {
    RawArticle raw = raw();
    return Article.of(
        raw,
        new NormalizedText(raw.title(), "حوار ليبي جديد في جنيف", raw.body(), raw.body()),
        "ar",
        0.97,
        new Fingerprints(ArticleId.sha256Hex(raw.body()), List.of("0:9f3a", "1:77c0")),
        new DedupInfo(ID, 1, 0, 0),
        new Tags(
            List.of(
                new EntityMention(EntityType.LOCATION, "جنيف", Field.TITLE, 18, 22, "جنيف", "CH")),
            List.of(new TopicTag("politics", "سياسة", "Politics", 0.91)),
            List.of(new Keyword("الانتخابات", 0.4)),
            new Dateline("جنيف -", "جنيف")),
        Change.NEW,
        Instant.parse("2026-03-14T10:02:12Z"));
  }

  public static Duplicate duplicate() {
    String copyUrl = "https://sada-al-sahil.example/news/8812";
    return new Duplicate(
        ArticleId.ofCanonicalUrl(CanonicalUrl.of(copyUrl)),
        ID,
        DuplicateMethod.NEAR,
        0.82,
        "band:7",
        copyUrl,
        "sahil",
        "جولة حوار ليبية في جنيف",
        PUBLISHED.plusSeconds(3600),
        1,
        Instant.parse("2026-03-14T11:00:00Z"));
  }

  public static Rejected rejected() {
    return new Rejected(
        ID,
        RejectReason.TOO_SHORT,
        "body has 12 letters, the minimum is 200",
        URL,
        "wadi",
        "صفحة فارغة",
        "ar",
        null,
        PUBLISHED,
        Instant.parse("2026-03-14T10:02:12Z"));
  }

  public static DeadLetter deadLetterFromTopic() {
    return new DeadLetter(
        "processor",
        "dev.akhbar.common.json.InvalidRecordException",
        "not JSON: Unexpected character ('<')",
        "akhbar.raw.v1",
        2,
        4711L,
        null,
        "PGh0bWw+",
        Instant.parse("2026-03-14T10:02:12Z"));
  }

  public static DeadLetter deadLetterFromFile() {
    return new DeadLetter(
        "backfill",
        "dev.akhbar.common.json.InvalidRecordException",
        "missing required field 'body'",
        null,
        null,
        null,
        17L,
        "e30=",
        Instant.parse("2026-03-14T10:02:12Z"));
  }

  public static Outcome outcome() {
    return new Outcome(
        ID,
        OutcomeKind.NEW,
        "akhbar.raw.v1",
        0,
        12,
        List.of(duplicate().articleId()),
        Instant.parse("2026-03-14T10:02:12Z"));
  }
}
