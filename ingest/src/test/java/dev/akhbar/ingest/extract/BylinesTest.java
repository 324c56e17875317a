package dev.akhbar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "بقلم: أحمد علي - القاهرة # أحمد علي",
        "بقلم د. سامي المهري # د. سامي المهري",
        "كتب: فهد العتيبي | نشر في: 5 مارس 2024 # فهد العتيبي",
        "كتب – هلال الحارثي # هلال الحارثي",
        "كتبت - منى عبد الحميد # منى عبد الحميد",
        "إعداد: ليلى منصور # ليلى منصور",
        "إعداد ليلى منصور # ليلى منصور",
        "تقرير: جاد مرعي وميرا عواد # جاد مرعي;ميرا عواد",
        "كتب محمد حسن وسارة يوسف # محمد حسن;سارة يوسف",
        "بواسطة رنا الحاج # رنا الحاج",
        "By Nadine Kassab # Nadine Kassab",
        "سامر الخطيب (واس) # سامر الخطيب",
        "سامر الخطيب - رويترز # سامر الخطيب",
        // agencies and outlets are not people
        "رويترز # ",
        "أ.ف.ب # ",
        "(أ ف ب) # ",
        "أ ش أ # ",
        "د ب أ # ",
        "واس # ",
        "وكالة الأنباء العمانية # ",
        "الوكالة الوطنية للإعلام # ",
        "وكالات # ",
        "القاهرة - أ ش أ # ",
        "عمّان - بترا # ",
        "صحيفة الوطن # ",
        "موقع الخليج اليوم # ",
        "قناة النيل الإخبارية # ",
        "مراسل واحة الأخبار في جدة # ",
        "المحرر الاقتصادي # ",
        "فريق التحرير # ",
        "admin # ",
        "AFP # ",
        "Reuters # ",
        // not names at all
        "https://outlet.example/writers/12 # ",
        "desk@outlet.example # ",
        "5 مارس 2024 # ",
        "قال الوزير في مؤتمر صحفي إن الحكومة ستعلن خطتها الأسبوع المقبل # ",
      })
  void givesThePeopleOfAByline(String byline, String expected) {
    List<String> names = expected == null ? List.of() : Arrays.asList(expected.strip().split(";"));
    assertThat(Bylines.names(List.of(byline))).isEqualTo(names);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "كتب: فهد العتيبي # true",
        "كتب – هلال الحارثي # true",
        "بقلم د. سامي المهري # true",
        "إعداد ليلى منصور # true",
        "كتب الوزير على حسابه في منصة إكس أن الحكومة ستعلن خطتها الجديدة خلال أيام # false",
        "وقال الوزير إن الخطة جاهزة # false",
        "بقلم # false",
      })
  void tellsABylineLineFromText(String line, boolean byline) {
    assertThat(Bylines.isBylineLine(line)).isEqualTo(byline);
  }

  @Test
  void keepsOrderDropsRepeatsAndStopsAtTheLimit() {
    assertThat(Bylines.names(List.of("كتب: ليلى منصور", "ليلى منصور", "جاد مرعي")))
        .containsExactly("ليلى منصور", "جاد مرعي");
    StringBuilder many = new StringBuilder("كتب: ");
    for (int i = 0; i < Bylines.MAX_AUTHORS + 5; i++) {
      many.append(i == 0 ? "" : "، ").append("كاتب رقم ").append((char) ('أ' + i));
    }
    assertThat(Bylines.names(List.of(many.toString()))).hasSize(Bylines.MAX_AUTHORS);
  }

  @Test
  void emptyAndNullBylinesGiveNoNames() {
    assertThat(Bylines.names(List.of())).isEmpty();
    assertThat(Bylines.names(Arrays.asList((String) null, "", "   "))).isEmpty();
  }

  @RepeatedTest(5)
  void namesAreAlwaysShortWordsWithoutDigits(RepetitionInfo repetition) {
    Random random = new Random(17L * repetition.getCurrentRepetition());
    String[] pieces = {
      "كتب: ", "بقلم ", "سامر", "الخطيب", " و", "، ", " - ", "رويترز", "(واس)", "5", " ", "|",
      "وكالة"
    };
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = random.nextInt(15); j > 0; j--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      List<String> names = Bylines.names(List.of(b.toString()));
      assertThat(names).as(b.toString()).hasSizeLessThanOrEqualTo(Bylines.MAX_AUTHORS);
      for (String n : names) {
        assertThat(n).as(b.toString()).isNotBlank().doesNotContainPattern("\\d");
        assertThat(n.split("\\s+").length).as(b.toString()).isLessThanOrEqualTo(Bylines.MAX_WORDS);
        assertThat(Bylines.isOrganization(n)).as(b.toString()).isFalse();
      }
    }
  }
}
