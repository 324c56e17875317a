package dev.akhbar.ingest.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The names of the months in every family Arabic outlets use, written in the match form (alef
 * variants as bare alef, alef maksura as yeh, teh marbuta as heh, no diacritics), each mapped to
 * its month number.
 *
 * <ul>
 *   <li>Egypt, Sudan, the Gulf (from the European names): يناير، فبراير، مارس، أبريل …
 *   <li>The Levant and Iraq (Syriac names): كانون الثاني، شباط، آذار، نيسان، أيار، حزيران، تموز،
 *       آب، أيلول، تشرين الأول، تشرين الثاني، كانون الأول (also without the article: تشرين أول،
 *       كانون ثاني)
 *   <li>Algeria and Tunisia (from French): جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت
 *   <li>Morocco: يوليوز، غشت، شتنبر، نونبر، دجنبر
 *   <li>Libya (1980s–2011 calendar): أي النار، النوار، الربيع، الطير، الماء، الصيف، ناصر، هانيبال،
 *       الفاتح، التمور، الحرث، الكانون
 *   <li>Hijri: محرم، صفر، ربيع الأول … ذو الحجة
 * </ul>
 */
final class MonthNames {

  /** Gregorian month names of every family, match form, to month number 1-12. */
  static final Map<String, Integer> GREGORIAN =
      ordered(
          Map.entry("يناير", 1),
          Map.entry("جانفي", 1),
          Map.entry("كانون الثاني", 1),
          Map.entry("كانون ثاني", 1),
          Map.entry("اي النار", 1),
          Map.entry("فبراير", 2),
          Map.entry("فيفري", 2),
          Map.entry("فبرير", 2),
          Map.entry("شباط", 2),
          Map.entry("النوار", 2),
          Map.entry("مارس", 3),
          Map.entry("اذار", 3),
          Map.entry("الربيع", 3),
          Map.entry("ابريل", 4),
          Map.entry("افريل", 4),
          Map.entry("نيسان", 4),
          Map.entry("الطير", 4),
          Map.entry("مايو", 5),
          Map.entry("ماي", 5),
          Map.entry("مايس", 5),
          Map.entry("ايار", 5),
          Map.entry("الماء", 5),
          Map.entry("يونيو", 6),
          Map.entry("يونيه", 6),
          Map.entry("جوان", 6),
          Map.entry("حزيران", 6),
          Map.entry("الصيف", 6),
          Map.entry("يوليو", 7),
          Map.entry("يوليه", 7),
          Map.entry("يوليوز", 7),
          Map.entry("جويليه", 7),
          Map.entry("تموز", 7),
          Map.entry("ناصر", 7),
          Map.entry("اغسطس", 8),
          Map.entry("غشت", 8),
          Map.entry("اوت", 8),
          Map.entry("اب", 8),
          Map.entry("هانيبال", 8),
          Map.entry("سبتمبر", 9),
          Map.entry("شتنبر", 9),
          Map.entry("ايلول", 9),
          Map.entry("الفاتح", 9),
          Map.entry("اكتوبر", 10),
          Map.entry("تشرين الاول", 10),
          Map.entry("تشرين اول", 10),
          Map.entry("التمور", 10),
          Map.entry("نوفمبر", 11),
          Map.entry("نونبر", 11),
          Map.entry("تشرين الثاني", 11),
          Map.entry("تشرين ثاني", 11),
          Map.entry("الحرث", 11),
          Map.entry("ديسمبر", 12),
          Map.entry("دجنبر", 12),
          Map.entry("كانون الاول", 12),
          Map.entry("كانون اول", 12),
          Map.entry("الكانون", 12));

  /** Hijri month names, match form, to month number 1-12. */
  static final Map<String, Integer> HIJRI =
      ordered(
          Map.entry("محرم", 1),
          Map.entry("صفر", 2),
          Map.entry("ربيع الاول", 3),
          Map.entry("ربيع اول", 3),
          Map.entry("ربيع الثاني", 4),
          Map.entry("ربيع الاخر", 4),
          Map.entry("ربيع ثاني", 4),
          Map.entry("جمادي الاولي", 5),
          Map.entry("جمادي الاول", 5),
          Map.entry("جمادي الثانيه", 6),
          Map.entry("جمادي الاخره", 6),
          Map.entry("جمادي الثاني", 6),
          Map.entry("جمادي الاخر", 6),
          Map.entry("رجب", 7),
          Map.entry("شعبان", 8),
          Map.entry("رمضان", 9),
          Map.entry("شوال", 10),
          Map.entry("ذو القعده", 11),
          Map.entry("ذي القعده", 11),
          Map.entry("ذو الحجه", 12),
          Map.entry("ذي الحجه", 12));

  /** English month names and abbreviations, lower case, to month number. */
  static final Map<String, Integer> ENGLISH =
      ordered(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sept", 9),
          Map.entry("sep", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  private MonthNames() {}

  /**
   * A regular-expression alternation of {@code names}, longest first so that "كانون الثاني" wins
   * over "الكانون" and "يوليوز" over "يوليو"; spaces inside a name match any run of spaces.
   */
  static String alternation(Map<String, Integer> names) {
    return names.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(n -> n.replace(" ", "\\s+"))
        .collect(Collectors.joining("|"));
  }

  /** The month number of a matched name, whatever spaces it had. */
  static int monthOf(Map<String, Integer> names, String matched) {
    Integer m = names.get(matched.strip().replaceAll("\\s+", " "));
    if (m == null) {
      throw new IllegalArgumentException("not a month name: " + matched);
    }
    return m;
  }

  @SafeVarargs
  private static Map<String, Integer> ordered(Map.Entry<String, Integer>... entries) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : entries) {
      map.put(e.getKey(), e.getValue());
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /** Every family above, for tests. */
  static List<Map<String, Integer>> families() {
    return List.of(GREGORIAN, HIJRI, ENGLISH);
  }
}
