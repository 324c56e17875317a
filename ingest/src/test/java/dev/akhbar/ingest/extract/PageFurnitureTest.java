package dev.akhbar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

  private static final String TEXT =
      "وقال المتحدث باسم البلدية إن أعمال الصيانة ستستمر حتى نهاية الأسبوع المقبل في الأحياء كلها.";

  private static TextBlock text(String s) {
    return new TextBlock(s, 0, s.replace(" ", "").length());
  }

  private static TextBlock link(String s) {
    int chars = s.replace(" ", "").length();
    return new TextBlock(s, chars, chars);
  }

  private static PageFurniture.Sorted sort(TextBlock... blocks) {
    return PageFurniture.sort(List.of(blocks), "عنوان الخبر", ZoneOffset.UTC);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "شارك الخبر: فيسبوك - تويتر",
        "اقرأ أيضًا: افتتاح سد جديد",
        "أخبار ذات صلة",
        "الأكثر قراءة",
        "إعلان",
        "طباعة",
        "جميع الحقوق محفوظة لمنارة الجنوب © 2025",
        "عنوان الخبر",
        "الرئيسية » محليات",
        "نشر في: 5 مارس 2024 | عدد القراءات: 300",
      })
  void dropsFurnitureLines(String line) {
    assertThat(sort(text(TEXT), text(line)).paragraphs()).containsExactly(TEXT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "إعلان نتائج الثانوية العامة يوم الأحد المقبل",
        "شارك في الاجتماع ممثلو عشر دول عربية.",
        "تابعوا آخر المستجدات على صفحتنا في فيسبوك.",
        "(النخلة)",
        "«الرئيسية» هي الكلمة التي تتصدر الصفحة كما قال المتحدث",
      })
  void keepsTextThatOnlyLooksLikeFurniture(String line) {
    assertThat(sort(text(TEXT), text(line)).paragraphs()).containsExactly(TEXT, line);
  }

  @Test
  void dropsLinkLists() {
    assertThat(sort(text(TEXT), link("افتتاح سد جديد لتغذية المياه الجوفية")).paragraphs())
        .containsExactly(TEXT);
  }

  @Test
  void stopsAtTheReadersComments() {
    PageFurniture.Sorted s =
        sort(
            text(TEXT),
            text("تعليقات القراء (2)"),
            text("أبو سعيد: مشروع ممتاز ونتمنى أن يشمل قريتنا في أقرب وقت ممكن."));

    assertThat(s.paragraphs()).containsExactly(TEXT);
  }

  @Test
  void aSubheadingThatMentionsCommentsIsNoEnd() {
    assertThat(sort(text(TEXT), text("تعليقات المسؤولين على القرار"), text(TEXT)).paragraphs())
        .hasSize(3);
    assertThat(sort(text(TEXT), text("تعليقات القراء (٣)"), text(TEXT)).paragraphs()).hasSize(1);
  }

  @Test
  void aCommentsHeadingBeforeAnyTextIsNotTheEnd() {
    assertThat(sort(text("التعليقات"), text(TEXT)).paragraphs()).containsExactly(TEXT);
  }

  @Test
  void setsBylinesAtEitherEndApart() {
    List<TextBlock> blocks = new ArrayList<>();
    blocks.add(text("كتب – هلال الحارثي"));
    for (int i = 0; i < 8; i++) {
      blocks.add(text(TEXT));
    }
    blocks.add(text("إعداد: ليلى منصور"));

    PageFurniture.Sorted s = PageFurniture.sort(blocks, "عنوان", ZoneOffset.UTC);

    assertThat(s.bylines()).containsExactly("كتب – هلال الحارثي", "إعداد: ليلى منصور");
    assertThat(s.paragraphs()).hasSize(8).allMatch(TEXT::equals);
  }

  @Test
  void aBylineInTheMiddleOfTheTextStays() {
    List<TextBlock> blocks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      blocks.add(text(TEXT));
    }
    blocks.add(text("كتب: هلال الحارثي"));
    for (int i = 0; i < 4; i++) {
      blocks.add(text(TEXT));
    }

    assertThat(PageFurniture.sort(blocks, "عنوان", ZoneOffset.UTC).paragraphs()).hasSize(9);
  }

  @Test
  void nothingInNothingOut() {
    assertThat(sort().paragraphs()).isEmpty();
    assertThat(sort().bylines()).isEmpty();
  }
}
