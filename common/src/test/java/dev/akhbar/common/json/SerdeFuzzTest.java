package dev.akhbar.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.akhbar.common.ArbitraryText;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.Dateline;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.DedupInfo;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.DuplicateMethod;
import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.EntityType;
import dev.akhbar.common.record.ExtractionMethod;
import dev.akhbar.common.record.Field;
import dev.akhbar.common.record.Fingerprints;
import dev.akhbar.common.record.HttpInfo;
import dev.akhbar.common.record.Keyword;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.common.record.Tags;
import dev.akhbar.common.record.TopicTag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing of the JSON serdes and the raw-record reader with seeded arbitrary Unicode ({@link
 * ArbitraryText}, unpaired surrogates included) and arbitrary bytes: every record of the contract
 * comes back equal from its own bytes, and bytes that hold no record fail with the one exception
 * each reader documents, never another.
 */
class SerdeFuzzTest {

  static LongStream seeds() {
    return LongStream.range(0, 150).map(i -> 0x5E4D_0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyRecordOfTheContractRoundTrips(long seed) {
    Random r = new Random(seed);

    assertRoundTrip(RawArticle.class, raw(r));
    assertRoundTrip(Article.class, article(r));
    assertRoundTrip(
        Duplicate.class,
        new Duplicate(
            text(r),
            text(r),
            pick(r, DuplicateMethod.values()),
            r.nextDouble(),
            text(r),
            text(r),
            text(r),
            text(r),
            time(r),
            r.nextInt(),
            time(r)));
    assertRoundTrip(
        DeadLetter.class,
        new DeadLetter(
            text(r),
            text(r),
            text(r),
            text(r),
            r.nextBoolean() ? null : r.nextInt(),
            r.nextBoolean() ? null : r.nextLong(),
            r.nextBoolean() ? null : r.nextLong(),
            text(r),
            time(r)));
    assertRoundTrip(
        Outcome.class,
        new Outcome(
            text(r),
            pick(r, OutcomeKind.values()),
            text(r),
            r.nextInt(),
            r.nextLong(),
            texts(r),
            time(r)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void arbitraryBytesFailAsSerializationExceptionsOnly(long seed) {
    Random r = new Random(seed);
    byte[] bytes = mutated(r, JsonSerde.of(Article.class).toBytes(article(r)));

    for (Class<?> type : List.of(RawArticle.class, Article.class, DeadLetter.class)) {
      Throwable thrown = catchThrowable(() -> JsonSerde.of(type).fromBytes(bytes));
      assertThat(thrown)
          .as("reading %s", type.getSimpleName())
          .satisfiesAnyOf(
              t -> assertThat(t).isNull(),
              t -> assertThat(t).isInstanceOf(SerializationException.class));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theRawReaderAcceptsAnyTextAndRefusesAnyBytesWithAReason(long seed) throws Exception {
    Random r = new Random(seed);
    RawArticleReader reader = RawArticleReader.withDefaults();
    String title = ArbitraryText.of(r);
    String body = ArbitraryText.of(r);
    // Jackson's byte writer escapes unpaired surrogates (a String's getBytes would replace them).
    byte[] good =
        AkhbarJson.mapper()
            .writeValueAsBytes(
                AkhbarJson.mapper()
                    .createObjectNode()
                    .put("url", "https://fuzz.example/" + r.nextInt(1000))
                    .put("title", title)
                    .put("body", body));

    RawArticle read = catchingNothing(() -> reader.read(good));
    assertThat(read.title()).isEqualTo(title);
    assertThat(read.body()).isEqualTo(body);
    assertRoundTrip(RawArticle.class, read);

    byte[] bad = mutated(r, good);
    Throwable thrown = catchThrowable(() -> reader.read(bad));
    assertThat(thrown)
        .satisfiesAnyOf(
            t -> assertThat(t).isNull(),
            t ->
                assertThat(t)
                    .isInstanceOf(InvalidRecordException.class)
                    .hasMessageNotContaining("null"));
  }

  private static <T> void assertRoundTrip(Class<T> type, T value) {
    JsonSerde<T> serde = JsonSerde.of(type);
    byte[] bytes = serde.toBytes(value);
    assertThat(isStrictUtf8(bytes)).as("bytes are UTF-8").isTrue();
    assertThat(serde.fromBytes(bytes)).isEqualTo(value);
  }

  private static boolean isStrictUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static RawArticle raw(Random r) {
    return new RawArticle(
        1,
        text(r),
        text(r),
        text(r),
        text(r),
        time(r),
        time(r),
        time(r),
        ArbitraryText.of(r),
        ArbitraryText.of(r),
        texts(r),
        text(r),
        text(r),
        text(r),
        r.nextBoolean() ? null : new HttpInfo(r.nextInt(600), text(r), text(r), text(r), text(r)),
        r.nextBoolean() ? null : pick(r, ExtractionMethod.values()),
        r.nextBoolean(),
        r.nextBoolean() ? null : text(r));
  }

  private static Article article(Random r) {
    List<EntityMention> entities = new ArrayList<>();
    for (int k = r.nextInt(5); k > 0; k--) {
      entities.add(
          new EntityMention(
              pick(r, EntityType.values()),
              text(r),
              pick(r, Field.values()),
              r.nextInt(),
              r.nextInt(),
              text(r),
              text(r)));
    }
    Tags tags =
        new Tags(
            entities,
            List.of(new TopicTag(text(r), text(r), text(r), r.nextDouble())),
            List.of(new Keyword(text(r), -r.nextDouble())),
            r.nextBoolean() ? null : new Dateline(text(r), text(r)));
    return new Article(
        1,
        text(r),
        text(r),
        text(r),
        text(r),
        time(r),
        time(r),
        time(r),
        ArbitraryText.of(r),
        ArbitraryText.of(r),
        texts(r),
        text(r),
        text(r),
        text(r),
        null,
        pick(r, ExtractionMethod.values()),
        r.nextBoolean(),
        new NormalizedText(text(r), text(r), ArbitraryText.of(r), ArbitraryText.of(r)),
        text(r),
        r.nextDouble(),
        new Fingerprints(text(r), texts(r)),
        new DedupInfo(text(r), r.nextInt(), r.nextInt(), r.nextInt()),
        tags,
        pick(r, Change.values()),
        time(r));
  }

  /** A short arbitrary text, or null. */
  private static String text(Random r) {
    if (r.nextInt(8) == 0) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (int k = r.nextInt(6); k > 0; k--) {
      s.append(ArbitraryText.piece(r));
    }
    return s.toString();
  }

  private static List<String> texts(Random r) {
    List<String> list = new ArrayList<>();
    for (int k = r.nextInt(4); k > 0; k--) {
      String t = text(r);
      list.add(t == null ? "" : t);
    }
    return list;
  }

  /** An instant between year 0 and 9999 with nanoseconds, or null. */
  private static Instant time(Random r) {
    if (r.nextInt(5) == 0) {
      return null;
    }
    long seconds = -62_167_219_200L + (long) (r.nextDouble() * 315_537_897_599L);
    return Instant.ofEpochSecond(seconds, r.nextInt(1_000_000_000));
  }

  private static <E> E pick(Random r, E[] values) {
    return values[r.nextInt(values.length)];
  }

  /** {@code bytes} with a few random bytes changed, cut, or inserted. */
  private static byte[] mutated(Random r, byte[] bytes) {
    byte[] out = bytes.clone();
    for (int k = 1 + r.nextInt(8); k > 0 && out.length > 0; k--) {
      out[r.nextInt(out.length)] = (byte) r.nextInt(256);
    }
    if (r.nextBoolean()) {
      out = java.util.Arrays.copyOf(out, r.nextInt(out.length + 1));
    }
    return out;
  }

  private interface Read<T> {
    T get() throws InvalidRecordException;
  }

  private static <T> T catchingNothing(Read<T> read) {
    try {
      return read.get();
    } catch (InvalidRecordException e) {
      throw new AssertionError("refused: " + e.getMessage(), e);
    }
  }
}
