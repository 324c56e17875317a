package dev.akhbar.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, realistic Arabic news bodies of about 5 KB for throughput measurements (a JMH benchmark
 * in {@code bench/} calls {@link #bodies}). Sentences are written for akhbar; each body mixes what
 * scraped text carries: plain sentences, tanween and a vowelled quotation, guillemets, Eastern
 * Arabic digits, Egyptian spellings, Persian-keyboard letters, a zero-width or bidi character, an
 * HTML entity, a glued name, and paragraph breaks.
 */
public final class SampleArticles {

  /** Typical body size of a news article, in UTF-16 units. */
  public static final int TYPICAL_BODY_CHARS = 5_000;

  private static final String[] SENTENCES = {
    "أعلنت وزارة الداخلية أن قوات الأمن أوقفت ثلاثة مشتبه بهم في المدينة الواقعة شرق البلاد.",
    "وقال المتحدث باسم الحكومة في مؤتمر صحفي إن «المفاوضات ستستمر حتى التوصل إلى اتفاق شامل».",
    "وأسفرت الاشتباكات عن سقوط ١٢ قتيلًا وإصابة ٤٠ آخرين بحسب مصادر طبية محلية.",
    "وتأتي هذه التطورات بعد أسابيع من التوتر بين الفصائل المسلحة في الجنوب.",
    "ونفى الجيش أي مشاركة له في العملية، مؤكدا التزامه بحماية المدنيين.",
    "وأوضح الوزير أن الحكومة خصصت ٣٫٥ مليار دولار لإعادة إعمار المناطق المتضررة.",
    "من جهته، أعرب الأمين العام عن قلقه البالغ إزاء تدهور الأوضاع الإنسانية.",
    "وكان المسئول قد صرح فى وقت سابق بأن الموتمر سيعقد فى العاصمة الشهر المقبل.",
    "وشهدت الأسواق ارتفاعا ملحوظا في أسعار المواد الغذائية خلال الأيام الماضية.",
    "وطالبت منظمات حقوقية بفتح تحقيق مستقل في ملابسات الحادث.",
    "وقال شاهد عيان: «سمعنا دوي انفجارات قوية قرب المطار قبل منتصف الليل».",
    "وأكدت الولاياتالمتحدة دعمها لجهود الوساطة التي تقودها الأمم المتحدة.",
    "وتستضیف العاصمة الأسبوع المقبل اجتماعا لوزراء خارجیة دول الجوار.",
    "وبحسب الإحصاءات الرسمية، بلغ عدد النازحين أكثر من ١٥٠ ألف شخص منذ بداية العام.",
    "وتعهد رئيس الوزراء بمحاسبة المسؤولين عن الهجوم &quot;أيا كانت انتماءاتهم&quot;.",
    "وقد قال تعالى: ﴿وَٱللَّهُ يَعْلَمُ وَأَنتُمْ لَا تَعْلَمُونَ﴾ في ختام كلمته.",
    "وأشار التقرير إلى أن نسبة البطالة بين الشباب تجاوزت ٢٥٪ في عدة مدن.",
    "وأفاد مراسلنا بأن الهدوء الحذر يسود المدينة\u200F منذ صباح اليوم.",
  };

  private SampleArticles() {}

  /** {@code count} bodies of about {@link #TYPICAL_BODY_CHARS} each; the same for the same seed. */
  public static List<String> bodies(int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    Random random = new Random(seed);
    List<String> bodies = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      StringBuilder body = new StringBuilder(TYPICAL_BODY_CHARS + 200);
      int sentencesInParagraph = 0;
      while (body.length() < TYPICAL_BODY_CHARS) {
        if (sentencesInParagraph > 0) {
          body.append(sentencesInParagraph >= 3 && random.nextInt(3) == 0 ? "\n\n" : " ");
          if (body.charAt(body.length() - 1) == '\n') {
            sentencesInParagraph = 0;
          }
        }
        body.append(SENTENCES[random.nextInt(SENTENCES.length)]);
        sentencesInParagraph++;
      }
      bodies.add(body.toString());
    }
    return List.copyOf(bodies);
  }
}
