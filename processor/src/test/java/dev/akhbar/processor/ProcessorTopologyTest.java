package dev.akhbar.processor;

import static dev.akhbar.processor.Stories.raw;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.kafka.KeyPartition;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.DuplicateMethod;
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.common.record.RejectReason;
import dev.akhbar.common.record.Rejected;
import dev.akhbar.common.record.Tags;
import dev.akhbar.common.record.TopicTag;
import dev.akhbar.processor.intake.NonArabicPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessorTopologyTest {

  @TempDir Path stateDir;
  private TopologyHarness harness;

  @BeforeEach
  void start() {
    harness = new TopologyHarness(stateDir);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  // ---- intake -----------------------------------------------------------------------------

  @Test
  void anArrivalSkipsTheInboxOnlyWhenItsNodeIsOnTheRawRecordsPartition() {
    // TopologyTestDriver reads every topic as its partition 0; the inbox has 4 partitions.
    Stories.Raw here = null;
    Stories.Raw away = null;
    for (int i = 0; here == null || away == null; i++) {
      Stories.Raw r = raw("https://a.example/rates-" + i, Stories.RATES_TITLE, Stories.RATES_BODY);
      boolean onZero = KeyPartition.of(TopologyHarness.idOf(r), 4) == 0;
      if (onZero && here == null) {
        here = r;
      } else if (!onZero && away == null) {
        away = r;
      }
    }

    harness.send(away).send(here);

    assertThat(harness.arrivalsThroughTheInbox()).containsExactly(TopologyHarness.idOf(away));
    // Both ways reach the same nodes: the later one is found to be a copy of the earlier.
    assertThat(harness.latestDuplicates())
        .containsOnlyKeys(TopologyHarness.idOf(here))
        .extractingByKey(TopologyHarness.idOf(here))
        .extracting(Duplicate::duplicateOf)
        .isEqualTo(TopologyHarness.idOf(away));
    assertThat(harness.outcomesSeen)
        .extracting(Outcome::outcome)
        .containsExactly(OutcomeKind.NEW, OutcomeKind.DUPLICATE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not JSON                | <html>not an article</html>                                   | not JSON
          a JSON array            | [1, 2, 3]                                                     | not a JSON object
          no body                 | {"url": "https://a.example/x", "title": "t"}                   | missing required field 'body'
          body not a string       | {"url": "https://a.example/x", "title": "t", "body": 7}        | field 'body' must be a string
          unknown schema version  | {"schema_version": 9, "url": "https://a.example/x", "title": "t", "body": "b"} | unknown schema_version 9
          """)
  void unreadableRecordsBecomeDeadLettersAndTheStreamGoesOn(
      String kind, String value, String reason) {
    harness.sendBytes("k", value.getBytes(StandardCharsets.UTF_8), TopologyHarness.NOW);
    harness.send(raw("https://a.example/rates", Stories.RATES_TITLE, Stories.RATES_BODY));

    assertThat(harness.deadLettersSeen).hasSize(1);
    DeadLetter letter = harness.deadLettersSeen.get(0);
    assertThat(letter.stage()).isEqualTo("processor");
    assertThat(letter.errorMessage()).contains(reason);
    assertThat(letter.errorClass()).endsWith("InvalidRecordException");
    assertThat(letter.sourceTopic()).isEqualTo("akhbar.raw.v1");
    assertThat(letter.offset()).isZero();
    assertThat(Base64.getDecoder().decode(letter.originalBase64()))
        .isEqualTo(value.getBytes(StandardCharsets.UTF_8));
    assertThat(harness.outcomesSeen)
        .extracting(Outcome::outcome)
        .containsExactly(OutcomeKind.DEAD_LETTER, OutcomeKind.NEW);
  }

  @Test
  void invalidUtf8IsADeadLetter() {
    byte[] broken = {'{', '"', 'u', '"', ':', (byte) 0xC3, (byte) 0x28, '}'};
    harness.sendBytes("k", broken, TopologyHarness.NOW);

    assertThat(harness.deadLettersSeen)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.errorMessage()).contains("not valid UTF-8");
              assertThat(Base64.getDecoder().decode(d.originalBase64())).isEqualTo(broken);
            });
    assertThat(harness.outcomesSeen)
        .extracting(Outcome::outcome)
        .containsExactly(OutcomeKind.DEAD_LETTER);
  }

  @Test
  void aBodyOverTheLimitIsADeadLetterAndItsBytesAreCut() {
    String huge = "كلمة ".repeat(300_000);
    harness.send(raw("https://a.example/huge", "عنوان", huge));

    DeadLetter letter = harness.deadLettersSeen.get(0);
    assertThat(letter.errorMessage())
        .contains("body has 1500000 characters, the limit is " + harness.config.maxBodyChars())
        .contains("cut to the first");
    assertThat(Base64.getDecoder().decode(letter.originalBase64()))
        .hasSize(dev.akhbar.processor.flow.DeadLetters.MAX_ORIGINAL_BYTES);
    assertThat(harness.outcomesSeen)
        .extracting(Outcome::outcome)
        .containsExactly(OutcomeKind.DEAD_LETTER);
  }

  @Test
  void anEmptyValueIsADeadLetter() {
    harness.sendBytes("k", new byte[0], TopologyHarness.NOW);
    assertThat(harness.deadLettersSeen)
        .singleElement()
        .extracting(DeadLetter::errorMessage)
        .isEqualTo("empty record");
  }

  @Test
  void aShortBodyIsRejectedAsTooShortCountingLettersNotBytes() {
    // 149 Arabic letters take 298 bytes in UTF-8; the rule counts letters.
    String body = "ب".repeat(149);
    harness.send(raw("https://a.example/short", "عنوان قصير", body));
    harness.send(raw("https://a.example/enough", "عنوان", "ت".repeat(150)));

    assertThat(harness.rejectedSeen)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.TOO_SHORT);
              assertThat(r.detail()).isEqualTo("body has 149 letters, the minimum is 150");
              assertThat(r.url()).isEqualTo("https://a.example/short");
            });
    assertThat(harness.outcomesSeen)
        .extracting(Outcome::outcome)
        .containsExactly(OutcomeKind.REJECTED, OutcomeKind.NEW);
  }

  @Test
  void shortBodiesAreNeverCopiesOfOneAnother() {
    harness.send(raw("https://a.example/404", "خطأ", "الصفحة غير موجودة"));
    harness.send(raw("https://b.example/404", "خطأ", "الصفحة غير موجودة"));

    assertThat(harness.rejectedSeen)
        .extracting(Rejected::reason)
        .containsOnly(RejectReason.TOO_SHORT);
    assertThat(harness.duplicatesSeen).isEmpty();
  }

  @Test
  void nonArabicArticlesPassWithTheirLanguageByDefault() {
    harness.send(raw("https://en.example/rates", Stories.ENGLISH_TITLE, Stories.ENGLISH_BODY));

    assertThat(harness.articlesSeen)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.language()).isEqualTo("en");
              assertThat(a.change()).isEqualTo(Change.NEW);
            });
  }

  @Test
  void nonArabicArticlesAreRejectedWhenThePolicySaysSo() {
    harness.close();
    harness =
        new TopologyHarness(
            ProcessorConfig.builder()
                .stateDir(stateDir)
                .nonArabicPolicy(NonArabicPolicy.REJECT)
                .build());
    harness.send(raw("https://en.example/rates", Stories.ENGLISH_TITLE, Stories.ENGLISH_BODY));
    harness.send(raw("https://a.example/rates", Stories.RATES_TITLE, Stories.RATES_BODY));

    assertThat(harness.rejectedSeen)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.NOT_ARABIC);
              assertThat(r.language()).isEqualTo("en");
            });
    assertThat(harness.articlesSeen).extracting(Article::language).containsExactly("ar");
  }

  @Test
  void anOriginalIsPublishedWithBothFormsFingerprintsAndTags() {
    harness.close();
    Tags tags =
        new Tags(
            List.of(), List.of(new TopicTag("economy", "اقتصاد", "Economy", 0.9)), List.of(), null);
    harness =
        new TopologyHarness(ProcessorConfig.builder().stateDir(stateDir).build(), article -> tags);
    harness.send(
        raw("https://a.example/rates", Stories.RATES_TITLE, Stories.RATES_BODY_RESPELLED)
            .published("2025-03-06T08:00:00Z"));

    Article a = harness.articlesSeen.get(0);
    assertThat(a.change()).isEqualTo(Change.NEW);
    assertThat(a.normalized().bodyDisplay()).doesNotContain("ـ").contains("البنك المركزيّ");
    assertThat(a.normalized().bodyMatch()).contains("البنك المركزي").doesNotContain("ّ");
    assertThat(a.fingerprints().contentHash()).hasSize(64);
    assertThat(a.fingerprints().minhashBands()).hasSize(harness.config.lshBands());
    assertThat(a.dedup().clusterId()).isEqualTo(a.articleId());
    assertThat(a.dedup().version()).isEqualTo(1);
    assertThat(a.tags()).isEqualTo(tags);
    assertThat(a.processedAt()).isEqualTo(TopologyHarness.NOW);
  }

  @Test
  void aFailingTaggerLeavesTheArticleUntaggedButPublished() {
    harness.close();
    harness =
        new TopologyHarness(
            ProcessorConfig.builder().stateDir(stateDir).build(),
            article -> {
              throw new IllegalStateException("gazetteer not loaded");
            });
    harness.send(raw("https://a.example/rates", Stories.RATES_TITLE, Stories.RATES_BODY));

    assertThat(harness.articlesSeen)
        .singleElement()
        .extracting(Article::tags)
        .isEqualTo(Tags.none());
    assertThat(harness.outcomesSeen).extracting(Outcome::outcome).containsExactly(OutcomeKind.NEW);
  }

  // ---- the same URL again -------------------------------------------------------------------

  @Test
  void anUnchangedRefetchIsOnlyCounted() {
    Stories.Raw first = raw("https://a.example/rates", Stories.RATES_TITLE, Stories.RATES_BODY);
    harness.send(first);
    // Another fetch: only diacritics and tatweel differ, so the match form is the same.
    harness.send(
        raw(
            "https://a.example/rates?utm_source=feed",
            Stories.RATES_TITLE,
            Stories.RATES_BODY.replace("البنك", "البنـك")));

    assertThat(harness.articlesSeen).hasSize(1);
    assertThat(harness.outcomesSeen)
        .extracting(Outcome::outcome)
        .containsExactly(OutcomeKind.NEW, OutcomeKind.UNCHANGED);
  }

  @Test
  void changedContentIsAnUpdateWithTheNextVersion() {
    harness.send(raw("https://a.example/rates", Stories.RATES_TITLE, Stories.RATES_BODY));
    harness.send(
        raw(
            "https://a.example/rates",
            Stories.RATES_TITLE + " (محدث)",
            Stories.RATES_BODY + "\n\nتحديث: ارتفعت البورصة بعد القرار."));
    harness.send(
        raw(
            "https://a.example/rates",
            Stories.RATES_TITLE,
            Stories.RATES_BODY + "\n\nتحديث ثان: استقرت العملة."));

    assertThat(harness.articlesSeen)
        .extracting(a -> a.change().wire() + " v" + a.dedup().version())
        .containsExactly("new v1", "update v2", "update v3");
    assertThat(harness.outcomesSeen)
        .extracting(Outcome::outcome)
        .containsExactly(OutcomeKind.NEW, OutcomeKind.UPDATE, OutcomeKind.UPDATE);
  }

  @Test
  void aRemovedPageIsPublishedAsRemoved() {
    harness.send(raw("https://a.example/rates", Stories.RATES_TITLE, Stories.RATES_BODY));
    harness.send(raw("https://a.example/rates", Stories.RATES_TITLE, "").removed());

    assertThat(harness.articlesSeen)
        .extracting(a -> a.change().wire() + " v" + a.dedup().version())
        .containsExactly("new v1", "removed v2");
    assertThat(harness.outcomesSeen)
        .extracting(Outcome::outcome)
        .containsExactly(OutcomeKind.NEW, OutcomeKind.UPDATE);
  }

  @Test
  void theRemovalOfAnUnknownPageIsStillPassedOn() {
    harness.send(raw("https://a.example/gone", "عنوان", "").removed());

    assertThat(harness.articlesSeen)
        .singleElement()
        .extracting(Article::change)
        .isEqualTo(Change.REMOVED);
    assertThat(harness.rejectedSeen).isEmpty();
    assertThat(harness.outcomesSeen)
        .extracting(Outcome::outcome)
        .containsExactly(OutcomeKind.UPDATE);
  }

  // ---- exact copies -------------------------------------------------------------------------

  @Test
  void anExactCopyAcrossOutletsIsFoundDespiteDiacriticsAlefFormsAndTatweel() {
    harness.send(
        raw("https://first.example/economy/1", Stories.RATES_TITLE, Stories.RATES_BODY)
            .published("2025-03-06T08:00:00Z"));
    harness.send(
        raw(
                "https://second.example/news/77",
                "رفع الفائدة لمواجهة الغلاء",
                Stories.RATES_BODY_RESPELLED)
            .published("2025-03-06T09:30:00Z"));

    String original = TopologyHarness.idOfUrl("https://first.example/economy/1");
    String copy = TopologyHarness.idOfUrl("https://second.example/news/77");
    assertThat(harness.storedOriginals()).containsOnlyKeys(original);
    Duplicate d = harness.latestDuplicates().get(copy);
    assertThat(d.duplicateOf()).isEqualTo(original);
    assertThat(d.method()).isEqualTo(DuplicateMethod.EXACT);
    assertThat(d.similarity()).isEqualTo(1.0);
    assertThat(d.matchedBy()).isEqualTo("content-hash");
    assertThat(d.url()).isEqualTo("https://second.example/news/77");
    assertThat(d.title()).isEqualTo("رفع الفائدة لمواجهة الغلاء");
    assertThat(harness.outcomesSeen)
        .extracting(Outcome::outcome)
        .containsExactly(OutcomeKind.NEW, OutcomeKind.DUPLICATE);
  }

  @Test
  void anEarlierOriginalArrivingLaterDemotesTheOldOne() {
    Stories.Raw late =
        raw("https://late.example/a", Stories.RATES_TITLE, Stories.RATES_BODY)
            .published("2025-03-06T10:00:00Z");
    Stories.Raw early =
        raw("https://early.example/b", "خبر عاجل", Stories.RATES_BODY_RESPELLED)
            .published("2025-03-06T07:00:00Z");
    harness.send(late);
    harness.send(early);

    String lateId = TopologyHarness.idOf(late);
    String earlyId = TopologyHarness.idOf(early);
    assertThat(harness.articlesSeen)
        .extracting(
            a ->
                a.articleId().equals(lateId)
                    ? "late " + a.change().wire()
                    : "early " + a.change().wire())
        .containsExactly("late new", "late demoted", "early new");
    Article demoted = harness.articlesSeen.get(1);
    assertThat(demoted.dedup().revision())
        .isGreaterThan(harness.articlesSeen.get(0).dedup().revision());
    assertThat(demoted.dedup().clusterId()).isEqualTo(earlyId);
    assertThat(harness.latestDuplicates().get(lateId).duplicateOf()).isEqualTo(earlyId);
    assertThat(harness.storedOriginals()).containsOnlyKeys(earlyId);
    assertThat(harness.outcomesSeen)
        .satisfiesExactly(
            o -> assertThat(o.outcome()).isEqualTo(OutcomeKind.NEW),
            o -> {
              assertThat(o.outcome()).isEqualTo(OutcomeKind.NEW);
              assertThat(o.demoted()).containsExactly(lateId);
            });
  }

  @Test
  void copiesOfADemotedOriginalPointToTheNewOriginal() {
    Stories.Raw second =
        raw("https://b.example/1", "t", Stories.RATES_BODY).published("2025-03-06T10:00:00Z");
    Stories.Raw third =
        raw("https://c.example/1", "t", Stories.RATES_BODY).published("2025-03-06T11:00:00Z");
    Stories.Raw first =
        raw("https://a.example/1", "t", Stories.RATES_BODY).published("2025-03-06T09:00:00Z");
    harness.send(second).send(third).send(first);

    String firstId = TopologyHarness.idOf(first);
    assertThat(harness.storedOriginals()).containsOnlyKeys(firstId);
    assertThat(harness.latestDuplicates().values())
        .extracting(Duplicate::duplicateOf)
        .containsOnly(firstId)
        .hasSize(2);
  }

  @Test
  void articlesWithoutAPublicationTimeComeLastThenByArticleId() {
    Stories.Raw undated =
        raw("https://a.example/1", "t", Stories.RATES_BODY).fetched("2025-03-06T12:00:00Z");
    Stories.Raw dated =
        raw("https://b.example/1", "t", Stories.RATES_BODY).published("2025-03-06T11:00:00Z");
    harness.send(undated).send(dated);

    assertThat(harness.storedOriginals()).containsOnlyKeys(TopologyHarness.idOf(dated));
  }

  // ---- near copies --------------------------------------------------------------------------

  @Test
  void aTrimmedCopyWithBoilerplateIsANearCopy() {
    Stories.Raw original =
        raw("https://a.example/rates", Stories.RATES_TITLE, Stories.RATES_BODY)
            .published("2025-03-06T08:00:00Z");
    Stories.Raw copy =
        raw("https://b.example/economy/5", "البنك المركزي يشدد سياسته", Stories.RATES_BODY_TRIMMED)
            .published("2025-03-06T09:00:00Z");
    harness.send(original).send(copy);

    Duplicate d = harness.latestDuplicates().get(TopologyHarness.idOf(copy));
    assertThat(d).isNotNull();
    assertThat(d.duplicateOf()).isEqualTo(TopologyHarness.idOf(original));
    assertThat(d.method()).isEqualTo(DuplicateMethod.NEAR);
    assertThat(d.similarity()).isBetween(0.5, 0.99);
    assertThat(d.matchedBy()).startsWith("band:");
  }

  @Test
  void differentStoriesOnOneDayStayApart() {
    harness.send(raw("https://a.example/1", Stories.RATES_TITLE, Stories.RATES_BODY));
    harness.send(raw("https://a.example/2", Stories.STORM_TITLE, Stories.STORM_BODY));
    harness.send(raw("https://a.example/3", Stories.FINAL_TITLE, Stories.FINAL_BODY));

    assertThat(harness.duplicatesSeen).isEmpty();
    assertThat(harness.storedOriginals()).hasSize(3);
  }

  // ---- accounting ---------------------------------------------------------------------------

  @Test
  void everyInputHasExactlyOneOutcomeAndTheCountsAddUp() {
    harness.send(
        raw("https://a.example/1", "t", Stories.RATES_BODY).published("2025-03-06T10:00:00Z"));
    harness.send(
        raw("https://a.example/1", "t", Stories.RATES_BODY).published("2025-03-06T10:00:00Z"));
    harness.send(
        raw("https://b.example/1", "t", Stories.RATES_BODY_RESPELLED)
            .published("2025-03-06T09:00:00Z"));
    harness.send(
        raw("https://c.example/1", "t", Stories.RATES_BODY_TRIMMED)
            .published("2025-03-06T11:00:00Z"));
    harness.send(raw("https://d.example/1", "t", Stories.STORM_BODY));
    harness.send(raw("https://d.example/1", "t", Stories.STORM_BODY + "\n\nتحديث."));
    harness.send(raw("https://e.example/1", "t", "قصير"));
    harness.sendBytes("x", "garbage".getBytes(StandardCharsets.UTF_8), Instant.now());

    assertThat(harness.outcomesSeen).hasSize(8);
    assertThat(harness.outcomesSeen)
        .extracting(Outcome::offset)
        .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
    long demotions = harness.outcomesSeen.stream().mapToLong(o -> o.demoted().size()).sum();
    var counts = harness.outcomeCounts();
    assertThat(counts.getOrDefault(OutcomeKind.NEW, 0) - demotions)
        .isEqualTo(harness.storedOriginals().size())
        .isEqualTo(2);
    assertThat(counts.getOrDefault(OutcomeKind.DUPLICATE, 0) + demotions)
        .isEqualTo(harness.latestDuplicates().size())
        .isEqualTo(2);
  }
}
