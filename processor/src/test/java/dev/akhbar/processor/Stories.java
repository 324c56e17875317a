package dev.akhbar.processor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.common.json.AkhbarJson;
import java.nio.charset.StandardCharsets;

/**
 * Articles written for these tests, in the style of Arabic wire copy (the facts are invented), and
 * a builder of raw records.
 */
final class Stories {

  private Stories() {}

  static final String RATES_TITLE = "المركزي يرفع سعر الفائدة نصف نقطة لكبح التضخم";

  static final String RATES_BODY =
      """
      أعلن البنك المركزي صباح اليوم الخميس رفع سعر الفائدة الأساسي بمقدار نصف نقطة مئوية، في خطوة \
      قال إنها تهدف إلى كبح التضخم الذي تجاوز توقعات المحللين خلال الأشهر الثلاثة الماضية.

      وأوضح محافظ البنك في مؤتمر صحفي عقده بمقر البنك أن القرار اتخذ بالإجماع بعد مراجعة مؤشرات \
      الأسعار والنمو والتوظيف، مشيرا إلى أن لجنة السياسة النقدية ستواصل متابعة الأسواق عن كثب.

      ويتوقع خبراء اقتصاديون أن ينعكس القرار على أسعار القروض العقارية والاستهلاكية في الأسابيع \
      المقبلة، بينما رحبت غرفة التجارة بالخطوة واعتبرتها ضرورية لاستقرار العملة المحلية.

      وكان معدل التضخم السنوي قد سجل في الشهر الماضي أعلى مستوى له منذ خمس سنوات، مدفوعا بارتفاع \
      أسعار الغذاء والطاقة وتكاليف النقل البحري.

      ومن المقرر أن تعقد اللجنة اجتماعها المقبل بعد ستة أسابيع، وسط ترقب المستثمرين لأي إشارة \
      بشأن اتجاه السياسة النقدية خلال ما تبقى من العام.""";

  /**
   * The same story as another outlet ran it: diacritics, other alef forms, tatweel, a new headline.
   */
  static final String RATES_BODY_RESPELLED =
      RATES_BODY
          .replace("أعلن", "اعلَنَ")
          .replace("البنك المركزي", "البنـــك المركزيّ")
          .replace("إلى", "الى")
          .replace("الأسعار", "الاسعار");

  static final String RATES_BOILERPLATE =
      "\n\nتابعوا آخر الأخبار الاقتصادية عبر تطبيق الصحيفة وحساباتها على مواقع التواصل الاجتماعي.";

  /** The same story trimmed of its last paragraph, with the outlet's signature line added. */
  static final String RATES_BODY_TRIMMED =
      RATES_BODY.substring(0, RATES_BODY.lastIndexOf("\n\n")) + RATES_BOILERPLATE;

  static final String STORM_TITLE = "عاصفة ترابية تغلق الموانئ وتعطل الرحلات الجوية";

  static final String STORM_BODY =
      """
      ضربت عاصفة ترابية كثيفة المناطق الساحلية مساء أمس، ما أدى إلى إغلاق ثلاثة موانئ رئيسية \
      وتأجيل عشرات الرحلات الجوية في المطار الدولي حتى إشعار آخر.

      وقالت هيئة الأرصاد الجوية إن سرعة الرياح بلغت ستين كيلومترا في الساعة، وإن مدى الرؤية انخفض \
      إلى أقل من مئتي متر في بعض المناطق، داعية السائقين إلى توخي الحذر.

      وأعلنت وزارة التربية تعليق الدراسة في المدارس الحكومية والخاصة ليوم واحد، فيما نصحت وزارة \
      الصحة مرضى الربو والحساسية بعدم الخروج من منازلهم.

      ويتوقع أن تنحسر العاصفة تدريجيا صباح الغد مع تحول الرياح إلى الاتجاه الشمالي الغربي.""";

  static final String FINAL_TITLE = "النادي الأهلي يتوج بلقب الكأس بعد فوز مثير";

  static final String FINAL_BODY =
      """
      توج النادي الأهلي بلقب كأس البطولة للمرة العاشرة في تاريخه، بعد فوزه على منافسه بثلاثة أهداف \
      مقابل هدفين في المباراة النهائية التي أقيمت مساء الجمعة على الاستاد الوطني.

      وتقدم الفريق بهدف مبكر في الدقيقة السابعة، قبل أن يعادل المنافس النتيجة ثم يتقدم في بداية \
      الشوط الثاني، لكن البديل الشاب سجل هدفين متتاليين في الدقائق الأخيرة.

      وقال مدرب الفريق عقب المباراة إن لاعبيه أظهروا روحا قتالية عالية، مهديا اللقب إلى الجماهير \
      التي ملأت المدرجات رغم حرارة الطقس.""";

  static final String ENGLISH_TITLE = "Central bank raises its key rate by half a point";

  static final String ENGLISH_BODY =
      """
      The central bank raised its key interest rate by half a percentage point on Thursday, saying \
      the move was needed to curb inflation that has run ahead of forecasts for three months.

      The governor told reporters that the decision was unanimous and that the monetary policy \
      committee would keep a close watch on markets before its next meeting in six weeks.""";

  /** A raw record as JSON; the article id and canonical URL are computed by the reader. */
  static Raw raw(String url, String title, String body) {
    return new Raw(url, title, body);
  }

  /** A raw record under construction. */
  static final class Raw {
    private final ObjectNode node = AkhbarJson.mapper().createObjectNode();

    Raw(String url, String title, String body) {
      node.put("url", url);
      node.put("title", title);
      node.put("body", body);
      node.put("source_id", sourceOf(url));
    }

    Raw published(String isoTime) {
      node.put("published_at", isoTime);
      return this;
    }

    Raw fetched(String isoTime) {
      node.put("fetched_at", isoTime);
      return this;
    }

    Raw removed() {
      node.put("removed", true);
      return this;
    }

    Raw set(String field, Object value) {
      node.putPOJO(field, value);
      return this;
    }

    String url() {
      return node.path("url").asText();
    }

    String json() {
      return node.toString();
    }

    byte[] bytes() {
      return json().getBytes(StandardCharsets.UTF_8);
    }

    private static String sourceOf(String url) {
      String host = url.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
      return host.replace('.', '-');
    }
  }
}
