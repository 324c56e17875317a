package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;
import java.util.List;

/**
 * A listed first name followed by more of a name is a person (أحمد المسماري، محمد حمدان دقلو). A
 * first name that is also an ordinary word (أمل، سعيد) needs a second part that is itself a first
 * name, a name connector or a family name with the article.
 */
final class FirstNameRule {

  /** Words that only open names: عبد الرحمن القحطاني، أبو عبيدة. */
  static final java.util.Set<String> NAME_OPENERS = java.util.Set.of("عبد", "ابو");

  private FirstNameRule() {}

  static void propose(TokenFacts facts, List<Candidate> out) {
    int n = facts.size();
    for (int t = 0; t < n; t++) {
      boolean opener = facts.is(t, WordFacts.NAME_OPENER);
      if ((facts.firstName[t] == TokenFacts.NOT_FIRST_NAME && !opener)
          || facts.gazetteer[t] != null) {
        continue;
      }
      if (t > 0 && facts.joined(t - 1) && facts.firstName[t - 1] != TokenFacts.NOT_FIRST_NAME) {
        continue;
      }
      int length = NameParser.parse(facts, t);
      if (length < 2) {
        continue;
      }
      if (facts.firstName[t] == TokenFacts.AMBIGUOUS_FIRST_NAME
          && !strongSecond(facts, t + 1, facts.wordClass[t] == WordClass.STOP)) {
        continue;
      }
      int last = t + length - 1;
      out.add(
          new Candidate(
              Candidate.Source.FIRST_NAME,
              facts.part,
              t,
              last,
              facts.text.start(t) + facts.firstNameClitics[t],
              facts.text.end(last),
              EntityType.PERSON));
    }
  }

  /**
   * What may follow an ambiguous first name. After one that is also a function word (علي is على in
   * the match form) a family name with the article is not enough: على الحقائق.
   */
  private static boolean strongSecond(TokenFacts facts, int k, boolean functionWord) {
    return facts.isBareFirstName(k)
        || facts.is(k, WordFacts.CONNECTOR)
        || facts.isGazetteer(k, EntityType.PERSON)
        || (!functionWord && facts.hasArticle(k) && !facts.isWord(k));
  }
}
