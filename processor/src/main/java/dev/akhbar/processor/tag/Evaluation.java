package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.EntityType;
import dev.akhbar.common.record.Tags;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures the tagger on the labelled set: entity precision, recall and F1 per type, exact span and
 * type (CoNLL style), and topic accuracy (the best topic is one of the paragraph's labels).
 *
 * <pre>java -cp … dev.akhbar.processor.tag.Evaluation [dev|heldout] [--errors]</pre>
 */
public final class Evaluation {

  /** Counts for one entity type. */
  public static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      int gold = truePositives + falseNegatives;
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The figures of one run. */
  public record Result(
      Map<EntityType, Score> byType,
      Score overall,
      int paragraphs,
      int topicHits,
      List<String> errors) {
    public double topicAccuracy() {
      return paragraphs == 0 ? 0 : (double) topicHits / paragraphs;
    }
  }

  private Evaluation() {}

  public static void main(String[] args) {
    EvaluationSet.Part part = EvaluationSet.Part.DEV;
    boolean errors = false;
    for (String arg : args) {
      if (arg.equals("--errors")) {
        errors = true;
      } else {
        part = EvaluationSet.Part.valueOf(arg.toUpperCase(Locale.ROOT));
      }
    }
    Result result = run(Tagger.load(), EvaluationSet.load(part));
    print(part, result, errors, System.out);
  }

  public static Result run(Tagger tagger, List<EvaluationSet.Paragraph> paragraphs) {
    Map<EntityType, Score> byType = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      byType.put(type, new Score());
    }
    Score overall = new Score();
    int topicHits = 0;
    List<String> errors = new ArrayList<>();
    for (EvaluationSet.Paragraph p : paragraphs) {
      Tags tags = tagger.tagText(p.text());
      Set<String> gold = new HashSet<>();
      for (EvaluationSet.Gold g : p.entities()) {
        gold.add(g.type() + ":" + g.start() + ":" + g.end());
      }
      Set<String> predicted = new HashSet<>();
      for (EntityMention e : tags.entities()) {
        String key = e.type() + ":" + e.start() + ":" + e.end();
        predicted.add(key);
        Score s = byType.get(e.type());
        if (gold.contains(key)) {
          s.truePositives++;
          overall.truePositives++;
        } else {
          s.falsePositives++;
          overall.falsePositives++;
          errors.add(p.id() + " FP " + e.type() + " «" + e.text() + "»");
        }
      }
      for (EvaluationSet.Gold g : p.entities()) {
        if (!predicted.contains(g.type() + ":" + g.start() + ":" + g.end())) {
          byType.get(g.type()).falseNegatives++;
          overall.falseNegatives++;
          errors.add(p.id() + " FN " + g.type() + " «" + g.text() + "»");
        }
      }
      String best = tags.topics().isEmpty() ? "-" : tags.topics().get(0).code();
      if (p.topics().contains(best)) {
        topicHits++;
      } else {
        errors.add(p.id() + " TOPIC " + best + " expected " + p.topics());
      }
    }
    return new Result(byType, overall, paragraphs.size(), topicHits, errors);
  }

  static void print(EvaluationSet.Part part, Result r, boolean errors, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "evaluation set: %s (%d paragraphs)%n",
        part.name().toLowerCase(Locale.ROOT),
        r.paragraphs());
    out.printf(
        Locale.ROOT,
        "%-14s %9s %9s %9s %6s %6s %6s%n",
        "type",
        "precision",
        "recall",
        "f1",
        "tp",
        "fp",
        "fn");
    for (Map.Entry<EntityType, Score> e : r.byType().entrySet()) {
      line(out, e.getKey().name(), e.getValue());
    }
    line(out, "ALL (micro)", r.overall());
    out.printf(
        Locale.ROOT,
        "topic accuracy: %.3f (%d/%d)%n",
        r.topicAccuracy(),
        r.topicHits(),
        r.paragraphs());
    if (errors) {
      r.errors().forEach(out::println);
    }
  }

  private static void line(PrintStream out, String name, Score s) {
    out.printf(
        Locale.ROOT,
        "%-14s %9.3f %9.3f %9.3f %6d %6d %6d%n",
        name,
        s.precision(),
        s.recall(),
        s.f1(),
        s.truePositives,
        s.falsePositives,
        s.falseNegatives);
  }
}
