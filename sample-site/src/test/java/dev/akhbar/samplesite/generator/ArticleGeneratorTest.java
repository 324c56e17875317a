package dev.akhbar.samplesite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.samplesite.generator.GeneratedArticle.Kind;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

  @Test
  void theSameSeedGivesTheSameArticles() throws Exception {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    new ArticleGenerator(7, GeneratorMix.realistic()).writeJsonLines(200, a);
    new ArticleGenerator(7, GeneratorMix.realistic()).writeJsonLines(200, b);
    assertThat(a.toString()).isEqualTo(b.toString());
    StringWriter c = new StringWriter();
    new ArticleGenerator(8, GeneratorMix.realistic()).writeJsonLines(200, c);
    assertThat(c.toString()).isNotEqualTo(a.toString());
  }

  @Test
  void originalBodiesAreOfTypicalNewsSizeWithParagraphsAndADateline() {
    ArticleGenerator generator = new ArticleGenerator(1, GeneratorMix.originalsOnly());
    for (int i = 0; i < 2_000; i++) {
      GeneratedArticle a = generator.next();
      int bytes = a.body().getBytes(StandardCharsets.UTF_8).length;
      assertThat(bytes).isBetween(ArticleGenerator.MIN_BODY_BYTES, ArticleGenerator.MAX_BODY_BYTES);
      assertThat(a.body().split("\n\n"))
          .hasSizeBetween(ArticleGenerator.MIN_PARAGRAPHS, ArticleGenerator.MAX_PARAGRAPHS);
      assertThat(a.body().substring(0, a.body().indexOf(" - ")))
          .as("the dateline is a city")
          .isNotBlank()
          .hasSizeLessThan(20);
      assertThat(a.body()).doesNotContain("{", "}", "[", "]", "|", "+", "  ");
      assertThat(a.title()).isNotBlank().doesNotContain("{", "[", "|");
      assertThat(a.kind()).isEqualTo(Kind.ORIGINAL);
    }
  }

  @Test
  void theRealisticMixHasEveryKindInRoughlyItsShare() {
    ArticleGenerator generator = new ArticleGenerator(3, GeneratorMix.realistic());
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    List<GeneratedArticle> all = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      GeneratedArticle a = generator.next();
      all.add(a);
      counts.merge(a.kind(), 1, Integer::sum);
    }
    assertThat(counts.get(Kind.ORIGINAL)).isBetween(6_500, 7_800);
    assertThat(counts.get(Kind.EXACT_COPY)).isBetween(700, 1_300);
    assertThat(counts.get(Kind.NEAR_COPY)).isBetween(700, 1_300);
    assertThat(counts.get(Kind.REFETCH_UNCHANGED)).isBetween(300, 700);
    assertThat(counts.get(Kind.REFETCH_CHANGED)).isBetween(300, 700);
    for (GeneratedArticle a : all) {
      if (a.kind() == Kind.EXACT_COPY) {
        GeneratedArticle base = all.get((int) a.basedOn());
        assertThat(a.body()).isEqualTo(base.body());
        assertThat(a.url()).isNotEqualTo(base.url());
        assertThat(a.sourceId()).isNotEqualTo(base.sourceId());
      }
      if (a.kind() == Kind.REFETCH_UNCHANGED) {
        assertThat(a.url()).isEqualTo(all.get((int) a.basedOn()).url());
      }
    }
  }

  @Test
  void writesTheBackfillFormat() throws Exception {
    StringWriter out = new StringWriter();
    new ArticleGenerator(5, GeneratorMix.realistic()).writeJsonLines(3, out);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(3);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("url").asText()).startsWith("https://").contains("utm_source");
    assertThat(first.get("published_at").asText()).endsWith("Z");
    assertThat(first.has("title")).isTrue();
    assertThat(first.has("body")).isTrue();
  }

  @Test
  void aRefetchRepeatsOrChangesTheLatestVersionOfItsUrl() {
    ArticleGenerator generator = new ArticleGenerator(11, GeneratorMix.realistic());
    java.util.Map<String, String> latest = new java.util.HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      GeneratedArticle a = generator.next();
      String before = latest.put(a.url(), a.body());
      switch (a.kind()) {
        case REFETCH_UNCHANGED -> assertThat(a.body()).isEqualTo(before);
        case REFETCH_CHANGED -> assertThat(a.body()).isNotEqualTo(before).startsWith(before);
        default -> assertThat(before).isNull();
      }
    }
  }

  @Test
  void originalsOfTheSameTopicShareFewWordShingles() {
    ArticleGenerator generator = new ArticleGenerator(21, GeneratorMix.originalsOnly());
    Map<String, List<long[]>> byTopic = new TreeMap<>();
    for (int i = 0; i < 3_000; i++) {
      GeneratedArticle a = generator.next();
      byTopic
          .computeIfAbsent(a.section(), k -> new ArrayList<>())
          .add(WordShingleSimilarity.shingles(a.body()));
    }
    List<Double> similarities = new ArrayList<>();
    for (List<long[]> sets : byTopic.values()) {
      for (int i = 0; i < sets.size(); i++) {
        for (int j = i + 1; j < sets.size(); j++) {
          similarities.add(WordShingleSimilarity.jaccard(sets.get(i), sets.get(j)));
        }
      }
    }
    Collections.sort(similarities);
    double median = percentile(similarities, 0.5);
    double p99 = percentile(similarities, 0.99);
    double p999 = percentile(similarities, 0.999);
    double max = similarities.get(similarities.size() - 1);
    String figures =
        String.format(
            Locale.ROOT,
            "%d same-topic pairs: median %.3f, p99 %.3f, p99.9 %.3f, max %.3f",
            similarities.size(),
            median,
            p99,
            p999,
            max);
    System.out.println("word 3-shingle Jaccard of originals, " + figures);
    assertThat(byTopic).hasSizeGreaterThanOrEqualTo(12);
    assertThat(p999).as(figures).isLessThan(0.3);
    assertThat(max).as("no two originals are near copies: " + figures).isLessThan(0.5);
  }

  @Test
  void everyNearCopyStaysNearItsBase() {
    ArticleGenerator generator = new ArticleGenerator(23, GeneratorMix.realistic());
    Map<Long, GeneratedArticle> originals = new HashMap<>();
    double least = 1;
    int nearCopies = 0;
    for (int i = 0; i < 5_000; i++) {
      GeneratedArticle a = generator.next();
      if (a.kind() == Kind.ORIGINAL) {
        originals.put(a.sequence(), a);
      } else if (a.kind() == Kind.NEAR_COPY) {
        GeneratedArticle base = originals.get(a.basedOn());
        double j =
            WordShingleSimilarity.jaccard(
                WordShingleSimilarity.shingles(a.body()),
                WordShingleSimilarity.shingles(base.body()));
        assertThat(j).as("near copy %d of %d", a.sequence(), base.sequence()).isGreaterThan(0.6);
        assertThat(a.body()).isNotEqualTo(base.body());
        least = Math.min(least, j);
        nearCopies++;
      }
    }
    System.out.printf(
        Locale.ROOT, "%d near copies, least Jaccard with base %.3f%n", nearCopies, least);
    assertThat(nearCopies).isGreaterThan(300);
  }

  private static double percentile(List<Double> sorted, double q) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
  }
}
