package dev.akhbar.processor.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.EntityType;
import org.junit.jupiter.api.Test;

/** Every limit of the tagger, with its exact cut-off. */
class LimitsTest {

  @Test
  void theWordMemoStopsGrowingAtItsLimitAndTagsTheSame() {
    Tagger bounded = Tagger.load(3);
    Tagger unbounded = Tagger.load();
    String text = "قال العقيد سالم الفرجاني إن الوضع في بنغازي هادئ";
    assertThat(bounded.tagText(text)).isEqualTo(unbounded.tagText(text));
    assertThat(bounded.describe()).endsWith("remembered word forms=3");
    assertThat(Tagger.load(0).tagText(text)).isEqualTo(unbounded.tagText(text));
    assertThatThrownBy(() -> Tagger.load(-1)).hasMessageContaining("maxWords");
  }

  @Test
  void aNameIsReadUpToItsLimitOfTokens() {
    Tagger tagger = Tagger.load();
    EntityMention four =
        tagger.tagText("وقال العقيد سالم خليل رمزي الفرجاني إن الوضع هادئ").entities().get(0);
    assertThat(four.text().split(" ")).hasSize(NameParser.MAX_NAME_TOKENS);
    EntityMention cut =
        tagger.tagText("وقال العقيد سالم خليل رمزي يوسف الفرجاني إن الوضع هادئ").entities().get(0);
    assertThat(cut.type()).isEqualTo(EntityType.PERSON);
    assertThat(cut.text().split(" ")).hasSize(NameParser.MAX_NAME_TOKENS);
  }

  @Test
  void aWeakPlaceCountsOnlyWithinItsNeighbourhoodOfAPlainlyNamedPlace() {
    Tagger tagger = Tagger.load();
    assertThat(tagger.tagText("قصفت الطائرات الخيام وبنت جبيل").entities())
        .extracting(EntityMention::text)
        .contains("الخيام");
    assertThat(tagger.tagText("قصفت الطائرات الخيام في الليل قبل أن تعود إلى بنت جبيل").entities())
        .extracting(EntityMention::text)
        .doesNotContain("الخيام");
    assertThat(MentionResolver.NEIGHBOUR_TOKENS).isEqualTo(3);
  }

  @Test
  void aPeeledStemKeepsAtLeastItsMinimumOfChars() {
    char[] three = "ولبن".toCharArray();
    assertThat(Clitics.peelable(three, 0, three.length)).isEqualTo(1 << 1);
    char[] two = "ومن".toCharArray();
    assertThat(Clitics.peelable(two, 0, two.length)).isZero();
  }
}
