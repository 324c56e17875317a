package dev.akhbar.common.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.common.ContractExamples;
import dev.akhbar.common.ContractSchemas;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.common.json.JsonSerde;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every record as serialized by our serdes conforms to its schema in docs/schema. */
class ContractConformanceTest {

  @Test
  void rawArticleConformsAndRoundTrips() {
    assertRoundTripConforms(ContractExamples.raw(), RawArticle.class, "raw.v1");
  }

  @Test
  void articleConformsAndRoundTrips() {
    assertRoundTripConforms(ContractExamples.article(), Article.class, "articles.v1");
  }

  @Test
  void duplicateConformsAndRoundTrips() {
    assertRoundTripConforms(ContractExamples.duplicate(), Duplicate.class, "duplicates.v1");
  }

  @Test
  void rejectedConformsAndRoundTrips() {
    assertRoundTripConforms(ContractExamples.rejected(), Rejected.class, "rejected.v1");
  }

  @Test
  void deadLettersFromATopicAndFromAFileConform() {
    assertRoundTripConforms(ContractExamples.deadLetterFromTopic(), DeadLetter.class, "dlq.v1");
    assertRoundTripConforms(ContractExamples.deadLetterFromFile(), DeadLetter.class, "dlq.v1");
  }

  @Test
  void outcomeConformsAndRoundTrips() {
    assertRoundTripConforms(ContractExamples.outcome(), Outcome.class, "outcomes.v1");
  }

  @Test
  void aDeadLetterWithoutAnOriginIsRejectedByTheSchema() {
    DeadLetter d = ContractExamples.deadLetterFromFile();
    DeadLetter nowhere =
        new DeadLetter(
            d.stage(),
            d.errorClass(),
            d.errorMessage(),
            null,
            null,
            null,
            null,
            d.originalBase64(),
            d.failedAt());
    assertThat(ContractSchemas.violations("dlq.v1", json(nowhere, DeadLetter.class))).isNotEmpty();
  }

  @Test
  void writesSnakeCaseNamesUtcTimesAndExplicitNulls() throws Exception {
    JsonNode node = AkhbarJson.mapper().readTree(json(ContractExamples.raw(), RawArticle.class));
    assertThat(node.has("canonical_url")).isTrue();
    assertThat(node.has("canonicalUrl")).isFalse();
    assertThat(node.get("published_at").asText()).isEqualTo("2026-03-14T09:30:00Z");
    assertThat(node.get("modified_at").isNull()).isTrue();
    assertThat(node.get("extraction_method").asText()).isEqualTo("json-ld");
    assertThat(node.has("html")).as("html only when configured").isFalse();
  }

  @Test
  void enumsUseTheirWireNames() throws Exception {
    JsonNode article =
        AkhbarJson.mapper().readTree(json(ContractExamples.article(), Article.class));
    assertThat(article.get("change").asText()).isEqualTo("new");
    assertThat(article.at("/tags/entities/0/field").asText()).isEqualTo("title");
    assertThat(article.at("/tags/entities/0/type").asText()).isEqualTo("LOCATION");
    JsonNode dup =
        AkhbarJson.mapper().readTree(json(ContractExamples.duplicate(), Duplicate.class));
    assertThat(dup.get("method").asText()).isEqualTo("near");
  }

  private static <T> void assertRoundTripConforms(T value, Class<T> type, String schema) {
    String json = json(value, type);
    ContractSchemas.assertConforms(schema, json);
    JsonSerde<T> serde = JsonSerde.of(type);
    assertThat(serde.fromBytes(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(value);
  }

  private static <T> String json(T value, Class<T> type) {
    return new String(JsonSerde.of(type).toBytes(value), StandardCharsets.UTF_8);
  }
}
