package dev.akhbar.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.record.ExtractionMethod;
import dev.akhbar.common.url.ArticleId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

  private final ArticleExtractor extractor = new ArticleExtractor(1_000_000);

  private ExtractedArticle extract(String fixture, String url, PageContext context) {
    return extractor.extract(Fixtures.utf8(fixture), url, context).article();
  }

  @Test
  void jsonLdGivesEveryFieldAndKeepsParagraphs() {
    ExtractedArticle a =
        extract(
            "jsonld-article.html",
            "https://sahel-today.example/economy/2024/03/05/desalination-sfax",
            PageContext.plain());

    assertThat(a.extractionMethod()).isEqualTo(ExtractionMethod.JSON_LD);
    assertThat(a.title()).isEqualTo("افتتاح محطة تحلية جديدة في صفاقس");
    assertThat(a.body().split("\n\n")).hasSize(3);
    assertThat(a.body())
        .startsWith("افتتحت السلطات في ولاية صفاقس")
        .doesNotContain("نص الصفحة الظاهر");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
    assertThat(a.modifiedAt()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));
    assertThat(a.authors()).containsExactly("سلمى الطرابلسي");
    assertThat(a.section()).isEqualTo("اقتصاد");
    assertThat(a.imageUrl()).isEqualTo("https://sahel-today.example/images/sfax-plant.jpg");
    assertThat(a.languageHint()).isEqualTo("ar");
  }

  @Test
  void canonicalLinkIsCanonicalizedAndGivesTheId() {
    ExtractedArticle a =
        extract("jsonld-article.html", "https://sahel-today.example/amp/x", PageContext.plain());

    assertThat(a.canonicalUrl())
        .isEqualTo("https://sahel-today.example/economy/2024/03/05/desalination-sfax");
    assertThat(a.articleId()).isEqualTo(ArticleId.ofCanonicalUrl(a.canonicalUrl()));
  }

  @Test
  void aCanonicalLinkToTheHomePageIsIgnored() {
    String html =
        "<html><head><link rel=canonical href='https://outlet.example/'></head>"
            + "<body><h1>عنوان</h1><p>نص الخبر الطويل بما يكفي ليكون فقرة حقيقية في صفحة.</p></body></html>";

    ExtractedArticle a =
        extractor
            .extract(html, "https://outlet.example/news/1?utm_medium=x#top", PageContext.plain())
            .article();

    assertThat(a.canonicalUrl()).isEqualTo("https://outlet.example/news/1");
  }

  @Test
  void openGraphGivesTheTitleAndTheGenericReaderTheBodyWithoutBoilerplate() {
    ExtractedArticle a =
        extract(
            "opengraph-article.html",
            "https://rafidain-news.example/local/tigris",
            new PageContext(SelectorRules.none(), ZoneId.of("Asia/Baghdad"), "ar"));

    assertThat(a.extractionMethod()).isEqualTo(ExtractionMethod.OPENGRAPH);
    assertThat(a.title()).isEqualTo("ارتفاع منسوب دجلة بعد أمطار غزيرة في الموصل");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-04-09T05:15:00Z"));
    assertThat(a.authors()).containsExactly("حيدر الجبوري");
    assertThat(a.section()).isEqualTo("محليات");
    assertThat(a.languageHint()).isEqualTo("ar");
    assertThat(a.body().split("\n\n")).hasSize(3);
    assertThat(a.body())
        .contains("ارتفع منسوب نهر دجلة")
        .contains("وتوقعت هيئة الأنواء الجوية")
        .doesNotContain("إعلان")
        .doesNotContain("أخبار ذات صلة")
        .doesNotContain("تعليق")
        .doesNotContain("فيسبوك")
        .doesNotContain("جميع الحقوق");
  }

  @Test
  void selectorsOfTheSourceGiveWhatThePageDoesNotDeclare() {
    SelectorRules rules =
        new SelectorRules(
            "div.hdl", "div.matn", "span.tarikh", "span.kateb", List.of(".inline-promo"));

    ExtractedArticle a =
        extract(
            "selectors-article.html",
            "https://nile-news.example/culture/book-fair",
            new PageContext(rules, ZoneId.of("Africa/Cairo"), "ar"));

    assertThat(a.extractionMethod()).isEqualTo(ExtractionMethod.SELECTORS);
    assertThat(a.title()).isEqualTo("انطلاق معرض القاهرة الدولي للكتاب بمشاركة خمسين دولة");
    assertThat(a.authors()).containsExactly("منى عبد الحميد");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-01-25T09:45:00Z"));
    assertThat(a.body()).doesNotContain("اقرأ أيضًا");
    assertThat(a.body().split("\n\n")).hasSize(2);
  }

  @Test
  void theGenericReaderFindsTitleDateAndBodyOfAnUndeclaredPage() {
    ExtractedArticle a =
        extract(
            "generic-article.html",
            "https://atlas-journal.example/tech/satellite",
            new PageContext(SelectorRules.none(), ZoneId.of("Africa/Casablanca"), "ar"));

    assertThat(a.extractionMethod()).isEqualTo(ExtractionMethod.GENERIC);
    assertThat(a.title()).isEqualTo("إطلاق قمر صناعي مغربي جديد لرصد الأرض");
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-01-14T09:15:00Z"));
    assertThat(a.body())
        .contains("أعلنت الوكالة الوطنية المغربية للفضاء")
        .contains("محطة الاستقبال في الرباط")
        .doesNotContain("الأكثر قراءة")
        .doesNotContain("سياسة الخصوصية");
  }

  @Test
  void brokenJsonLdFallsBackToTheOtherLayersAndIsReported() {
    Extraction e =
        extractor.extract(
            Fixtures.utf8("broken-jsonld-article.html"),
            "https://khaleej-now.example/oman/rain",
            PageContext.plain());

    assertThat(e.problems()).containsExactly(Extraction.JSON_LD_INVALID);
    assertThat(e.article().title()).isEqualTo("هطول أمطار غزيرة على مسقط وتعليق الدراسة");
    assertThat(e.article().publishedAt()).isEqualTo(Instant.parse("2024-02-18T03:00:00Z"));
    assertThat(e.article().body()).contains("تعليق الدراسة في محافظة مسقط");
    assertThat(e.article().isComplete()).isTrue();
  }

  @Test
  void aPageWithoutTextReportsNoBody() {
    Extraction e =
        extractor.extract(
            "<html><body><nav>قائمة</nav></body></html>",
            "https://x.example/a",
            PageContext.plain());

    assertThat(e.problems()).contains(Extraction.NO_TITLE, Extraction.NO_BODY);
    assertThat(e.article().isComplete()).isFalse();
  }

  @Test
  void aFileWithoutUrlHasNoCanonicalUrlUnlessThePageGivesOne() {
    ExtractedArticle a =
        extract("generic-article.html", "file:///tmp/page.html", PageContext.plain());
    ExtractedArticle b =
        extract("jsonld-article.html", "file:///tmp/page.html", PageContext.plain());

    assertThat(a.canonicalUrl()).isNull();
    assertThat(a.articleId()).isNull();
    assertThat(b.canonicalUrl()).startsWith("https://sahel-today.example/");
  }

  @Test
  void theBodyIsCutAtAParagraphBreakBelowTheLimit() {
    ArticleExtractor small = new ArticleExtractor(150);
    ExtractedArticle a =
        small
            .extract(
                Fixtures.utf8("jsonld-article.html"),
                "https://sahel-today.example/a",
                PageContext.plain())
            .article();

    assertThat(a.body().length()).isLessThanOrEqualTo(150);
    assertThat(a.body()).doesNotEndWith(" ");
  }

  @Test
  void jsonOutputHasEveryKeyOfTheCommandLineContract() {
    String json =
        extract("jsonld-article.html", "https://sahel-today.example/a", PageContext.plain())
            .toJson();

    assertThat(json)
        .contains(
            "\"url\"",
            "\"canonical_url\"",
            "\"article_id\"",
            "\"title\"",
            "\"body\"",
            "\"published_at\":\"2024-03-05T08:30:00Z\"",
            "\"modified_at\"",
            "\"authors\"",
            "\"section\"",
            "\"language_hint\"",
            "\"image_url\"",
            "\"extraction_method\":\"json-ld\"")
        .doesNotContain("complete");
  }

  @Test
  void htmlNested100000DeepIsReadWithoutOverflow() {
    StringBuilder html = new StringBuilder("<html><body><h1>عنوان عميق</h1>");
    html.append("<div>".repeat(100_000)).append("<p>فقرة في أعماق الصفحة تكفي لتكون نصًا.</p>");
    html.append("</div>".repeat(100_000)).append("</body></html>");

    Extraction e =
        extractor.extract(html.toString(), "https://deep.example/a", PageContext.plain());

    assertThat(e.article().title()).isEqualTo("عنوان عميق");
  }

  @Test
  void aTableLayoutPageWithoutClassNamesGivesOnlyTheArticle() {
    ExtractedArticle a =
        extract(
            "table-layout-article.html",
            "https://manarat-janub.example/news.php?id=8820",
            new PageContext(SelectorRules.none(), ZoneId.of("Asia/Muscat"), "ar"));

    assertThat(a.extractionMethod()).isEqualTo(ExtractionMethod.GENERIC);
    assertThat(a.title())
        .isEqualTo("وزارة المياه تطلق مشروعًا لحصاد الأمطار في ثلاث محافظات جنوبية");
    // the printed date under the headline, not the header's "today"; Gregorian beats Hijri
    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-04-03T05:20:00Z"));
    assertThat(a.authors()).containsExactly("هلال الحارثي");
    assertThat(a.body().split("\n\n")).hasSize(5);
    assertThat(a.body())
        .startsWith("صلالة – منارة الجنوب: أعلنت وزارة المياه")
        .endsWith("لري الحدائق العامة والمسطحات الخضراء.")
        .doesNotContain("كتب")
        .doesNotContain("اقرأ أيضًا")
        .doesNotContain("شارك")
        .doesNotContain("ذات صلة")
        .doesNotContain("موسم الخريف")
        .doesNotContain("تعليق")
        .doesNotContain("أبو سعيد")
        .doesNotContain("الرئيسية")
        .doesNotContain("جميع الحقوق");
  }

  @Test
  void theSourcesNameComesOffTheTitleAndNeverStandsAsAuthor() {
    String html =
        "<html><head><title>الخليج اليوم - وصول أول رحلة مباشرة إلى المطار الجديد</title></head>"
            + "<body><div class='kateb'>كتب: الخليج اليوم</div>"
            + "<div>"
            + "<p>وصلت صباح اليوم أول رحلة دولية مباشرة إلى المطار الجديد، وعلى متنها أكثر من مئتي"
            + " مسافر استقبلهم موظفو المطار بالورود والقهوة.</p>"
            + "<p>وقالت إدارة المطار إن الرحلات ستزداد تدريجيًا خلال الأشهر المقبلة لتشمل عشر وجهات"
            + " إقليمية ودولية.</p></div></body></html>";

    ExtractedArticle a =
        extractor
            .extract(
                html,
                "https://khaleej-today.example/n/1",
                new PageContext(
                    SelectorRules.none(), ZoneId.of("Asia/Dubai"), "ar", "الخليج اليوم"))
            .article();

    assertThat(a.title()).isEqualTo("وصول أول رحلة مباشرة إلى المطار الجديد");
    assertThat(a.authors()).isEmpty();
  }

  @Test
  void anOpenGraphTitleLosesTheSiteNameAndALogoHeadingIsNoHeadline() {
    String html =
        "<html><head><meta property='og:site_name' content='صدى الساحل'>"
            + "<meta property='og:title' content='افتتاح ميناء الصيد البحري بعد ترميمه | صدى الساحل'>"
            + "</head><body><h1 class='logo'>صدى الساحل</h1>"
            + "<article><p>افتتح والي الجهة ميناء الصيد البحري بعد أشهر من أعمال الترميم التي شملت"
            + " الأرصفة ومخازن التبريد وسوق السمك.</p></article></body></html>";
    String noOpenGraph = html.replaceAll("<meta property='og:title'[^>]*>", "");

    ExtractedArticle a =
        extractor.extract(html, "https://sada-sahel.example/a", PageContext.plain()).article();
    ExtractedArticle b =
        extractor
            .extract(
                noOpenGraph.replace(
                    "<head>", "<head><title>افتتاح ميناء الصيد البحري بعد ترميمه</title>"),
                "https://sada-sahel.example/a",
                PageContext.plain())
            .article();

    assertThat(a.title()).isEqualTo("افتتاح ميناء الصيد البحري بعد ترميمه");
    assertThat(b.title()).isEqualTo("افتتاح ميناء الصيد البحري بعد ترميمه");
  }

  @Test
  void aPrintVersionGivesTheSameBodyAsItsArticlePage() {
    ExtractedArticle article =
        extract(
            "print-original-article.html",
            "https://sada-sahel.example/culture/2025/05/12/libraries-hours",
            PageContext.plain());
    ExtractedArticle print =
        extract(
            "print-version-article.html",
            "https://sada-sahel.example/print/5512",
            PageContext.plain());

    assertThat(article.body().split("\n\n")).hasSize(4);
    assertThat(print.body()).isEqualTo(article.body());
    assertThat(print.title()).isEqualTo(article.title());
    assertThat(article.authors()).containsExactly("نادية بلقاسم");
    assertThat(print.authors()).isEmpty();
  }

  @Test
  void agenciesAndOutletsCreditedAsAuthorsAreNoAuthors() {
    String html =
        "<html><head><meta property='og:site_name' content='صدى الساحل'>"
            + "<meta name='author' content='وكالة الأنباء الرسمية'>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"ارتفاع صادرات التمور\",\"articleBody\":\"نص الخبر.\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"الوكالة الوطنية للإعلام\"},"
            + "{\"@type\":\"Person\",\"name\":\"فرانس برس\"},"
            + "{\"@type\":\"Person\",\"name\":\"صدى الساحل\"}]}</script>"
            + "</head><body><span class='author'>القاهرة - أ ش أ</span></body></html>";

    ExtractedArticle a =
        extractor.extract(html, "https://sada-sahel.example/a", PageContext.plain()).article();

    assertThat(a.authors()).isEmpty();
  }

  @Test
  void aPersonNextToAnAgencyCreditIsKept() {
    String html =
        "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"ارتفاع صادرات التمور\",\"articleBody\":\"نص الخبر.\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"سامر الخطيب - رويترز\"},"
            + "{\"@type\":\"Organization\",\"name\":\"رويترز\"}]}</script></head></html>";

    ExtractedArticle a =
        extractor.extract(html, "https://x.example/a", PageContext.plain()).article();

    assertThat(a.authors()).containsExactly("سامر الخطيب");
  }

  @Test
  void aGregorianDateOnTheNextLineBeatsTheHijriOneUnderTheHeadline() {
    String html =
        "<html><body><div class='top'>اليوم الثلاثاء 4 فبراير 2025</div>"
            + "<h1>افتتاح سوق شعبي جديد للمزارعين في الأحساء</h1>"
            + "<div>الأحد 3 شعبان 1446هـ</div><div>2 فبراير 2025م - 11:20 ص</div>"
            + "<div><p>افتتحت أمانة الأحساء سوقًا شعبيًا جديدًا يتيح للمزارعين بيع منتجاتهم من"
            + " التمور والخضار مباشرة إلى المستهلكين دون وسطاء.</p></div></body></html>";

    ExtractedArticle a =
        extractor
            .extract(
                html,
                "https://ahsa.example/n/9",
                new PageContext(SelectorRules.none(), ZoneId.of("Asia/Riyadh"), "ar"))
            .article();

    assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-02-02T08:20:00Z"));
  }

  @Test
  void aPrintVersionWithoutAnyContainerGivesTheSameBodyToo() {
    String print =
        Fixtures.utf8("print-version-article.html")
            .replace("<div>\n<div>قررت", "<div>قررت")
            .replace("</div>\n</div>\n<div>رابط", "</div>\n<div>رابط");
    ExtractedArticle article =
        extract(
            "print-original-article.html",
            "https://sada-sahel.example/culture/2025/05/12/libraries-hours",
            PageContext.plain());

    ExtractedArticle a =
        extractor
            .extract(print, "https://sada-sahel.example/print/5512", PageContext.plain())
            .article();

    assertThat(print).doesNotContain("<div>\n<div>");
    assertThat(a.body()).isEqualTo(article.body());
  }

  @Test
  void aTextSplitByAnAdIsReadWhole() {
    String html =
        "<html><body><div class='page'><h1>عودة الحركة إلى ميناء الصيد بعد أسبوع من العواصف</h1>"
            + "<div class='part'><p>عادت مراكب الصيد إلى الإبحار صباح اليوم بعد توقف دام"
            + " أسبوعًا كاملًا بسبب العواصف التي ضربت السواحل الشمالية.</p>"
            + "<p>وقال رئيس جمعية الصيادين إن الخسائر التي تكبدها البحارة خلال فترة التوقف كبيرة،"
            + " داعيًا السلطات إلى صرف تعويضات عاجلة للأسر المتضررة.</p></div>"
            + "<div class='spot'><img src='/ad.gif'></div>"
            + "<div class='part'><p>وأضاف أن الأسعار في سوق السمك ارتفعت بشكل لافت خلال الأيام"
            + " الماضية بسبب قلة المعروض، متوقعًا أن تعود إلى مستواها الطبيعي مع نهاية الأسبوع.</p>"
            + "<p>من جهتها، أعلنت مصلحة الأرصاد أن الأحوال الجوية ستبقى مستقرة خلال الأيام"
            + " المقبلة، مع رياح خفيفة إلى معتدلة وبحر قليل الموج.</p></div></div></body></html>";

    ExtractedArticle a =
        extractor.extract(html, "https://x.example/a", PageContext.plain()).article();

    assertThat(a.body().split("\n\n")).hasSize(4);
    assertThat(a.body()).startsWith("عادت مراكب الصيد").endsWith("وبحر قليل الموج.");
  }

  private static final String FOUR_PARAGRAPHS =
      "<p>أعلنت بلدية المدينة إغلاق الشارع الرئيسي أمام حركة السيارات طوال عطلة نهاية الأسبوع"
          + " لاستكمال أعمال تجديد شبكة الصرف الصحي.</p>"
          + "<p>وقال مدير الأشغال في البلدية إن الأعمال تأخرت بسبب الأمطار، وإن الفرق ستعمل على"
          + " مدار الساعة حتى تنتهي قبل صباح الاثنين.</p>"
          + "<p>ودعت البلدية السائقين إلى استخدام الطرق البديلة المحاذية للكورنيش، ونشرت عناصر"
          + " من شرطة السير عند التقاطعات الرئيسية لتنظيم الحركة.</p>"
          + "<p>ويشكو أصحاب المحال التجارية في الشارع من تراجع مبيعاتهم منذ بدء الأعمال قبل"
          + " شهرين، مطالبين بتعويضات عن الخسائر التي لحقت بهم.</p>";

  @Test
  void aJsonLdBodyThatIsOnlyTheSummaryGivesWayToThePagesText() {
    String html =
        "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"إغلاق الشارع الرئيسي طوال عطلة نهاية الأسبوع\","
            + "\"articleBody\":\"أعلنت بلدية المدينة إغلاق الشارع الرئيسي أمام حركة"
            + " السيارات طوال عطلة نهاية الأسبوع.\"}</script></head><body><article>"
            + "<h1>إغلاق الشارع الرئيسي طوال عطلة نهاية الأسبوع</h1>"
            + FOUR_PARAGRAPHS
            + "</article></body></html>";

    ExtractedArticle a =
        extractor.extract(html, "https://x.example/a", PageContext.plain()).article();

    assertThat(a.body().split("\n\n")).hasSize(4);
    assertThat(a.extractionMethod()).isEqualTo(ExtractionMethod.JSON_LD);
  }

  @Test
  void aShortJsonLdBodyStaysWhenThePageTextIsAnotherText() {
    String html =
        "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"فيديو: لحظة افتتاح الجسر\","
            + "\"articleBody\":\"مشاهد من حفل افتتاح الجسر الجديد فوق الوادي.\"}</script>"
            + "</head><body><article>"
            + FOUR_PARAGRAPHS
            + "</article></body></html>";

    ExtractedArticle a =
        extractor.extract(html, "https://x.example/a", PageContext.plain()).article();

    assertThat(a.body()).isEqualTo("مشاهد من حفل افتتاح الجسر الجديد فوق الوادي.");
    assertThat(a.extractionMethod()).isEqualTo(ExtractionMethod.JSON_LD);
  }

  @RepeatedTest(10)
  void neverThrowsOnArbitraryMarkup(RepetitionInfo repetition) {
    Random random = new Random(77L * repetition.getCurrentRepetition());
    String[] pieces = {
      "<p>",
      "</p>",
      "<div class='share'>",
      "</div>",
      "<script type='application/ld+json'>{",
      "\"headline\":",
      "\"نص\"",
      "}</script>",
      "<h1>",
      "</h1>",
      "<meta property='og:title' content='",
      "'>",
      "خبر",
      " ",
      "5 مارس 2024",
      "<br>",
      "&amp;",
      "<<",
      "\u0000",
      "\uD800"
    };
    for (int i = 0; i < 50; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(80); j > 0; j--) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      Extraction e = extractor.extract(s.toString(), "https://fuzz.example/a", PageContext.plain());
      assertThat(e.article().url()).isEqualTo("https://fuzz.example/a");
    }
  }
}
