package dev.akhbar.processor.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.EntityType;
import dev.akhbar.common.record.Field;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.Tags;
import dev.akhbar.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tagger's rules, each on a sentence of its own, with the shipped lists. */
class TaggerTest {

  private static Tagger tagger;

  @BeforeAll
  static void load() {
    tagger = Tagger.load();
  }

  private static Optional<EntityMention> find(Tags tags, String surface) {
    return tags.entities().stream().filter(e -> e.text().equals(surface)).findFirst();
  }

  private static EntityMention expect(Tags tags, String surface) {
    return find(tags, surface)
        .orElseThrow(() -> new AssertionError("no entity «" + surface + "» in " + tags.entities()));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // gazetteer, with clitics peeled and offsets after them
        "وصل الوفد إلى بنغازي صباحا | LOCATION | بنغازي | بنغازي | LY",
        "وعاد الهدوء إلى وبنغازي أمس | LOCATION | بنغازي | بنغازي | LY",
        "قدمت مساعدات لليبيا والسودان | LOCATION | ليبيا | ليبيا | LY",
        "عقد الاجتماع بالقاهرة أمس | LOCATION | القاهرة | القاهرة | EG",
        "قالت أمريكا إنها سترد | LOCATION | أمريكا | الولايات المتحدة | US",
        // titles and roles
        "قال العقيد سالم الفرجاني إن الوضع هادئ | PERSON | سالم الفرجاني | سالم الفرجاني | ",
        "وصرح وزير الداخلية المكلف عماد القطعاني للصحفيين | PERSON | عماد القطعاني | عماد القطعاني | ",
        "أكد الرئيس الموريتاني سيدي ولد التاه أن | PERSON | سيدي ولد التاه | سيدي ولد التاه | MR",
        "وقال المتحدث باسم الجيش الليبي حامد البرعصي إن | PERSON | حامد البرعصي | حامد البرعصي | LY",
        // first names followed by a family name
        "وشارك في اللقاء مروان الكزة وعدد من الأعضاء | PERSON | مروان الكزة | مروان الكزة | ",
        // organization heads
        "أعلن حزب التجديد الوطني الليبي انسحابه | ORGANIZATION | حزب التجديد الوطني الليبي | حزب التجديد الوطني الليبي | LY",
        "قالت وزارة الصحة التونسية إن | ORGANIZATION | وزارة الصحة التونسية | وزارة الصحة التونسية | TN",
        "أصدرت جامعة طرابلس بيانا | ORGANIZATION | جامعة طرابلس | جامعة طرابلس | ",
        "وقالت حركة حماس في بيان | ORGANIZATION | حركة حماس | حركة حماس | PS",
        // a place word before an unknown place
        "وصلت القافلة إلى بلدة الشقيقة مساء | LOCATION | الشقيقة | الشقيقة | ",
      })
  void tagsByRule(String text, EntityType type, String surface, String canonical, String code) {
    EntityMention e = expect(tagger.tagText(text), surface);
    assertThat(e.type()).isEqualTo(type);
    assertThat(e.canonical()).isEqualTo(canonical);
    assertThat(e.countryCode()).isEqualTo(code);
    assertThat(text.codePoints().skip(e.start()).limit(e.end() - e.start()))
        .containsExactlyElementsOf(() -> surface.codePoints().iterator());
  }

  @Test
  void oneCanonicalNameForEverySpellingOfAPerson() {
    Tags tags =
        tagger.tagText(
            "قال اللواء خليفة حفتر إن قواته ستواصل القتال، وأكد حفتر أن العملية مستمرة.");
    assertThat(tags.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(EntityMention::text, EntityMention::canonical)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("خليفة حفتر", "خليفة حفتر"),
            org.assertj.core.groups.Tuple.tuple("حفتر", "خليفة حفتر"));
  }

  @Test
  void aFamilyNameAloneFindsThePersonNamedInFullEarlier() {
    Tags tags =
        tagger.tagText(
            "وقال العقيد سالم الفرجاني إن الطريق آمن. وأضاف الفرجاني أن الدوريات مستمرة.");
    assertThat(expect(tags, "الفرجاني").canonical()).isEqualTo("سالم الفرجاني");
  }

  @Test
  void aNisbaGivesACountryButIsNotAPlace() {
    Tags tags = tagger.tagText("قال مسؤول ليبي إن المفاوضات مع الجانب المصري مستمرة");
    assertThat(tags.entities()).isEmpty();
  }

  @Test
  void anAmbiguousPlaceTakesTheCountryTheStorySpeaksOf() {
    Tags lebanon = tagger.tagText("اشتباكات في طرابلس شمال لبنان بين مسلحين لبنانيين");
    assertThat(expect(lebanon, "طرابلس").countryCode()).isEqualTo("LB");
    Tags libya = tagger.tagText("وصل رئيس الحكومة الليبية إلى طرابلس قادما من ليبيا الشرقية");
    assertThat(expect(libya, "طرابلس").countryCode()).isEqualTo("LY");
  }

  @Test
  void aWeakSpellingNeedsAPlaceWordOrTheNamePlainlyElsewhere() {
    assertThat(find(tagger.tagText("نشر الناشطون صور الدمار على مواقع التواصل"), "صور")).isEmpty();
    assertThat(expect(tagger.tagText("قصفت الطائرات مدينة صور جنوبي البلاد"), "صور").countryCode())
        .isEqualTo("LB");
  }

  @Test
  void anUnknownPersonAfterAnAmbiguousTitleNeedsAFirstName() {
    assertThat(tagger.tagText("عزز الفريق صدارته بفارق ثماني نقاط").entities()).isEmpty();
    assertThat(expect(tagger.tagText("وصل الفريق أحمد العوامي إلى المدينة"), "أحمد العوامي").type())
        .isEqualTo(EntityType.PERSON);
  }

  @Test
  void offsetsOfFreeTextPointIntoTheTextAsGiven() {
    String text = "وصلَ الرئيسُ إلى بنغـازي";
    EntityMention e = expect(tagger.tagText(text), "بنغـازي");
    assertThat(e.start()).isEqualTo(17);
    assertThat(e.end()).isEqualTo(24);
    assertThat(e.field()).isNull();
  }

  @Test
  void articleOffsetsPointIntoTheDisplayFormOfTitleOrBody() {
    Normalizer normalizer = Normalizer.defaults();
    String title = normalizer.display("حفتر يزور القاهرة");
    String body = normalizer.display("بنغازي - قال المشير خليفة حفتر إن زيارته إلى القاهرة ناجحة.");
    Tags tags =
        tagger.tag(
            new NormalizedText(title, normalizer.match(title), body, normalizer.match(body)),
            null,
            null,
            null);
    List<EntityMention> inTitle =
        tags.entities().stream().filter(e -> e.field() == Field.TITLE).toList();
    assertThat(inTitle).extracting(EntityMention::text).containsExactly("حفتر", "القاهرة");
    EntityMention person =
        tags.entities().stream()
            .filter(e -> e.field() == Field.BODY && e.type() == EntityType.PERSON)
            .findFirst()
            .orElseThrow();
    assertThat(body.substring(person.start(), person.end())).isEqualTo("خليفة حفتر");
    assertThat(inTitle.get(0).canonical()).isEqualTo("خليفة حفتر");
    assertThat(tags.dateline().text()).isEqualTo("بنغازي");
    assertThat(tags.dateline().location()).isEqualTo("بنغازي");
  }

  @Test
  void plugsIntoTheTopologyAsItsArticleTagger() {
    Normalizer n = Normalizer.defaults();
    String title = n.display("حفتر يتفقد قواته");
    String body = n.display("قال المشير خليفة حفتر إن قواته جاهزة.");
    dev.akhbar.processor.ArticleTagger step = tagger;
    Tags tags =
        step.tag(
            new dev.akhbar.common.record.Article(
                1,
                "id",
                "src",
                "https://example.com/sport/1",
                null,
                null,
                null,
                null,
                title,
                body,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                false,
                new NormalizedText(title, n.match(title), body, n.match(body)),
                "ar",
                1.0,
                null,
                null,
                null,
                null,
                null));
    assertThat(tags.entities()).extracting(EntityMention::canonical).containsOnly("خليفة حفتر");
    assertThat(tags.topics()).extracting(dev.akhbar.common.record.TopicTag::code).contains("sport");
  }

  @Test
  void rejectsNullInput() {
    assertThatThrownBy(() -> tagger.tagText(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> tagger.tag((NormalizedText) null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("normalized");
  }

  @Test
  void emptyAndNonArabicTextGiveNoEntities() {
    assertThat(tagger.tagText("").entities()).isEmpty();
    assertThat(tagger.tagText("").topics()).isEmpty();
    assertThat(tagger.tagText("").dateline()).isNull();
    assertThat(tagger.tagText("The quick brown fox, 2024.").entities()).isEmpty();
  }

  @Test
  void describesItsLists() {
    assertThat(tagger.describe()).contains("gazetteer entities=");
  }
}
