package dev.akhbar.common.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.com/a",
        "mailto:editor@example.com",
        "javascript:alert(1)",
        "/relative/path",
        "example.com/a",
        "",
        "   ",
        "http://",
      })
  void refusesWhatIsNotAnAbsoluteHttpUrl(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.of(url));
  }

  @Test
  void theSameStoryUnderTrackingVariantsHasOneId() {
    String a = "https://News.Example.com/world/2026/03/libya?utm_source=rss&id=4#top";
    String b = "https://news.example.com:443/world/2026/03/libya?id=4&fbclid=XYZ";
    assertThat(ArticleId.ofCanonicalUrl(CanonicalUrl.of(a)))
        .isEqualTo(ArticleId.ofCanonicalUrl(CanonicalUrl.of(b)));
  }

  @Test
  void rawArabicAndPercentEncodedPathsAreTheSameUrl() {
    assertThat(CanonicalUrl.of("https://example.com/أخبار/ليبيا"))
        .isEqualTo(
            CanonicalUrl.of(
                "https://example.com/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/%D9%84%D9%8A%D8%A8%D9%8A%D8%A7"));
  }

  @Test
  void keepsParametersThatSelectContent() {
    assertThat(CanonicalUrl.of("https://example.com/article.php?id=12&lang=ar"))
        .isEqualTo("https://example.com/article.php?id=12&lang=ar");
  }

  @Test
  void knowsTrackingParameters() {
    assertThat(CanonicalUrl.isTrackingParameter("utm_content")).isTrue();
    assertThat(CanonicalUrl.isTrackingParameter("FBCLID")).isTrue();
    assertThat(CanonicalUrl.isTrackingParameter("id")).isFalse();
    assertThat(CanonicalUrl.isTrackingParameter("page")).isFalse();
  }

  /** Randomized invariant: whatever the URL, the canonical form is a fixed point. */
  @RepeatedTest(20)
  void canonicalizingTwiceChangesNothing(org.junit.jupiter.api.RepetitionInfo info) {
    Random random = new Random(4242L + info.getCurrentRepetition());
    String[] pieces = {"a", "B", "خبر", "%20", "%7e", "..", ".", "x y", "%D8%A3", "~", "-", "_"};
    String[] params = {"utm_source=x", "id=1", "ref=y", "q=خبر", "fbclid=1", "p=%41", ""};
    for (int i = 0; i < 50; i++) {
      StringBuilder url = new StringBuilder(random.nextBoolean() ? "HTTP://" : "https://");
      url.append(random.nextBoolean() ? "Example.COM" : "news.example.com.");
      if (random.nextInt(4) == 0) {
        url.append(':').append(random.nextBoolean() ? 80 : 8080);
      }
      int segments = random.nextInt(4);
      for (int s = 0; s < segments; s++) {
        url.append('/').append(pieces[random.nextInt(pieces.length)]);
      }
      if (random.nextBoolean()) {
        url.append('?');
        int n = 1 + random.nextInt(3);
        for (int p = 0; p < n; p++) {
          url.append(params[random.nextInt(params.length)]).append('&');
        }
      }
      if (random.nextBoolean()) {
        url.append("#frag");
      }
      String once = CanonicalUrl.of(url.toString());
      assertThat(CanonicalUrl.of(once)).as("from %s", url).isEqualTo(once);
      assertThat(once).doesNotContain("#", " ").startsWith("http");
    }
  }
}
