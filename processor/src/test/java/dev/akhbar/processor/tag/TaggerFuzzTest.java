package dev.akhbar.processor.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.ArbitraryText;
import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.Field;
import dev.akhbar.common.record.Keyword;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.Tags;
import dev.akhbar.common.record.TopicTag;
import dev.akhbar.text.Normalized;
import dev.akhbar.text.Normalizer;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing of the tagger with seeded arbitrary Unicode ({@link ArbitraryText}), as free text (what
 * {@code akhbar tag} reads) and as a normalized article (what the topology tags). Whatever the
 * text: nothing is thrown, every entity's code point offsets lie inside its text and cut exactly
 * its surface out of it, and every score is a finite number.
 */
class TaggerFuzzTest {

  private static final Normalizer NORMALIZER = Normalizer.defaults();
  private static Tagger tagger;

  @BeforeAll
  static void load() {
    tagger = Tagger.load();
  }

  static LongStream seeds() {
    return LongStream.range(0, 120).map(i -> 0x7A66_0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void freeTextOffsetsCutTheSurfaceOutOfTheInput(long seed) {
    String input = withNames(new Random(seed));

    Tags tags = tagger.tagText(input);

    for (EntityMention e : tags.entities()) {
      assertThat(e.field()).isNull();
      assertCuts(input, e);
    }
    assertScoresAreFinite(tags);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void articleOffsetsCutTheSurfaceOutOfTheDisplayForm(long seed) {
    Random random = new Random(seed);
    Normalized title = NORMALIZER.normalize(ArbitraryText.piece(random) + withNames(random));
    Normalized body = NORMALIZER.normalize(withNames(random));
    NormalizedText text =
        new NormalizedText(title.display(), title.match(), body.display(), body.match());

    Tags tags = tagger.tag(text, ArbitraryText.piece(random), "https://fuzz.example/x", null);

    for (EntityMention e : tags.entities()) {
      assertThat(e.field()).isIn(Field.TITLE, Field.BODY);
      assertCuts(e.field() == Field.TITLE ? title.display() : body.display(), e);
    }
    assertScoresAreFinite(tags);
  }

  /** Arbitrary text with some names of the gazetteer and trigger words mixed in. */
  private static String withNames(Random random) {
    String[] names = {
      "الرئيس ", "بنغازي ", "وبطرابلس ", "وزارة الخارجية ", "حزب ", "محمد ", "عبد الله ", "لبنان "
    };
    StringBuilder text = new StringBuilder(ArbitraryText.of(random));
    for (int k = random.nextInt(20); k > 0; k--) {
      int at = random.nextInt(text.length() + 1);
      if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
        at--;
      }
      text.insert(at, names[random.nextInt(names.length)]);
    }
    return text.toString();
  }

  private static void assertCuts(String text, EntityMention e) {
    int length = text.codePointCount(0, text.length());
    assertThat(e.start()).as("start of %s", e).isBetween(0, length);
    assertThat(e.end()).as("end of %s", e).isGreaterThan(e.start()).isLessThanOrEqualTo(length);
    String cut =
        text.substring(text.offsetByCodePoints(0, e.start()), text.offsetByCodePoints(0, e.end()));
    assertThat(cut).isEqualTo(e.text());
    assertThat(e.canonical()).isNotBlank();
    assertThat(e.type()).isNotNull();
  }

  private static void assertScoresAreFinite(Tags tags) {
    for (TopicTag t : tags.topics()) {
      assertThat(Double.isFinite(t.score())).as("score of %s", t).isTrue();
      assertThat(t.code()).isNotBlank();
    }
    for (Keyword k : tags.keywords()) {
      assertThat(Double.isFinite(k.score())).as("score of %s", k).isTrue();
      assertThat(k.term()).isNotBlank();
    }
  }
}
