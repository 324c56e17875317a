package dev.akhbar.processor.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.record.Keyword;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.Tags;
import dev.akhbar.common.record.TopicTag;
import dev.akhbar.text.Normalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicsAndKeywordsTest {

  private static Tagger tagger;

  @BeforeAll
  static void load() {
    tagger = Tagger.load();
  }

  private static Tags article(String title, String body, String section, String url) {
    Normalizer n = Normalizer.defaults();
    String t = n.display(title);
    String b = n.display(body);
    return tagger.tag(new NormalizedText(t, n.match(t), b, n.match(b)), section, url, "test");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sport | سجل المهاجم هدفين وقاد فريقه إلى الفوز في مباراة الدوري أمام جمهوره",
        "economy | خفض البنك المركزي سعر الفائدة وتراجع التضخم وارتفعت أسهم البورصة",
        "weather | تتوقع الأرصاد أمطارا رعدية ورياحا نشطة وانخفاضا في درجات الحرارة",
        "health | أطلقت وزارة الصحة حملة تطعيم ضد الحصبة في المستشفيات والمراكز الصحية",
        "conflict | قتل جنود في غارات جوية وقصف مدفعي على مواقع المسلحين قرب الجبهة",
      })
  void theClassifierFindsTheTopicOfAPlainStory(String code, String text) {
    TopicTag best = tagger.tagText(text).topics().get(0);
    assertThat(best.code()).isEqualTo(code);
    assertThat(best.score()).isBetween(0.0, 1.0);
    assertThat(Topic.fromCode(code).orElseThrow().labelAr()).isEqualTo(best.labelAr());
  }

  @Test
  void theOutletsSectionRaisesItsTopic() {
    Tags tags = article("افتتاح معرض", "افتتح المعرض أبوابه أمام الزوار صباح اليوم", "رياضة", null);
    assertThat(tags.topics()).extracting(TopicTag::code).contains("sport");
    assertThat(
            tags.topics().stream()
                .filter(t -> t.code().equals("sport"))
                .findFirst()
                .orElseThrow()
                .score())
        .isGreaterThanOrEqualTo(TopicAssigner.SECTION_SCORE);
  }

  @Test
  void aUrlPathSegmentNamesTheSection() {
    Tags tags =
        article(
            "خبر", "قال مسؤول إن الاجتماع انتهى", null, "https://example.com/ar/economy/2025/05/x");
    assertThat(tags.topics().get(0).code()).isEqualTo("economy");
  }

  @Test
  void topicsAreCappedAndAboveTheMinimumScore() {
    Tags tags =
        tagger.tagText(
            "قتل جنود في غارات وأعلنت وزارة الصحة أن المستشفيات امتلأت بالمصابين بينما ارتفعت أسعار النفط");
    assertThat(tags.topics()).hasSizeLessThanOrEqualTo(TopicAssigner.MAX_TOPICS);
    assertThat(tags.topics().stream().skip(1)).allMatch(t -> t.score() >= TopicAssigner.MIN_SCORE);
  }

  @Test
  void keywordsKeepNamesWholeAndDropFunctionWords() {
    Tags tags =
        tagger.tagText(
            "وصلت قافلة المساعدات إلى بنغازي، وقال مسؤول إن القافلة تحمل أدوية وأغذية إلى بنغازي وضواحيها.");
    assertThat(tags.keywords()).extracting(Keyword::term).contains("بنغازي");
    assertThat(tags.keywords())
        .extracting(Keyword::term)
        .doesNotContain("نغازي", "في", "إلى", "قال");
    assertThat(tags.keywords()).hasSizeLessThanOrEqualTo(KeywordExtractor.MAX_KEYWORDS);
    assertThat(tags.keywords().get(0).score()).isEqualTo(1.0);
  }

  @Test
  void keywordsAreCappedAtTheirLimit() {
    StringBuilder text = new StringBuilder();
    String[] words = {
      "قافلة", "أدوية", "أغذية", "مستشفى", "طريق", "جسر", "مدرسة", "سوق", "ميناء", "مطار", "مصنع",
      "محطة"
    };
    for (String w : words) {
      text.append(w).append(' ').append(w).append(' ');
    }
    assertThat(tagger.tagText(text.toString()).keywords()).hasSize(KeywordExtractor.MAX_KEYWORDS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "بنغازي - قال مسؤول إن | بنغازي | بنغازي",
        "القاهرة: أعلنت الحكومة | القاهرة | القاهرة",
        "بيروت (رويترز) - قال مصدر | بيروت (رويترز) | بيروت",
        "الدار البيضاء – افتتح | الدار البيضاء | الدار البيضاء",
        "الرباط، 3 مارس (وكالات) - أعلن | الرباط، 3 مارس (وكالات) | الرباط",
      })
  void findsTheDatelineAndItsPlace(String body, String text, String location) {
    Tags tags = tagger.tagText(body);
    assertThat(tags.dateline()).isNotNull();
    assertThat(tags.dateline().text()).isEqualTo(text);
    assertThat(tags.dateline().location()).isEqualTo(location);
  }

  @Test
  void aQuoteIsNotADateline() {
    assertThat(tagger.tagText("قال الوزير: إن الحكومة مستمرة").dateline()).isNull();
  }
}
