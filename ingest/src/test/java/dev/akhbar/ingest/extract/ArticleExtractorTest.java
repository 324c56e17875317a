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
