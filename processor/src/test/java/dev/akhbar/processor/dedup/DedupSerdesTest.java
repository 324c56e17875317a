package dev.akhbar.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.record.ExtractionMethod;
import dev.akhbar.common.record.HttpInfo;
import dev.akhbar.common.record.RawArticle;
import dev.akhbar.processor.flow.SourcePosition;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** The wire form gives back what it was given: every field of the raw record, nulls included. */
class DedupSerdesTest {

  private static final String ID = "a".repeat(64);

  @Test
  void anArrivalKeepsEveryFieldOfItsRawRecord() {
    RawArticle full =
        new RawArticle(
            1,
            ID,
            "wakala",
            "https://wakala.example/news/1?utm_source=x",
            "https://wakala.example/news/1",
            Instant.parse("2025-03-01T08:00:00.123Z"),
            Instant.parse("2025-03-01T07:00:00Z"),
            Instant.parse("2025-03-01T09:30:00Z"),
            "ارتفاع أسعار الصرف",
            "قال البنك المركزي إن أسعار الصرف ارتفعت.\n\nوأضاف أن السوق مستقرة.",
            List.of("سارة الكاتبة", "Omar"),
            "اقتصاد",
            "ar",
            "https://wakala.example/i.jpg",
            new HttpInfo(200, "\"e1\"", "Sat, 01 Mar 2025 08:00:00 GMT", "text/html", "utf-8"),
            ExtractionMethod.JSON_LD,
            false,
            null);
    RawArticle bare =
        new RawArticle(
            1,
            ID,
            null,
            "https://x.example/2",
            null,
            null,
            null,
            null,
            null,
            "",
            List.of(),
            null,
            null,
            null,
            null,
            null,
            true,
            "<p>old</p>");

    for (RawArticle raw : List.of(full, bare)) {
      NodeMessage.Arrival arrival =
          new NodeMessage.Arrival(
              raw,
              "ar",
              0.97,
              "b".repeat(64),
              new int[] {1, -2, 3},
              new long[] {Long.MIN_VALUE, 7},
              1_740_800_000_000L,
              new SourcePosition("akhbar.raw.v1", 3, 42));
      Serde<NodeMessage> serde = DedupSerdes.nodeMessages();
      NodeMessage.Arrival back =
          (NodeMessage.Arrival)
              serde.deserializer().deserialize("t", serde.serializer().serialize("t", arrival));

      assertThat(back.raw()).isEqualTo(raw);
      assertThat(back.signature()).containsExactly(1, -2, 3);
      assertThat(back.bandKeys()).containsExactly(Long.MIN_VALUE, 7);
      assertThat(back.source()).isEqualTo(arrival.source());
      assertThat(back.eventTime()).isEqualTo(arrival.eventTime());
    }
  }
}
