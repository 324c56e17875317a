package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;
import java.util.List;

/**
 * A title or role before a name marks a person (الرئيس، اللواء، وزير الخارجية، المتحدث باسم …).
 * Between the title and the name may stand what describes the role: nationality adjectives, the
 * portfolio (الخارجية), a known organization or place, more titles (وزير الخارجية السعودي الأمير
 * فيصل بن فرحان). The nationality found there becomes the person's country.
 */
final class TitleRule {

  /** The most tokens of description read between a title and a name. */
  static final int MAX_DESCRIPTION_TOKENS = 6;

  private TitleRule() {}

  static void propose(TokenFacts facts, List<Candidate> out) {
    int n = facts.size();
    for (int t = 0; t < n; t++) {
      if (facts.titleTokens[t] == 0) {
        continue;
      }
      boolean ambiguous = facts.titleAmbiguous[t];
      int j = t + facts.titleTokens[t];
      String country = null;
      int described = 0;
      while (j < n && facts.joined(j - 1) && described < MAX_DESCRIPTION_TOKENS) {
        Candidate known = facts.gazetteer[j];
        if (known != null && known.type != EntityType.PERSON) {
          country = country != null ? country : countryOf(known);
          described += known.lastToken - j + 1;
          j = known.lastToken + 1;
          continue;
        }
        if (known != null) {
          break;
        }
        if (facts.titleTokens[j] > 0) {
          ambiguous = facts.titleAmbiguous[j];
          described += facts.titleTokens[j];
          j += facts.titleTokens[j];
          continue;
        }
        if (facts.isNisba(j)) {
          if (country == null && !facts.nisba[j].isEmpty()) {
            country = facts.nisba[j];
          }
          described++;
          j++;
          continue;
        }
        if (facts.isWord(j) && facts.isDefinite(j)) {
          described++;
          j++;
          continue;
        }
        if (facts.wordClass[j] == WordClass.STOP && introducesKnownName(facts, j)) {
          described++;
          j++;
          continue;
        }
        break;
      }
      if (j >= n
          || !facts.joined(j - 1)
          || (facts.wordClass[j] == WordClass.STOP
              && facts.firstName[j] == TokenFacts.NOT_FIRST_NAME)) {
        continue;
      }
      Candidate known = facts.gazetteer[j];
      if (known != null) {
        known.vouched = true;
        if (known.type != EntityType.PERSON || !weakOnly(known)) {
          continue;
        }
      }
      int length = NameParser.parse(facts, j, known != null);
      if (length == 0 || (known != null && j + length - 1 <= known.lastToken)) {
        continue;
      }
      if (ambiguous && known == null && !looksLikeAName(facts, j, length)) {
        continue;
      }
      int last = j + length - 1;
      Candidate candidate =
          new Candidate(
              Candidate.Source.TITLE,
              facts.part,
              j,
              last,
              facts.text.start(j) + facts.firstNameClitics[j],
              facts.text.end(last),
              EntityType.PERSON);
      candidate.countryCode = country;
      candidate.vouched = true;
      out.add(candidate);
    }
  }

  /**
   * After a title that is also an ordinary noun (الفريق team or general), the words read must look
   * like a name on their own: a first name in them, or a family name with the article.
   */
  private static boolean looksLikeAName(TokenFacts facts, int j, int length) {
    for (int k = j; k < j + length; k++) {
      if (facts.firstName[k] != TokenFacts.NOT_FIRST_NAME) {
        return true;
      }
      if (k > j && facts.hasArticle(k) && !facts.isWord(k)) {
        return true;
      }
    }
    return false;
  }

  /** A function word that links a role to a known organization or place (باسم، في، لدى). */
  private static boolean introducesKnownName(TokenFacts facts, int j) {
    int next = j + 1;
    return next < facts.size()
        && facts.joined(j)
        && facts.gazetteer[next] != null
        && facts.gazetteer[next].type != EntityType.PERSON;
  }

  static boolean weakOnly(Candidate known) {
    for (Sense s : known.senses) {
      if (!s.weak()) {
        return false;
      }
    }
    return true;
  }

  private static String countryOf(Candidate known) {
    if (known.countryCode != null) {
      return known.countryCode;
    }
    return known.senses.length == 1 ? known.senses[0].countryCode() : null;
  }
}
