package dev.akhbar.common.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdTest {

  @Test
  void isTheLowerCaseHexSha256OfTheCanonicalUrl() {
    // hashlib.sha256(b"https://example.com/a").hexdigest(), computed independently in Python
    assertThat(ArticleId.ofCanonicalUrl("https://example.com/a"))
        .isEqualTo("2dce0a4c50441bfccfa9caf4b58c3cba6e06c420505dd829f0436de1aa44baac");
  }

  @Test
  void hashesUtf8Bytes() {
    // sha256 of the UTF-8 bytes of "خبر", from Python: hashlib.sha256("خبر".encode()).hexdigest()
    assertThat(ArticleId.sha256Hex("خبر"))
        .isEqualTo("44185590c5a95d3400e7025ada7169d4d79dcc5e63dea67a0b3b57b1d30f34d7");
  }

  @Test
  void recognizesTheShapeOfAnId() {
    assertThat(ArticleId.isValid(ArticleId.ofCanonicalUrl("https://example.com/"))).isTrue();
    assertThat(ArticleId.isValid("ABC")).isFalse();
    assertThat(ArticleId.isValid("G".repeat(64))).isFalse();
    assertThat(ArticleId.isValid(null)).isFalse();
  }
}
