package dev.akhbar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineTest {

  private static final SiteNames OASIS = SiteNames.of(List.of("واحة الأخبار"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "واحة الأخبار | افتتاح جسر جديد فوق الوادي # افتتاح جسر جديد فوق الوادي",
        "افتتاح جسر جديد فوق الوادي - واحة الأخبار # افتتاح جسر جديد فوق الوادي",
        "افتتاح جسر جديد فوق الوادي – واحة الأخبار # افتتاح جسر جديد فوق الوادي",
        "واحة الأخبار :: افتتاح جسر جديد فوق الوادي # افتتاح جسر جديد فوق الوادي",
        "افتتاح جسر جديد فوق الوادي « واحة الأخبار # افتتاح جسر جديد فوق الوادي « واحة الأخبار",
        "افتتاح جسر جديد فوق الوادي » واحة الأخبار # افتتاح جسر جديد فوق الوادي",
        "الواحة | افتتاح جسر جديد فوق الوادي # افتتاح جسر جديد فوق الوادي",
        "موقع واحة الأخبار | افتتاح جسر جديد # افتتاح جسر جديد",
        "واحة الأخبار: افتتاح جسر جديد فوق الوادي # افتتاح جسر جديد فوق الوادي",
        "محليات | افتتاح جسر جديد فوق الوادي | واحة الأخبار # محليات | افتتاح جسر جديد فوق الوادي",
        "مصر - السودان: اتفاق على تشغيل الربط الكهربائي - واحة الأخبار"
            + " # مصر - السودان: اتفاق على تشغيل الربط الكهربائي",
        "افتتاح جسر جديد فوق الوادي # افتتاح جسر جديد فوق الوادي",
        "واحة الأخبار # واحة الأخبار",
      })
  void dropsTheSiteNameAtEitherEnd(String title, String expected) {
    assertThat(Headline.clean(title, OASIS)).isEqualTo(expected);
  }

  @Test
  void keepsEverythingWhenNoSiteNameIsKnown() {
    assertThat(Headline.clean("افتتاح جسر جديد - واحة الأخبار", SiteNames.none()))
        .isEqualTo("افتتاح جسر جديد - واحة الأخبار");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        // no name known: a short end segment goes when the rest is twice as long
        "افتتاح جسر جديد فوق الوادي الكبير - أخبار الجنوب # افتتاح جسر جديد فوق الوادي الكبير",
        "أخبار الجنوب | افتتاح جسر جديد فوق الوادي الكبير # افتتاح جسر جديد فوق الوادي الكبير",
        // a leading dash is a headline's own
        "مصر - السودان: اتفاق على تشغيل الربط الكهربائي بين البلدين"
            + " # مصر - السودان: اتفاق على تشغيل الربط الكهربائي بين البلدين",
        "جسر جديد - أخبار الجنوب اليوم # جسر جديد - أخبار الجنوب اليوم",
        "افتتاح جسر جديد فوق الوادي # افتتاح جسر جديد فوق الوادي",
      })
  void aPageTitleLosesAShortSegmentAtItsEndWhenNoNameIsKnown(String title, String expected) {
    assertThat(Headline.fromPageTitle(title, SiteNames.none())).isEqualTo(expected);
  }

  @Test
  void siteNamesAreComparedOnTheFoldAndMayCarryAWordOrTwo() {
    assertThat(OASIS.matches("واحة الاخبار")).isTrue();
    assertThat(OASIS.matches("وَاحَة الأخبـار")).isTrue();
    assertThat(OASIS.matches("فريق تحرير واحة الأخبار")).isTrue();
    assertThat(OASIS.matches("الواحة")).isTrue();
    assertThat(OASIS.matches("فهد العتيبي")).isFalse();
    assertThat(OASIS.matches("وزير الإعلام يزور مقر واحة الأخبار في الرياض")).isFalse();
    assertThat(SiteNames.none().matches("واحة الأخبار")).isFalse();
    assertThat(OASIS.matches("")).isFalse();
  }

  @Test
  void aOneWordSiteNameTakesOnlyOutletWordsAroundIt() {
    SiteNames peninsula = SiteNames.of(List.of("الجزيرة"));

    assertThat(peninsula.matches("موقع الجزيرة نت")).isTrue();
    assertThat(peninsula.matches("الجزيرة")).isTrue();
    assertThat(peninsula.matches("محمد الجزيرة")).isFalse();
    assertThat(Headline.clean("سقوط أمطار غزيرة على الساحل - موقع الجزيرة", peninsula))
        .isEqualTo("سقوط أمطار غزيرة على الساحل");
  }

  @RepeatedTest(5)
  void aCleanedTitleIsAlwaysANonEmptyPartOfTheTitle(RepetitionInfo repetition) {
    Random random = new Random(31L * repetition.getCurrentRepetition());
    String[] pieces = {
      "واحة الأخبار", "الواحة", "افتتاح", "جسر", " | ", " - ", " :: ", ": ", " ", "»"
    };
    for (int i = 0; i < 200; i++) {
      StringBuilder t = new StringBuilder("خبر");
      for (int j = random.nextInt(12); j > 0; j--) {
        t.append(pieces[random.nextInt(pieces.length)]);
      }
      String title = t.toString();
      for (String cleaned :
          List.of(Headline.clean(title, OASIS), Headline.fromPageTitle(title, SiteNames.none()))) {
        assertThat(cleaned).as(title).isNotBlank();
        assertThat(title).as(title).contains(cleaned);
      }
    }
  }
}
