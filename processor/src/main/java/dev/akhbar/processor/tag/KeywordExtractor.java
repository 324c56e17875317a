package dev.akhbar.processor.tag;

import dev.akhbar.common.record.Keyword;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A handful of salient terms per story, in match form: the canonical names of the entities it
 * mentions and its content words with the article and glued proclitics dropped (never a deeper
 * stem, so names stay whole). A term weighs its occurrences, more in the title and in the opening,
 * less for an ordinary common word; the best {@link #MAX_KEYWORDS} are kept, scored against the
 * best one.
 */
final class KeywordExtractor {

  /** The most keywords reported for one story. */
  static final int MAX_KEYWORDS = 8;

  /** The least score, relative to the best keyword, a keyword needs. */
  static final double MIN_SCORE = 0.2;

  /** Weights: an occurrence in the title, an entity, a common word, one in the opening chars. */
  static final double TITLE_WEIGHT = 3.0;

  static final double ENTITY_WEIGHT = 1.5;
  static final double COMMON_WORD_WEIGHT = 0.5;
  static final double OPENING_WEIGHT = 1.5;

  /** How many match-form chars of the body count as its opening. */
  static final int OPENING_CHARS = 400;

  private final Lexicon lexicon;

  KeywordExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Keyword> extract(List<ProjectedText> parts, List<Mention> mentions) {
    Map<String, Double> weights = new HashMap<>();
    boolean hasTitle = parts.size() > 1;
    for (int p = 0; p < parts.size(); p++) {
      ProjectedText text = parts.get(p);
      boolean title = hasTitle && p == Tagger.TITLE;
      boolean[] covered = new boolean[text.tokenCount()];
      for (Mention m : mentions) {
        if (m.part() != p) {
          continue;
        }
        for (int t = 0; t < text.tokenCount(); t++) {
          if (text.end(t) > m.matchStart() && text.start(t) < m.matchEnd()) {
            covered[t] = true;
          }
        }
        double w = ENTITY_WEIGHT * weight(title, m.matchStart());
        weights.merge(MatchForm.of(m.canonical()), w, Double::sum);
      }
      char[] chars = text.chars();
      for (int t = 0; t < text.tokenCount(); t++) {
        if (covered[t] || text.tokenLength(t) < 3 || !Character.isLetter(chars[text.start(t)])) {
          continue;
        }
        WordClass wordClass = lexicon.words.find(text, t);
        if (wordClass == WordClass.STOP
            || wordClass == WordClass.GENERIC
            || lexicon.nisba(text, t) != null) {
          continue;
        }
        String stem = LightStemmer.keywordStem(chars, text.start(t), text.end(t));
        if (stem.length() < LightStemmer.MIN_STEM_CHARS) {
          continue;
        }
        double w =
            weight(title, text.start(t)) * (wordClass == WordClass.WORD ? COMMON_WORD_WEIGHT : 1);
        weights.merge(stem, w, Double::sum);
      }
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(weights.entrySet());
    ranked.sort(
        Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    List<Keyword> out = new ArrayList<>();
    if (ranked.isEmpty()) {
      return out;
    }
    double best = ranked.get(0).getValue();
    for (Map.Entry<String, Double> e : ranked) {
      double score = e.getValue() / best;
      if (out.size() == MAX_KEYWORDS || score < MIN_SCORE) {
        break;
      }
      out.add(new Keyword(e.getKey(), Math.round(score * 1000) / 1000.0));
    }
    return out;
  }

  private static double weight(boolean title, int matchOffset) {
    if (title) {
      return TITLE_WEIGHT;
    }
    return matchOffset < OPENING_CHARS ? OPENING_WEIGHT : 1.0;
  }
}
