package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;
import java.util.Set;

/**
 * Reads a person's name from a token on: first names, family names (often with the article:
 * المسماري), and the connectors of Arabic names (عبد الفتاح، بن سلمان، أبو عبيدة، ولد الغزواني). A
 * name stops at punctuation, a common word, a nationality adjective, a title, a known place or
 * organization, a word glued to و, or what looks like a verb.
 */
final class NameParser {

  /** The longest name read, in tokens. */
  static final int MAX_NAME_TOKENS = 4;

  /** Words that bind to the next word inside a name. */
  static final Set<String> CONNECTORS =
      Set.of("عبد", "بن", "ابن", "بنت", "ابو", "ام", "ال", "ولد", "بو");

  /** Second halves of compound given names (نور الدين، عبد الله، فتح الله). */
  static final Set<String> COMPOUND_ENDS = Set.of("الدين", "الله", "الاسلام", "الرحمن");

  private NameParser() {}

  /**
   * How many tokens of a name start at token {@code t} (0: none). The first token may carry a
   * proclitic only when it is a listed first name.
   */
  static int parse(TokenFacts facts, int t) {
    return parse(facts, t, false);
  }

  /**
   * As {@link #parse(TokenFacts, int)}; with {@code overKnown} the first token may be a weak
   * gazetteer person, so that a title can read the fuller name (الوزير عون ذياب).
   */
  static int parse(TokenFacts facts, int t, boolean overKnown) {
    if (!(overKnown ? facts.isArabicWord(t) : canStart(facts, t))) {
      return 0;
    }
    int count = 1;
    if (isConnector(facts, t)) {
      if (!facts.joined(t) || !canContinue(facts, t + 1, true)) {
        return 0;
      }
      count = 2;
    }
    while (count < MAX_NAME_TOKENS && facts.joined(t + count - 1)) {
      int k = t + count;
      if (isConnector(facts, k)) {
        if (count + 2 <= MAX_NAME_TOKENS && facts.joined(k) && canContinue(facts, k + 1, true)) {
          count += 2;
          continue;
        }
        break;
      }
      if (facts.is(k, WordFacts.COMPOUND_END)) {
        count++;
        continue;
      }
      Candidate known = facts.gazetteer[k];
      if (known != null && known.type == EntityType.PERSON) {
        count += known.lastToken - k + 1;
        break;
      }
      if (!canContinue(facts, k, false)) {
        if (familyNisba(facts, k)) {
          count++;
        }
        break;
      }
      count++;
    }
    return count;
  }

  private static boolean canStart(TokenFacts facts, int t) {
    if (t >= facts.size() || !facts.isArabicWord(t)) {
      return false;
    }
    if (facts.gazetteer[t] != null || facts.isNisba(t) || facts.titleTokens[t] > 0) {
      return false;
    }
    if (facts.firstName[t] != TokenFacts.NOT_FIRST_NAME) {
      return true;
    }
    if (isConnector(facts, t)) {
      return true;
    }
    if (facts.hasArticle(t)
        && facts.joined(t)
        && t + 1 < facts.size()
        && facts.isBareFirstName(t + 1)) {
      // المتقاعد خليفة حفتر: a definite word before a first name describes, it is not a name.
      return false;
    }
    return !facts.isWord(t) && !facts.looksLikeVerbAtNameStart(t) && !facts.startsWithWaw(t);
  }

  /**
   * Many family names are nisbas (السويدي، المصري): one right after a first name ends the name
   * instead of being read as an adjective.
   */
  private static boolean familyNisba(TokenFacts facts, int k) {
    return facts.isNisba(k)
        && facts.hasArticle(k)
        && facts.isBareFirstName(k - 1)
        && !facts.isWord(k)
        && (k + 1 >= facts.size() || !facts.joined(k) || !facts.isNisba(k + 1));
  }

  private static boolean canContinue(TokenFacts facts, int k, boolean afterConnector) {
    if (k >= facts.size() || !facts.isArabicWord(k)) {
      return false;
    }
    if (facts.isBareFirstName(k)) {
      return true;
    }
    if (facts.isDefinite(k) && !facts.hasArticle(k)) {
      // للصحفيين، بالعاصمة، والجيش: a name part never carries a proclitic.
      return false;
    }
    if (afterConnector && facts.wordClass[k] != WordClass.STOP) {
      return facts.gazetteer[k] == null || facts.gazetteer[k].type == EntityType.PERSON;
    }
    if (facts.titleTokens[k] > 0 && facts.titleAmbiguous[k] && facts.titleTokens[k] == 1) {
      return facts.hasArticle(k);
    }
    if (facts.gazetteer[k] != null || facts.isNisba(k) || facts.titleTokens[k] > 0) {
      return false;
    }
    return !facts.isWord(k) && !facts.looksLikeVerb(k) && !facts.startsWithWaw(k);
  }

  private static boolean isConnector(TokenFacts facts, int t) {
    return t < facts.size() && facts.is(t, WordFacts.CONNECTOR);
  }
}
