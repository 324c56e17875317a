package dev.akhbar.processor.tag;

import dev.akhbar.common.record.Keyword;
import java.util.ArrayList;
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

  /** The most canonical names whose match form is remembered (names found by rules never end). */
  static final int MAX_REMEMBERED_NAMES = 50_000;

  private final Map<String, String> matchForms = new java.util.concurrent.ConcurrentHashMap<>();

  KeywordExtractor() {}

  List<Keyword> extract(List<TokenFacts> parts, List<Mention> mentions) {
    int tokens = 0;
    for (TokenFacts facts : parts) {
      tokens += facts.size();
    }
    TermWeights weights = new TermWeights(tokens);
    boolean hasTitle = parts.size() > 1;
    for (TokenFacts facts : parts) {
      ProjectedText text = facts.text;
      boolean title = hasTitle && facts.part == Tagger.TITLE;
      boolean[] covered = new boolean[facts.size()];
      for (Mention m : mentions) {
        if (m.part() != facts.part) {
          continue;
        }
        for (int t = m.firstToken(); t <= m.lastToken(); t++) {
          covered[t] = true;
        }
        double w = ENTITY_WEIGHT * weight(title, m.matchStart());
        weights.add(matchForm(m.canonical()), w);
      }
      char[] chars = text.chars();
      for (int t = 0; t < facts.size(); t++) {
        if (covered[t] || text.tokenLength(t) < 3 || !Character.isLetter(chars[text.start(t)])) {
          continue;
        }
        WordFacts word = facts.words[t];
        if (word.wordClass == WordClass.STOP
            || word.wordClass == WordClass.GENERIC
            || word.nisba != null
            || word.keywordStem.length() < LightStemmer.MIN_STEM_CHARS) {
          continue;
        }
        double w =
            weight(title, text.start(t))
                * (word.wordClass == WordClass.WORD ? COMMON_WORD_WEIGHT : 1);
        weights.add(word.keywordStem, w);
      }
    }
    return best(weights);
  }

  private String matchForm(String canonical) {
    String known = matchForms.get(canonical);
    if (known == null) {
      known = MatchForm.of(canonical);
      if (matchForms.size() < MAX_REMEMBERED_NAMES) {
        matchForms.put(canonical, known);
      }
    }
    return known;
  }

  /** The {@link #MAX_KEYWORDS} heaviest terms, scored against the heaviest, ties by term. */
  private static List<Keyword> best(TermWeights weights) {
    int[] top = weights.heaviest(MAX_KEYWORDS);
    List<Keyword> out = new ArrayList<>(top.length);
    if (top.length == 0) {
      return out;
    }
    double max = weights.weight(top[0]);
    for (int index : top) {
      double score = weights.weight(index) / max;
      if (score < MIN_SCORE) {
        break;
      }
      out.add(new Keyword(weights.term(index), Math.round(score * 1000) / 1000.0));
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
