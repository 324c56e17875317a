package dev.akhbar.samplesite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  private final Placeholders placeholders =
      new Placeholders(
          "mashriq",
          Map.of(
              "mashriq", URI.create("http://127.0.0.1:4001"),
              "waha", URI.create("http://127.0.0.1:4002")));

  private String substitute(String text) {
    return new String(
        placeholders.substitute(text.getBytes(StandardCharsets.UTF_8), "test"),
        StandardCharsets.UTF_8);
  }

  @Test
  void replacesTheServingOutletsOwnBaseUrl() {
    assertThat(substitute("<link rel=\"canonical\" href=\"{{site}}/a.html\">"))
        .isEqualTo("<link rel=\"canonical\" href=\"http://127.0.0.1:4001/a.html\">");
  }

  @Test
  void replacesAnotherOutletsBaseUrl() {
    assertThat(substitute("المصدر: {{site:waha}}/x")).isEqualTo("المصدر: http://127.0.0.1:4002/x");
  }

  @Test
  void replacesEveryOccurrence() {
    assertThat(substitute("{{site}}{{site:waha}}{{site}}"))
        .isEqualTo("http://127.0.0.1:4001http://127.0.0.1:4002http://127.0.0.1:4001");
  }

  @Test
  void leavesOtherBracesAlone() {
    assertThat(substitute("{\"@type\":\"NewsArticle\"} {{sitemap}} }}"))
        .isEqualTo("{\"@type\":\"NewsArticle\"} {{sitemap}} }}");
  }

  @Test
  void keepsWindows1256BytesAsStored() {
    byte[] page = "<p>واحة {{site}}</p>".getBytes(WINDOWS_1256);

    byte[] served = placeholders.substitute(page, "test");

    assertThat(new String(served, WINDOWS_1256)).isEqualTo("<p>واحة http://127.0.0.1:4001</p>");
  }

  @Test
  void leavesAFileWithoutPlaceholdersUnchanged() {
    assertThat(substitute("")).isEmpty();
    assertThat(substitute("بيروت - {site}")).isEqualTo("بيروت - {site}");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  void substitutesLikeATextReplacementOnAnyArabicText(long seed) {
    Random random = new Random(seed);
    String[] pieces = {
      "بيروت", " ", "«", "»", "\n", "<p>", "{", "}", "{{site}}", "{{site:waha}}", "ـ", "ً"
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    String expected =
        text.toString()
            .replace("{{site:waha}}", "http://127.0.0.1:4002")
            .replace("{{site}}", "http://127.0.0.1:4001");

    assertThat(substitute(text.toString())).isEqualTo(expected);
  }

  @Test
  void failsOnAnUnknownOutlet() {
    assertThatThrownBy(() -> substitute("{{site:nowhere}}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void failsOnAMalformedPlaceholder() {
    assertThatThrownBy(() -> substitute("{{site/}}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("malformed");
  }

  @Test
  void closesAPlaceholderWithinItsLimit() {
    String longest = "x".repeat(Placeholders.MAX_PLACEHOLDER_BYTES - 1);
    Placeholders withLongId =
        new Placeholders(longest, Map.of(longest, URI.create("http://127.0.0.1:4003")));

    byte[] served =
        withLongId.substitute(
            ("{{site:" + longest + "}}").getBytes(StandardCharsets.US_ASCII), "t");

    assertThat(new String(served, StandardCharsets.US_ASCII)).isEqualTo("http://127.0.0.1:4003");
    assertThatThrownBy(() -> substitute("{{site:" + longest + "x}}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unclosed");
  }

  @Test
  void failsOnAnUnclosedPlaceholder() {
    assertThatThrownBy(() -> substitute("href=\"{{site/a.html\"\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unclosed");
  }
}
