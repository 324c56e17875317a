package dev.akhbar.processor.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.Tags;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the text, every entity's offsets cut exactly its surface text out of the input. */
class TaggerInvariantTest {

  private static final String[] PIECES = {
    "بنغازي",
    "وبنغازي",
    "لليبيا",
    "الرئيس",
    "خليفة",
    "حفتر",
    "وزارة",
    "الخارجية",
    "المصرية",
    "حزب",
    "محمد",
    "المسماري",
    "مدينة",
    "صور",
    "قال",
    "في",
    "إلى",
    "، ",
    ". ",
    " - ",
    "«",
    "»",
    "\u064E",
    "\u0640",
    "\uFEFB",
    "\uD83D\uDE00",
    "\n\n",
    "  ",
    "طرابلس",
    "لبنان",
    "عبد",
    "الله",
    "بن",
    "ABC",
    "2025"
  };

  private static Tagger tagger;

  @BeforeAll
  static void load() {
    tagger = Tagger.load();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void offsetsAlwaysCutTheSurfaceOutOfTheInput(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    int pieces = 5 + random.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) > 0) {
        text.append(' ');
      }
    }
    String input = text.toString();
    Tags tags = tagger.tagText(input);
    int length = input.codePointCount(0, input.length());
    for (EntityMention e : tags.entities()) {
      assertThat(e.start()).isGreaterThanOrEqualTo(0).isLessThan(e.end());
      assertThat(e.end()).isLessThanOrEqualTo(length);
      String cut =
          input.substring(
              input.offsetByCodePoints(0, e.start()), input.offsetByCodePoints(0, e.end()));
      assertThat(cut).isEqualTo(e.text());
      assertThat(e.canonical()).isNotBlank();
    }
  }
}
