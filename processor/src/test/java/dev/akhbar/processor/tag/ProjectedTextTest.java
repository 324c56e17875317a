package dev.akhbar.processor.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectedTextTest {

  @Test
  void matchFormDropsDiacriticsAndTatweelButKeepsSourceOffsets() {
    ProjectedText text = ProjectedText.of("وصلَ إلى بنغـــازي");
    assertThat(text.tokenCount()).isEqualTo(3);
    assertThat(text.token(0)).isEqualTo("وصل");
    assertThat(text.token(1)).isEqualTo("الي");
    assertThat(text.token(2)).isEqualTo("بنغازي");
    assertThat(text.sourceText(text.start(2), text.end(2))).isEqualTo("بنغـــازي");
    assertThat(text.sourceStart(text.start(2))).isEqualTo(9);
    assertThat(text.sourceEnd(text.end(2))).isEqualTo(18);
  }

  @Test
  void ligaturesBecomeLettersThatPointBackToTheOneSourceChar() {
    ProjectedText text = ProjectedText.of("\uFEFBبنان");
    assertThat(text.token(0)).isEqualTo("لابنان");
    assertThat(text.sourceStart(text.start(0))).isZero();
    assertThat(text.sourceEnd(text.end(0))).isEqualTo(5);
  }

  @Test
  void offsetsCountCodePointsNotUtf16Units() {
    String source = "\uD83D\uDE00 بنغازي";
    ProjectedText text = ProjectedText.of(source);
    int t = text.tokenCount() - 1;
    assertThat(text.token(t)).isEqualTo("بنغازي");
    assertThat(text.sourceStart(text.start(t))).isEqualTo(2);
    assertThat(text.sourceEnd(text.end(t))).isEqualTo(8);
  }

  @Test
  void punctuationSeparatesTokensAndBreaksPhrases() {
    ProjectedText text = ProjectedText.of("مصر، ليبيا «تونس»");
    assertThat(text.tokenCount()).isEqualTo(3);
    assertThat(text.joinedToNext(0)).isFalse();
    assertThat(text.joinedToNext(1)).isFalse();
  }

  @Test
  void emptyAndNonArabicInputs() {
    assertThat(ProjectedText.of("").tokenCount()).isZero();
    assertThat(ProjectedText.of(null).tokenCount()).isZero();
    assertThat(ProjectedText.of("Hello, world 42").tokenCount()).isEqualTo(3);
  }
}
