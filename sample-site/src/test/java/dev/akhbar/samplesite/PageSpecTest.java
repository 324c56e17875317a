package dev.akhbar.samplesite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageSpecTest {

  private static PageSpec page(String path, String file) {
    return new PageSpec("o", path, file, "article", 0, null, 0, null);
  }

  @ParameterizedTest(name = "{0} is stored as {1}")
  @CsvSource({
    "/,                        index.html",
    "/en/,                     en/index.html",
    "/robots.txt,              robots.txt",
    "/news/2025/01/27/a.html,  news/2025/01/27/a.html",
  })
  void storesAPathUnderItsOwnName(String path, String file) {
    assertThat(page(path, null).file()).isEqualTo(file);
  }

  @ParameterizedTest(name = "{0} in edition 2 is {1}")
  @CsvSource({
    "rss.xml,                rss@2.xml",
    "rss.php,                rss@2.php",
    "print/100276.html,      print/100276@2.html",
    "sitemaps/news.xml,      sitemaps/news@2.xml",
    "feeds/latest,           feeds/latest@2",
    "v1.2/latest,            v1.2/latest@2",
  })
  void namesTheReplacementOfAnEdition(String file, String replacement) {
    assertThat(page("/x", file).fileOfEdition(2)).isEqualTo(replacement);
    assertThat(page("/x", file).fileOfEdition(1)).isEqualTo(file);
  }

  @ParameterizedTest(name = "{0} is served as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a.html | text/html; charset=utf-8",
        "a.xml  | application/xml; charset=utf-8",
        "a.txt  | text/plain; charset=utf-8",
        "a.php  | application/octet-stream",
      })
  void defaultsTheContentTypeByExtension(String file, String contentType) {
    assertThat(page("/x", file).effectiveContentType()).isEqualTo(contentType);
  }

  @ParameterizedTest(name = "status {0} stays {1}")
  @CsvSource({"0, 200", "404, 404", "500, 500"})
  void answers200UnlessTold(int given, int status) {
    assertThat(new PageSpec("o", "/x", null, "article", given, null, 0, null).status())
        .isEqualTo(status);
  }
}
