package dev.akhbar.processor;

import static dev.akhbar.processor.Stories.raw;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.processor.dedup.DedupStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency story copied by a thousand sites is one cluster with one original, and its root node
 * stays as small as any node: the members live in their own store.
 */
class GiantClusterTest {

  private static final int COPIES = 1_000;

  /** Every tenth copy is the agency's text unchanged; the others add their site's own line. */
  private static final int EXACT_EVERY = 10;

  @TempDir Path stateDir;

  /** Copy {@code i}: the story as site {@code i} ran it, dated after the agency's own. */
  private static Stories.Raw copy(int i) {
    String body =
        i % EXACT_EVERY == 0
            ? Stories.RATES_BODY
            : Stories.RATES_BODY + "\n\nنشر هذا الخبر على موقع رقم " + i + " ضمن خدمة الأخبار.";
    return raw("https://site" + i + ".example/economy/rates", Stories.RATES_TITLE, body)
        .published(Instant.parse("2025-03-06T00:00:00Z").plusSeconds(i).toString());
  }

  /** The agency's own article: the earliest, sent last, so it must take the whole cluster over. */
  private static final Stories.Raw AGENCY =
      raw("https://agency.example/wire/rates", Stories.RATES_TITLE, Stories.RATES_BODY)
          .published("2025-03-05T23:00:00Z");

  private static final Stories.Raw STORM =
      raw("https://weather.example/storm", Stories.STORM_TITLE, Stories.STORM_BODY)
          .published("2025-03-06T00:10:00Z");

  private static final Stories.Raw FINAL =
      raw("https://sport.example/final", Stories.FINAL_TITLE, Stories.FINAL_BODY)
          .published("2025-03-06T00:20:00Z");

  @Test
  void aThousandCopiesAreOneClusterUnderTheEarliestAndTheRootStaysSmall() {
    List<Stories.Raw> input = new ArrayList<>();
    for (int i = 0; i < COPIES; i++) {
      input.add(copy(i));
      if (i == COPIES / 3) {
        input.add(STORM);
      }
      if (i == 2 * COPIES / 3) {
        input.add(FINAL);
      }
    }
    input.add(AGENCY);

    try (TopologyHarness h =
        new TopologyHarness(ProcessorConfig.builder().stateDir(stateDir).build())) {
      TestOutputTopic<byte[], byte[]> nodeChangelog =
          h.driver.createOutputTopic(
              h.config.applicationId() + "-" + DedupStores.NODES + "-changelog",
              Serdes.ByteArray().deserializer(),
              Serdes.ByteArray().deserializer());
      input.forEach(h::send);

      String agency = TopologyHarness.idOf(AGENCY);
      assertThat(h.outcomesSeen).hasSize(input.size());
      assertThat(h.storedOriginals())
          .containsOnlyKeys(agency, TopologyHarness.idOf(STORM), TopologyHarness.idOf(FINAL));
      Map<String, Duplicate> copies = h.latestDuplicates();
      assertThat(copies).hasSize(COPIES);
      assertThat(copies.values()).extracting(Duplicate::duplicateOf).containsOnly(agency);
      assertThat(copies.get(TopologyHarness.idOf(copy(EXACT_EVERY))).method().wire())
          .isEqualTo("exact");
      assertThat(copies.get(TopologyHarness.idOf(copy(1))).method().wire()).isEqualTo("near");

      Article original = h.latestArticles().get(agency);
      assertThat(original.change()).isEqualTo(Change.NEW);
      assertThat(original.dedup().clusterId()).isEqualTo(agency);
      assertThat(original.dedup().copies()).isEqualTo(COPIES);

      Outcome last = h.outcomesSeen.get(h.outcomesSeen.size() - 1);
      assertThat(last.outcome()).isEqualTo(OutcomeKind.NEW);
      assertThat(last.demoted()).containsExactly(TopologyHarness.idOf(copy(0)));
      long demotions = h.outcomesSeen.stream().mapToLong(o -> o.demoted().size()).sum();
      assertThat(h.outcomeCounts().get(OutcomeKind.NEW) - demotions).isEqualTo(3);
      assertThat(h.outcomeCounts().get(OutcomeKind.DUPLICATE) + demotions).isEqualTo(COPIES);

      // The largest record copy 0 wrote (it was the root of the other 999 copies until the agency's
      // article came), and the agency's last (settled: its matches, at most maxCandidates from each
      // partition of the indexes, are only held while it decides). A node is its key, a few
      // counters and the strings of its duplicates
      // record; a member list would add 42 bytes per member.
      String firstCopy = TopologyHarness.idOf(copy(0));
      int firstCopyNode = 0;
      int agencyNode = 0;
      for (TestRecord<byte[], byte[]> r : nodeChangelog.readRecordsToList()) {
        String id = new String(r.key(), StandardCharsets.UTF_8);
        int size = r.value() == null ? 0 : r.value().length;
        if (id.equals(firstCopy)) {
          firstCopyNode = Math.max(firstCopyNode, size);
        } else if (id.equals(agency)) {
          agencyNode = size;
        }
      }
      assertThat(firstCopyNode).isPositive().isLessThan(1_000);
      assertThat(agencyNode).isPositive().isLessThan(1_000);
    }
  }
}
