package dev.akhbar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsDatesTest {

  private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");
  private static final ZoneId UTC = ZoneId.of("UTC");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // ISO-8601
        "2024-03-05T14:30:00+03:00           | 2024-03-05T11:30:00Z",
        "2024-03-05T14:30:00Z                | 2024-03-05T14:30:00Z",
        "2024-03-05T14:30:00.123+0300        | 2024-03-05T11:30:00Z",
        "2024-03-05 14:30                    | 2024-03-05T14:30:00Z",
        "2024-03-05                          | 2024-03-05T00:00:00Z",
        // RFC 822 / 1123 and English
        "Tue, 05 Mar 2024 14:30:00 GMT       | 2024-03-05T14:30:00Z",
        "Tue, 05 Mar 2024 14:30:00 +0200     | 2024-03-05T12:30:00Z",
        "Tue, 5 Mar 24 14:30:00 EST          | 2024-03-05T19:30:00Z",
        "March 5, 2024                       | 2024-03-05T00:00:00Z",
        // Egyptian and Gulf names
        "5 مارس 2024                          | 2024-03-05T00:00:00Z",
        "الثلاثاء 5 مارس 2024 - 14:30          | 2024-03-05T14:30:00Z",
        "١٢ يناير ٢٠٢٤                        | 2024-01-12T00:00:00Z",
        "3 إبريل 2024                         | 2024-04-03T00:00:00Z",
        "3 أبريل 2024                         | 2024-04-03T00:00:00Z",
        "20 يونيه 2023                        | 2023-06-20T00:00:00Z",
        "7 أغسطس 2023 02:15 م                 | 2023-08-07T14:15:00Z",
        // Levantine and Iraqi names
        "5 كانون الثاني 2024                   | 2024-01-05T00:00:00Z",
        "18 شباط 2024                          | 2024-02-18T00:00:00Z",
        "٥ آذار/مارس ٢٠٢٤                      | 2024-03-05T00:00:00Z",
        "9 نيسان 2024                          | 2024-04-09T00:00:00Z",
        "1 أيار 2024                           | 2024-05-01T00:00:00Z",
        "30 حزيران 2024                        | 2024-06-30T00:00:00Z",
        "14 تموز 2024                          | 2024-07-14T00:00:00Z",
        "2 آب 2024                             | 2024-08-02T00:00:00Z",
        "11 أيلول 2024                         | 2024-09-11T00:00:00Z",
        "6 تشرين الأول 2024                    | 2024-10-06T00:00:00Z",
        "6 تشرين الثاني 2024                   | 2024-11-06T00:00:00Z",
        "25 كانون الأول 2024                   | 2024-12-25T00:00:00Z",
        // Maghrebi names
        "الأحد 14 جانفي 2024 على الساعة 10:15   | 2024-01-14T10:15:00Z",
        "3 فيفري 2024                          | 2024-02-03T00:00:00Z",
        "9 أفريل 2024                          | 2024-04-09T00:00:00Z",
        "1 ماي 2024                            | 2024-05-01T00:00:00Z",
        "21 جوان 2024                          | 2024-06-21T00:00:00Z",
        "5 جويلية 2024                         | 2024-07-05T00:00:00Z",
        "15 أوت 2024                           | 2024-08-15T00:00:00Z",
        // Moroccan names
        "30 يوليوز 2024                        | 2024-07-30T00:00:00Z",
        "20 غشت 2024                           | 2024-08-20T00:00:00Z",
        "12 شتنبر 2024                         | 2024-09-12T00:00:00Z",
        "4 نونبر 2024                          | 2024-11-04T00:00:00Z",
        "31 دجنبر 2024                         | 2024-12-31T00:00:00Z",
        // Numeric, day first as Arab outlets write it
        "05/03/2024                            | 2024-03-05T00:00:00Z",
        "٠٥/٠٣/٢٠٢٤ ١٤:٣٠                      | 2024-03-05T14:30:00Z",
        "2024/03/05                            | 2024-03-05T00:00:00Z",
        // Hijri, only when no Gregorian date is given
        "12 رمضان 1445 هـ                       | 2024-03-22T00:00:00Z",
        "1 محرم 1446                           | 2024-07-07T00:00:00Z",
        "10 ذو الحجة 1445 هـ                    | 2024-06-16T00:00:00Z",
        "15 جمادى الأولى 1445                  | 2023-11-29T00:00:00Z",
        "الجمعة 12 رمضان 1445 هـ الموافق 22 مارس 2024 | 2024-03-22T00:00:00Z",
        "الخميس 5 شوال 1446 هـ الموافق 3 أبريل 2025 م - 09:20 ص | 2025-04-03T09:20:00Z",
        "الثلاثاء 28 يناير 2025م الموافق 28 رجب 1446هـ - 06:30 م | 2025-01-28T18:30:00Z",
        // parts of the day
        "الأحد 14 جانفي 2024 على الساعة 3:30 عصرًا | 2024-01-14T15:30:00Z",
        "5 مارس 2024 - 1:15 ظهرًا              | 2024-03-05T13:15:00Z",
        "5 مارس 2024 - 12:15 ظهرًا             | 2024-03-05T12:15:00Z",
        "5 مارس 2024 - 11:40 ليلًا             | 2024-03-05T23:40:00Z",
        "5 مارس 2024 - 1:10 ليلًا              | 2024-03-05T01:10:00Z",
        "5 مارس 2024 الساعة 8:05 مساءً         | 2024-03-05T20:05:00Z",
        "5 مارس 2024 الساعة 8:05 مساءا         | 2024-03-05T20:05:00Z",
        "5 مارس 2024 الساعة 8:05 صباحًا        | 2024-03-05T08:05:00Z",
        "5 مارس 2024 الساعة 4:50 فجرًا         | 2024-03-05T04:50:00Z",
        // Levantine names without the article, as Syrian and Iraqi pages write them
        "6 تشرين أول 2024                      | 2024-10-06T00:00:00Z",
        "3 كانون ثاني 2025                     | 2025-01-03T00:00:00Z",
        "20 تشرين ثاني 2024                    | 2024-11-20T00:00:00Z",
        "31 كانون أول 2024                     | 2024-12-31T00:00:00Z",
        // Hijri in digits with its era mark: never read as Gregorian
        "1446/07/28هـ الموافق 2025/01/28م       | 2025-01-28T00:00:00Z",
        "28/7/1446 هـ - 28/1/2025 م             | 2025-01-28T00:00:00Z",
        "1446/08/02هـ                          | 2025-02-01T00:00:00Z",
        "٢ شعبان ١٤٤٦هـ                        | 2025-02-01T00:00:00Z",
      })
  void readsDatesOfEveryFamilyInUtc(String text, String expected) {
    assertThat(NewsDates.parse(text.strip(), UTC)).contains(Instant.parse(expected.strip()));
  }

  @Test
  void aDateWithoutZoneTakesTheSourceZone() {
    assertThat(NewsDates.parse("2024-03-05 14:30", CAIRO))
        .contains(Instant.parse("2024-03-05T12:30:00Z"));
    assertThat(NewsDates.parse("5 مارس 2024 - 14:30", CAIRO))
        .contains(Instant.parse("2024-03-05T12:30:00Z"));
  }

  @Test
  void aZoneInTheTextBeatsTheSourceZone() {
    assertThat(NewsDates.parse("5 مارس 2024 14:30 بتوقيت غرينتش", CAIRO))
        .contains(Instant.parse("2024-03-05T14:30:00Z"));
    assertThat(NewsDates.parse("2024-03-05T14:30:00Z", CAIRO))
        .contains(Instant.parse("2024-03-05T14:30:00Z"));
  }

  @Test
  void morningAndEveningMarkersSetTheHour() {
    assertThat(NewsDates.parse("5 مارس 2024 الساعة 09:05 صباحاً", UTC))
        .contains(Instant.parse("2024-03-05T09:05:00Z"));
    assertThat(NewsDates.parse("5 مارس 2024 الساعة 09:05 مساءً", UTC))
        .contains(Instant.parse("2024-03-05T21:05:00Z"));
  }

  @Test
  void emptyAndDatelessTextGiveNothing() {
    assertThat(NewsDates.parse("", UTC)).isEmpty();
    assertThat(NewsDates.parse(null, UTC)).isEmpty();
    assertThat(NewsDates.parse("أعلن وزير الخارجية اليوم عن زيارة", UTC)).isEmpty();
    assertThat(NewsDates.parse("31 فبراير 2024", UTC)).isEmpty();
    assertThat(NewsDates.parse("5 مارس 1850", UTC)).isEmpty();
  }

  @RepeatedTest(20)
  void neverThrowsOnArbitraryText(RepetitionInfo repetition) {
    Random random = new Random(1000L + repetition.getCurrentRepetition());
    for (int i = 0; i < 200; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(60);
      for (int j = 0; j < length; j++) {
        int pick = random.nextInt(4);
        s.append(
            switch (pick) {
              case 0 -> (char) ('\u0600' + random.nextInt(0x100));
              case 1 -> (char) ('0' + random.nextInt(10));
              case 2 -> " :/-".charAt(random.nextInt(4));
              default -> (char) random.nextInt(0x3000);
            });
      }
      NewsDates.parse(s.toString(), UTC);
    }
  }
}
