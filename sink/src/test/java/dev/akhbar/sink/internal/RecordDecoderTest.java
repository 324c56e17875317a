package dev.akhbar.sink.internal;

import static dev.akhbar.sink.Fixtures.deadLetter;
import static dev.akhbar.sink.Fixtures.id;
import static dev.akhbar.sink.Fixtures.original;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.sink.Fixtures.Story;
import dev.akhbar.sink.internal.RecordDecoder.Decoded;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import dev.akhbar.sink.internal.StoreWrite.DeadLetterWrite;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RecordDecoderTest {

  private static final Instant NOW = Instant.parse("2024-05-03T00:00:00Z");
  private final Topics topics = new Topics("x");
  private final RecordDecoder decoder = new RecordDecoder(topics);

  private static ConsumerRecord<byte[], byte[]> record(String topic, String value) {
    return record(topic, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  private static ConsumerRecord<byte[], byte[]> record(String topic, byte[] value) {
    return new ConsumerRecord<>(topic, 2, 41, "k".getBytes(StandardCharsets.UTF_8), value);
  }

  @Test
  void anArticleRecordBecomesAnArticleWrite() {
    Article article = original(id(1), Story.CUP_FINAL, NOW);
    byte[] json = JsonSerde.of(Article.class).toBytes(article);

    Decoded decoded = decoder.decode(record(topics.articles(), json), NOW);

    assertThat(decoded).isEqualTo(new Decoded.Ready(new ArticleWrite(article)));
  }

  @Test
  void aRecordThatIsNotJsonIsRefusedWithWhereItCameFrom() {
    Decoded decoded = decoder.decode(record(topics.articles(), "<html>"), NOW);

    assertThat(decoded).isInstanceOf(Decoded.Refused.class);
    OutgoingDeadLetter letter = ((Decoded.Refused) decoded).deadLetter();
    assertThat(letter.reason()).isEqualTo(DeadLetterReason.UNDECODABLE);
    DeadLetter d = letter.letter();
    assertThat(d.stage()).isEqualTo("sink");
    assertThat(d.sourceTopic()).isEqualTo("x.articles.v1");
    assertThat(d.partition()).isEqualTo(2);
    assertThat(d.offset()).isEqualTo(41);
    assertThat(d.failedAt()).isEqualTo(NOW);
    assertThat(new String(Base64.getDecoder().decode(d.originalBase64()), StandardCharsets.UTF_8))
        .isEqualTo("<html>");
    assertThat(d.errorMessage()).startsWith("undecodable: not a valid Article record");
    assertThat(letter.key()).isEqualTo("k".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRecordThatBreaksTheContractIsRefusedAsInvalid() {
    Decoded decoded =
        decoder.decode(record(topics.duplicates(), "{\"article_id\":\"" + id(1) + "\"}"), NOW);

    assertThat(((Decoded.Refused) decoded).deadLetter().letter().errorMessage())
        .isEqualTo("invalid: duplicate_of is missing");
  }

  @Test
  void anUnreadableDeadLetterIsStoredAsOneInsteadOfSentBack() {
    Decoded decoded = decoder.decode(record(topics.deadLetters(), "garbage"), NOW);

    assertThat(decoded).isInstanceOf(Decoded.Ready.class);
    StoreWrite write = ((Decoded.Ready) decoded).write();
    assertThat(write).isInstanceOf(DeadLetterWrite.class);
    assertThat(((DeadLetterWrite) write).deadLetter().sourceTopic()).isEqualTo("x.dlq.v1");
  }

  @Test
  void aReadableDeadLetterIsStoredAsItIs() {
    DeadLetter letter = deadLetter("x.raw.v1", 0, 5, NOW);
    Decoded decoded =
        decoder.decode(
            record(topics.deadLetters(), JsonSerde.of(DeadLetter.class).toBytes(letter)), NOW);

    assertThat(decoded).isEqualTo(new Decoded.Ready(new DeadLetterWrite(letter)));
  }

  @Test
  void aTombstoneIsSkipped() {
    assertThat(decoder.decode(record(topics.articles(), (String) null), NOW))
        .isInstanceOf(Decoded.Skipped.class);
  }
}
