package dev.akhbar.processor.tag;

/**
 * Light stemming of match-form words, in two strengths. Neither touches the inside of a word, so
 * names survive (بنغازي stays بنغازي; Lucene's ArabicStemmer would make it نغاز).
 *
 * <ul>
 *   <li>{@link #keywordStem}: drops only the article and the proclitics glued before it
 *       (والانتخابات → انتخابات, للحكومة → حكومه): what a reader would call the same word.
 *   <li>{@link #featureStem}: for the topic classifier, also a lone و or ف before a long word and
 *       the commonest plural and pronoun endings, trading some precision for fewer sparse features.
 * </ul>
 */
final class LightStemmer {

  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';
  private static final char TEH = '\u062A';
  private static final char NOON = '\u0646';
  private static final char HEH = '\u0647';
  private static final char WAW = '\u0648';
  private static final char YEH = '\u064A';
  private static final char MEEM = '\u0645';

  /** A stem keeps at least this many chars. */
  static final int MIN_STEM_CHARS = 3;

  private LightStemmer() {}

  static String keywordStem(char[] chars, int start, int end) {
    int s = afterArticle(chars, start, end);
    return new String(chars, s, end - s);
  }

  static String featureStem(char[] chars, int start, int end) {
    int s = afterArticle(chars, start, end);
    if (s == start && end - start >= MIN_STEM_CHARS + 2 && Clitics.isConjunction(chars[start])) {
      s = start + 1;
    }
    int e = end;
    if (e - s >= MIN_STEM_CHARS + 2) {
      char a = chars[e - 2];
      char b = chars[e - 1];
      if ((a == ALEF && b == TEH)
          || (a == WAW && b == NOON)
          || (a == YEH && b == NOON)
          || (a == HEH && b == ALEF)
          || (a == HEH && b == MEEM)
          || (a == ALEF && b == NOON)) {
        e -= 2;
      }
    }
    if (e - s >= MIN_STEM_CHARS + 1 && chars[e - 1] == HEH) {
      e -= 1;
    }
    return new String(chars, s, e - s);
  }

  /** Where a word starts once its article and the proclitics before it are dropped. */
  private static int afterArticle(char[] chars, int start, int end) {
    int length = end - start;
    if (length < MIN_STEM_CHARS + 2) {
      return start;
    }
    for (int clitics = 0; clitics <= 2; clitics++) {
      int a = start + clitics;
      if (clitics > 0
          && !(Clitics.isConjunction(chars[start]) || Clitics.isPreposition(chars[start]))) {
        break;
      }
      if (clitics == 2 && !Clitics.isPreposition(chars[start + 1])) {
        break;
      }
      if (length - clitics - 2 >= MIN_STEM_CHARS && chars[a] == ALEF && chars[a + 1] == LAM) {
        return a + 2;
      }
    }
    // ل + ال loses its alef: للحكومة.
    if (length - 2 >= MIN_STEM_CHARS && chars[start] == LAM && chars[start + 1] == LAM) {
      return start + 2;
    }
    if (length - 3 >= MIN_STEM_CHARS
        && Clitics.isConjunction(chars[start])
        && chars[start + 1] == LAM
        && chars[start + 2] == LAM) {
      return start + 3;
    }
    return start;
  }
}
