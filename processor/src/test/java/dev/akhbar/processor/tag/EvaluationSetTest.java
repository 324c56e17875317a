package dev.akhbar.processor.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.common.record.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationSetTest {

  @Test
  void markupBecomesPlainTextWithCodePointSpans() {
    EvaluationSet.Paragraph p =
        EvaluationSet.paragraph(
            "x", Set.of("politics"), "قال [[PER خليفة حفتر]] في و[[LOC بنغازي]] اليوم");
    assertThat(p.text()).isEqualTo("قال خليفة حفتر في وبنغازي اليوم");
    assertThat(p.entities())
        .containsExactly(
            new EvaluationSet.Gold(EntityType.PERSON, 4, 14, "خليفة حفتر"),
            new EvaluationSet.Gold(EntityType.LOCATION, 19, 25, "بنغازي"));
  }

  @Test
  void badMarkupIsRejectedWithTheParagraphId() {
    assertThatThrownBy(() -> EvaluationSet.paragraph("d99", Set.of(), "[[XYZ شيء]]"))
        .hasMessageContaining("d99");
  }

  @Test
  void theSetHasAtLeastSixtyParagraphsInTwoDisjointParts() {
    List<EvaluationSet.Paragraph> dev = EvaluationSet.load(EvaluationSet.Part.DEV);
    List<EvaluationSet.Paragraph> heldOut = EvaluationSet.load(EvaluationSet.Part.HELDOUT);
    assertThat(dev.size() + heldOut.size()).isGreaterThanOrEqualTo(60);
    Set<String> ids = new HashSet<>();
    for (EvaluationSet.Paragraph p : dev) {
      ids.add(p.id());
    }
    for (EvaluationSet.Paragraph p : heldOut) {
      assertThat(ids.add(p.id())).as("id %s in both parts", p.id()).isTrue();
      assertThat(Topic.fromCode(p.topics().iterator().next())).isPresent();
    }
  }

  @Test
  void everyLabelledTopicIsInTheTaxonomy() {
    for (EvaluationSet.Part part : EvaluationSet.Part.values()) {
      for (EvaluationSet.Paragraph p : EvaluationSet.load(part)) {
        assertThat(p.topics()).allMatch(t -> Topic.fromCode(t).isPresent());
        assertThat(p.entities()).isNotEmpty();
      }
    }
  }

  @Test
  void scoresCountExactSpansOnly() {
    Evaluation.Result result =
        Evaluation.run(
            Tagger.load(),
            List.of(
                EvaluationSet.paragraph(
                    "t", Set.of("politics"), "زار [[PER خليفة حفتر]] مدينة [[LOC بنغازي]] أمس")));
    assertThat(result.overall().truePositives).isEqualTo(2);
    assertThat(result.overall().f1()).isEqualTo(1.0);
  }
}
