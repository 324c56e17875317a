package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;
import java.util.List;

/**
 * A head word opens an organization's name (حزب العدالة والبناء، وزارة الخارجية المصرية، جامعة
 * القاهرة، شركة أرامكو، منظمة أطباء العالم). The name runs over definite words, construct chains of
 * common nouns (أطباء العالم، أعضاء هيئة التدريس), words joined by و that carry on the name
 * (وتكنولوجيا المعلومات), a title and name (مستشفى الملك خالد), known names, and unknown proper
 * nouns; it ends after the nationality adjectives that close it, or before a function word, a verb,
 * a first name or punctuation, and never on an indefinite common noun. When the head only wraps a
 * known organization (حركة حماس), the mention keeps that organization's canonical name.
 */
final class OrganizationRule {

  /** The most tokens an organization's name takes after its head. */
  static final int MAX_NAME_TOKENS = 7;

  private static final char HEH = '\u0647';
  private static final char ALEF = '\u0627';
  private static final char MEEM = '\u0645';

  private OrganizationRule() {}

  static void propose(TokenFacts facts, List<Candidate> out) {
    int n = facts.size();
    for (int t = 0; t < n; t++) {
      OrgHead head = facts.words[t].orgHead;
      Candidate atHead = facts.gazetteer[t];
      if (head == null
          || (atHead != null && (atHead.type != EntityType.ORGANIZATION || atHead.firstToken != t))
          || facts.inTitle[t]
          || t + 1 >= n
          || !facts.joined(t)) {
        continue;
      }
      Candidate candidate = read(facts, t, head);
      if (candidate != null) {
        out.add(candidate);
      }
    }
  }

  private static Candidate read(TokenFacts facts, int t, OrgHead head) {
    int n = facts.size();
    int j = t + 1;
    if (head.kind() == OrgHead.Kind.NISBA) {
      if (!facts.isNisba(j)) {
        return null;
      }
    } else if (head.kind() == OrgHead.Kind.WEAK && weakFollower(facts, head, j)) {
      return null;
    }
    // الوزارة، الهيئة: a definite head alone points back to an organization already named; it
    // opens a name only when a definite word or a known name follows (المؤسسة الوطنية للنفط).
    boolean definiteHead = facts.isDefinite(t);
    int last = t;
    int names = 0;
    Candidate wrapped = null;
    String country = null;
    boolean afterKnown = false;
    Candidate atHead = facts.gazetteer[t];
    if (atHead != null) {
      // The head starts a known organization: read on only past its end (المركز الوطني للأرصاد …).
      last = atHead.lastToken;
      j = last + 1;
      names = last - t;
      wrapped = atHead;
      afterKnown = true;
    }
    while (j < n && facts.joined(j - 1) && names < MAX_NAME_TOKENS) {
      Candidate known = facts.gazetteer[j];
      if (known != null && known.firstToken < j) {
        known = null;
      }
      if (afterKnown && known == null && !facts.isNisba(j) && !closesName(facts, j)) {
        break;
      }
      if (known != null && known.type == EntityType.PERSON) {
        break;
      }
      if (known != null) {
        if (afterKnown) {
          break;
        }
        wrapped = names == 0 && known.type == EntityType.ORGANIZATION ? known : null;
        names += known.lastToken - j + 1;
        last = known.lastToken;
        j = known.lastToken + 1;
        afterKnown = true;
        continue;
      }
      if (names == 0 && !definiteHead && facts.titleTokens[j] > 0 && !facts.titleAmbiguous[j]) {
        int name = NameParser.parse(facts, j + facts.titleTokens[j]);
        if (name == 0) {
          break;
        }
        names += facts.titleTokens[j] + name;
        last = j + facts.titleTokens[j] + name - 1;
        j = last + 1;
        continue;
      }
      if (facts.isNisba(j)) {
        while (j < n && facts.isNisba(j) && facts.joined(j - 1)) {
          if (country == null && !facts.nisba[j].isEmpty()) {
            country = facts.nisba[j];
          }
          last = j;
          j++;
        }
        wrapped = names == 0 ? wrapped : null;
        names++;
        break;
      }
      if (!continuesName(facts, j, names) || (definiteHead && !facts.isDefinite(j))) {
        break;
      }
      wrapped = null;
      names++;
      last = j;
      j++;
    }
    while (last > t && endsBadly(facts, last)) {
      last--;
    }
    if (last == t) {
      return null;
    }
    if (facts.gazetteer[t] != null && last <= facts.gazetteer[t].lastToken) {
      return null;
    }
    Candidate candidate =
        new Candidate(
            Candidate.Source.ORG_HEAD,
            facts.part,
            t,
            last,
            facts.text.start(t) + facts.words[t].orgHeadClitics,
            facts.text.end(last),
            EntityType.ORGANIZATION);
    if (wrapped != null && wrapped.lastToken >= last - (country == null ? 0 : 1)) {
      candidate.senses = wrapped.senses;
    }
    candidate.countryCode = country;
    return candidate;
  }

  /**
   * After a known place or organization, a name goes on only with what plainly belongs to it: ل or
   * و with the article (للعلوم والتقنية) or a definite word that is not a common one.
   */
  private static boolean closesName(TokenFacts facts, int j) {
    char[] chars = facts.text.chars();
    int s = facts.text.start(j);
    if (facts.text.tokenLength(j) > 4 && chars[s] == '\u0644' && chars[s + 1] == '\u0644') {
      return true;
    }
    if (facts.startsWithWaw(j) && facts.isDefinite(j)) {
      return true;
    }
    return facts.hasArticle(j) && !facts.isWord(j);
  }

  /** A name does not end on a word glued to و, nor on an indefinite common noun. */
  private static boolean endsBadly(TokenFacts facts, int last) {
    if (facts.isNisba(last) || facts.gazetteer[last] != null) {
      return false;
    }
    return facts.startsWithWaw(last) || (facts.isWord(last) && !facts.isDefinite(last));
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

  private static boolean continuesName(TokenFacts facts, int j, int names) {
    if (!facts.isArabicWord(j) || facts.titleTokens[j] > 0) {
      return false;
    }
    if (facts.firstName[j] == TokenFacts.FIRST_NAME || facts.is(j, WordFacts.CONNECTOR)) {
      return false;
    }
    WordClass wordClass = facts.wordClass[j];
    if (wordClass == WordClass.STOP || wordClass == WordClass.GENERIC) {
      return false;
    }
    if (facts.isDefinite(j)) {
      // بالقرار، كالعادة: ب and ك with the article start a phrase, never a name's next word.
      char first = facts.first(j);
      return facts.hasArticle(j) || (first != '\u0628' && first != '\u0643');
    }
    boolean nextJoined = j + 1 < facts.size() && facts.joined(j);
    if (facts.startsWithWaw(j) || Clitics.isPreposition(facts.first(j))) {
      // و carries a name on (وتكنولوجيا المعلومات), a preposition too (لحقوق الإنسان), only into a
      // definite word.
      return nextJoined && facts.isDefinite(j + 1);
    }
    if (wordClass == WordClass.WORD) {
      // A construct chain (أطباء العالم، أعضاء هيئة التدريس) runs on to a definite word.
      return nextJoined;
    }
    if (names > 0 && hasPronounSuffix(facts, j)) {
      return false;
    }
    return !facts.looksLikeVerb(j);
  }

  /** رأسمالها، قواتهم: a word with an attached pronoun is not part of a name. */
  private static boolean hasPronounSuffix(TokenFacts facts, int j) {
    int length = facts.text.tokenLength(j);
    char last = facts.last(j);
    char before = facts.text.charAt(facts.text.end(j) - 2);
    return length > 4 && before == HEH && (last == ALEF || last == MEEM);
  }
}
