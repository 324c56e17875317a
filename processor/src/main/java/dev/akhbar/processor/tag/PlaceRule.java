package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;
import java.util.List;
import java.util.Set;

/**
 * A place word before a name marks a location (مدينة، بلدة، قرية، محافظة، حي، مخيم …): the next
 * word when it is not a common word, or the next two when the first is one of the words that open
 * place names (عين، رأس، بئر، بيت، تل …). A known place after a place word is vouched for, even
 * when its spelling is weak (مدينة صور).
 */
final class PlaceRule {

  /** Words that open a two-word place name (رأس لانوف، بئر السبع، عين الأسد). */
  static final Set<String> PLACE_NAME_OPENERS =
      Set.of(
          "عين", "راس", "بئر", "بيت", "تل", "دير", "كفر", "سيدي", "بني", "ابو", "جبل", "وادي",
          "سوق", "قصر", "برج", "خان", "ام", "حمام", "مرسي", "باب");

  /** Place words that name a place even with the article: العاصمة طرابلس. */
  static final Set<String> DEFINITE_TRIGGERS = Set.of("العاصمه");

  private PlaceRule() {}

  static void propose(TokenFacts facts, List<Candidate> out) {
    ProjectedText text = facts.text;
    int n = facts.size();
    for (int t = 0; t + 1 < n; t++) {
      if (!facts.words[t].placeTrigger || !facts.joined(t)) {
        continue;
      }
      // المدينة، البلدة: with the article a place word points back to a place already named.
      if (facts.hasArticle(t) && !facts.is(t, WordFacts.DEFINITE_TRIGGER)) {
        continue;
      }
      int j = t + 1;
      if (facts.titleTokens[j] > 0) {
        continue;
      }
      if (facts.gazetteer[j] != null) {
        facts.gazetteer[j].vouched = true;
        continue;
      }
      if (!facts.isArabicWord(j) || facts.isNisba(j) || facts.startsWithWaw(j)) {
        continue;
      }
      int last = j;
      if (facts.is(j, WordFacts.PLACE_OPENER) && j + 1 < n && facts.joined(j)) {
        if (!facts.isArabicWord(j + 1) || facts.wordClass[j + 1] == WordClass.STOP) {
          continue;
        }
        last = j + 1;
      } else if (facts.isWord(j) || facts.looksLikeVerb(j)) {
        continue;
      }
      Candidate candidate =
          new Candidate(
              Candidate.Source.PLACE_TRIGGER,
              facts.part,
              j,
              last,
              text.start(j),
              text.end(last),
              EntityType.LOCATION);
      candidate.vouched = true;
      out.add(candidate);
    }
  }
}
