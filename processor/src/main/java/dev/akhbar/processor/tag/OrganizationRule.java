package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;
import java.util.List;

/**
 * A head word opens an organization's name (حزب العدالة والبناء، وزارة الخارجية المصرية، جامعة
 * القاهرة، شركة أرامكو). The name runs over definite words, words joined by و that carry on the
 * name (وتكنولوجيا المعلومات), known names, and unknown proper nouns; it ends after the nationality
 * adjectives that close it, or before a function word, a verb or punctuation. When the head only
 * wraps a known organization (حركة حماس), the mention keeps that organization's canonical name.
 */
final class OrganizationRule {

  /** The most tokens an organization's name takes after its head. */
  static final int MAX_NAME_TOKENS = 7;

  private OrganizationRule() {}

  static void propose(TokenFacts facts, Lexicon lexicon, List<Candidate> out) {
    ProjectedText text = facts.text;
    int n = facts.size();
    for (int t = 0; t < n; t++) {
      TokenTable.Found<OrgHead> found = lexicon.orgHeads.lookup(text, t);
      if (found == null
          || facts.gazetteer[t] != null
          || facts.inTitle[t]
          || t + 1 >= n
          || !facts.joined(t)) {
        continue;
      }
      OrgHead head = found.value();
      // الوزارة، الهيئة: a definite head alone points back to an organization already named; it
      // opens a name only when a definite word or a known name follows (المؤسسة الوطنية للنفط).
      boolean definiteHead = facts.isDefinite(t);
      int j = t + 1;
      if (head.kind() == OrgHead.Kind.NISBA) {
        if (!facts.isNisba(j)) {
          continue;
        }
      } else if (head.kind() == OrgHead.Kind.WEAK && weakFollower(facts, head, j)) {
        continue;
      }
      int last = t;
      int names = 0;
      Candidate wrapped = null;
      String country = null;
      while (j < n && facts.joined(j - 1) && names < MAX_NAME_TOKENS) {
        Candidate known = facts.gazetteer[j];
        if (known != null && known.type == EntityType.PERSON) {
          break;
        }
        if (known != null) {
          if (names == 0 && known.type == EntityType.ORGANIZATION) {
            wrapped = known;
          } else {
            wrapped = null;
          }
          names += known.lastToken - j + 1;
          last = known.lastToken;
          j = known.lastToken + 1;
          continue;
        }
        if (facts.isNisba(j)) {
          while (j < n && facts.isNisba(j) && (j == last + 1) && facts.joined(j - 1)) {
            if (country == null && !facts.nisba[j].isEmpty()) {
              country = facts.nisba[j];
            }
            last = j;
            j++;
          }
          names++;
          wrapped = names == 1 ? null : wrapped;
          break;
        }
        if (!continuesName(facts, j) || (definiteHead && !facts.isDefinite(j))) {
          break;
        }
        wrapped = null;
        names++;
        last = j;
        j++;
      }
      while (last > t && facts.startsWithWaw(last) && !facts.isNisba(last)) {
        last--;
      }
      if (last == t) {
        continue;
      }
      Candidate candidate =
          new Candidate(
              Candidate.Source.ORG_HEAD,
              facts.part,
              t,
              last,
              text.start(t) + found.clitics(),
              text.end(last),
              EntityType.ORGANIZATION);
      if (wrapped != null) {
        candidate.senses = wrapped.senses;
      }
      candidate.countryCode = country;
      out.add(candidate);
    }
  }

  private static boolean weakFollower(TokenFacts facts, OrgHead head, int j) {
    String follower = MatchForm.of(facts.text.token(j));
    String bare = facts.hasArticle(j) ? follower.substring(2) : follower;
    return head.blocked().contains(follower)
        || head.blocked().contains(bare)
        || (facts.isWord(j) && !facts.isDefinite(j))
        || facts.wordClass[j] == WordClass.STOP
        || facts.wordClass[j] == WordClass.GENERIC
        || facts.isNisba(j);
  }

  private static boolean continuesName(TokenFacts facts, int j) {
    if (!facts.isArabicWord(j) || facts.titleTokens[j] > 0) {
      return false;
    }
    if (facts.firstName[j] == TokenFacts.FIRST_NAME
        || NameParser.CONNECTORS.contains(facts.text.token(j))) {
      return false;
    }
    WordClass wordClass = facts.wordClass[j];
    if (wordClass == WordClass.STOP || wordClass == WordClass.GENERIC) {
      return false;
    }
    if (facts.isDefinite(j)) {
      return true;
    }
    boolean nextDefinite = j + 1 < facts.size() && facts.joined(j) && facts.isDefinite(j + 1);
    if (facts.startsWithWaw(j)) {
      return nextDefinite;
    }
    if (Clitics.isPreposition(facts.first(j))) {
      // لحقوق الإنسان، لمكافحة المخدرات: a preposition carries the name on only into a definite
      // word.
      return nextDefinite;
    }
    return wordClass == null && !facts.looksLikeVerb(j);
  }
}
