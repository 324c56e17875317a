package dev.akhbar.sink;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.Dateline;
import dev.akhbar.common.record.DedupInfo;
import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.EntityType;
import dev.akhbar.common.record.ExtractionMethod;
import dev.akhbar.common.record.Field;
import dev.akhbar.common.record.Fingerprints;
import dev.akhbar.common.record.HttpInfo;
import dev.akhbar.common.record.Keyword;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.Tags;
import dev.akhbar.common.record.TopicTag;
import dev.akhbar.common.url.ArticleId;
import dev.akhbar.text.Normalized;
import dev.akhbar.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Processed articles of realistic size and shape for throughput measurements: bodies of 2 to 6 KB
 * of UTF-8 composed from sentences written for akhbar in the manner of a news wire, with a few
 * entities, one or two topics and five keywords each. Seeded: the same seed gives the same
 * articles.
 */
public final class ArticleGenerator {

  private static final String[] PEOPLE = {
    "أحمد السالم", "ليلى الحسيني", "محمد بن علي", "إبراهيم الحسن", "سارة المنصوري", "خالد العمري"
  };
  private static final String[] PLACES = {
    "بنغازي", "طرابلس", "القاهرة", "تونس", "عمّان", "بيروت", "الرباط", "الخرطوم", "مصراتة", "صفاقس"
  };
  private static final String[] ORGANIZATIONS = {
    "وزارة الاقتصاد", "الهلال الأحمر", "جامعة الدول العربية", "البنك المركزي", "هيئة الموانئ"
  };
  private static final String[][] TOPICS = {
    {"politics", "سياسة", "Politics"},
    {"economy", "اقتصاد", "Economy"},
    {"sport", "رياضة", "Sport"},
    {"weather", "طقس", "Weather"},
    {"health", "صحة", "Health"}
  };
  private static final String[] SENTENCES = {
    "أعلن {P} اليوم في {L} عن حزمة إجراءات جديدة تهدف إلى تخفيف الأعباء عن الأسر محدودة الدخل.",
    "وقال مصدر مسؤول في {O} إن الاجتماعات ستستمر خلال الأسبوع المقبل لاستكمال التفاصيل الفنية.",
    "وشهدت مدينة {L} حركة نشطة في الأسواق مع اقتراب موسم الأعياد وارتفاع الطلب على السلع الأساسية.",
    "وأوضح {P} في تصريح صحفي أن الخطة تمتد على {N} أشهر وتشمل عدة مراحل متتالية.",
    "ودعا المشاركون في الاجتماع إلى تعزيز التعاون الإقليمي وتبادل الخبرات بين المؤسسات المعنية.",
    "وأشارت بيانات صادرة عن {O} إلى تراجع معدلات البطالة بنسبة {N} في المئة خلال الربع الأخير.",
    "وفي سياق متصل، استقبل {P} وفداً من رجال الأعمال لبحث فرص الاستثمار في قطاع الطاقة المتجددة.",
    "وتوقعت الأرصاد الجوية استمرار الأجواء الباردة في {L} مع فرص لهطول أمطار متفرقة.",
    "وأكد شهود عيان أن فرق الإنقاذ وصلت إلى الموقع بعد دقائق من البلاغ وباشرت عملها على الفور.",
    "ومن المنتظر أن يعرض المشروع على البرلمان في جلسته المقبلة لمناقشته والتصويت عليه.",
    "وقد أثار القرار ردود فعل متباينة بين المواطنين على مواقع التواصل الاجتماعي.",
    "وذكرت مصادر محلية أن {N} عائلة تلقت مساعدات غذائية وطبية خلال اليومين الماضيين.",
    "وتأتي هذه الخطوة في إطار جهود {O} لتحديث البنية التحتية وتحسين الخدمات العامة.",
    "وأضاف {P} أن الحكومة ملتزمة بتنفيذ تعهداتها في المواعيد المحددة رغم التحديات.",
    "وفاز فريق {L} على منافسه بثلاثة أهداف مقابل هدف في مباراة حضرها {N} ألف متفرج.",
    "وشدد الخبراء على أهمية الاستثمار في التعليم والتدريب المهني لمواجهة تحديات سوق العمل.",
    "وكانت السلطات قد أعلنت في وقت سابق عن إغلاق عدد من الطرق الرئيسية لأعمال الصيانة.",
    "وقالت {P} إن المستشفيات في {L} استقبلت عدداً أكبر من المعتاد من المراجعين هذا الشهر.",
    "ويرى محللون أن تراجع أسعار النفط قد ينعكس على الموازنة العامة للسنة المقبلة.",
    "واختتمت الندوة أعمالها بإصدار توصيات تدعو إلى حماية الموارد المائية والحد من الهدر.",
  };

  private final Random random;
  private final Normalizer normalizer = Normalizer.defaults();

  public ArticleGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} new originals, numbered from {@code first}. */
  public List<Article> originals(int first, int count) {
    List<Article> articles = new ArrayList<>(count);
    for (int i = first; i < first + count; i++) {
      articles.add(original(i));
    }
    return articles;
  }

  private Article original(int n) {
    String person = pick(PEOPLE);
    String place = pick(PLACES);
    String organization = pick(ORGANIZATIONS);
    String title = SENTENCES[random.nextInt(SENTENCES.length)];
    title = fill(title.substring(0, Math.min(title.length(), 60)), person, place, organization);
    int targetBytes = 2_048 + random.nextInt(4_096);
    StringBuilder body = new StringBuilder(place).append(" - ");
    while (body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < targetBytes) {
      body.append(fill(pick(SENTENCES), person, place, organization));
      body.append(random.nextInt(4) == 0 ? "\n\n" : " ");
    }
    Normalized t = normalizer.normalize(title);
    Normalized b = normalizer.normalize(body.toString().strip());
    String url = "https://news.example/bench/" + n;
    String id = ArticleId.ofCanonicalUrl(url);
    Instant published = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * n);
    List<EntityMention> entities = new ArrayList<>();
    mention(entities, EntityType.PERSON, person, b.display(), null);
    mention(entities, EntityType.LOCATION, place, b.display(), "LY");
    mention(entities, EntityType.ORGANIZATION, organization, b.display(), null);
    String[] topic = TOPICS[random.nextInt(TOPICS.length)];
    List<TopicTag> topics =
        List.of(new TopicTag(topic[0], topic[1], topic[2], 0.6 + random.nextDouble() * 0.4));
    List<Keyword> keywords = new ArrayList<>();
    for (String word : b.match().split("\\s+")) {
      if (keywords.size() == 5) {
        break;
      }
      if (word.length() > 5 && keywords.stream().noneMatch(k -> k.term().equals(word))) {
        keywords.add(new Keyword(word, 0.5));
      }
    }
    return new Article(
        Article.SCHEMA_VERSION,
        id,
        "wire-" + (n % 7),
        url,
        url,
        published.plusSeconds(90),
        published,
        null,
        title,
        body.toString().strip(),
        List.of("مراسل"),
        "أخبار",
        "ar",
        null,
        new HttpInfo(200, null, null, "text/html", "UTF-8"),
        ExtractionMethod.JSON_LD,
        false,
        new NormalizedText(t.display(), t.match(), b.display(), b.match()),
        "ar",
        0.97,
        new Fingerprints(ArticleId.sha256Hex(b.match()), List.of()),
        new DedupInfo(id, 1, 0, 0),
        new Tags(entities, topics, keywords, new Dateline(place + " -", place)),
        Change.NEW,
        published.plusSeconds(120));
  }

  private static void mention(
      List<EntityMention> entities, EntityType type, String name, String body, String country) {
    int at = body.indexOf(name);
    while (at >= 0 && entities.size() < 12) {
      entities.add(
          new EntityMention(
              type,
              name,
              Field.BODY,
              body.codePointCount(0, at),
              body.codePointCount(0, at + name.length()),
              name,
              country));
      at = body.indexOf(name, at + name.length());
    }
  }

  private String fill(String sentence, String person, String place, String organization) {
    return sentence
        .replace("{P}", person)
        .replace("{L}", place)
        .replace("{O}", organization)
        .replace("{N}", Integer.toString(2 + random.nextInt(90)));
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
