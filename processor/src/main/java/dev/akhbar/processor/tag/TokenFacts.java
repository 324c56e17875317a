package dev.akhbar.processor.tag;

import dev.akhbar.common.record.EntityType;

/**
 * What the lists say about each token of one text, looked up once and shared by the rules: common
 * word class, nationality, first name, title, and the gazetteer match covering the token.
 */
final class TokenFacts {

  /** First-name status of a token. */
  static final byte NOT_FIRST_NAME = 0;

  static final byte FIRST_NAME = 1;
  static final byte AMBIGUOUS_FIRST_NAME = 2;

  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';
  private static final char WAW = '\u0648';
  private static final char YEH = '\u064A';
  private static final char TEH = '\u062A';
  private static final char HEH = '\u0647';

  final ProjectedText text;
  final int part;
  final WordClass[] wordClass;
  final String[] nisba;
  final byte[] firstName;

  /** Proclitic chars before the first name (ومحمد: 1). */
  final byte[] firstNameClitics;

  /** Tokens of the title phrase starting at a token (0: none), and its peeled clitic chars. */
  final int[] titleTokens;

  final int[] titleClitics;

  /** True when the title starting at a token is also an ordinary noun (الفريق team or rank). */
  final boolean[] titleAmbiguous;

  /** True for a token inside a title phrase (الخارجية in وزير الخارجية). */
  final boolean[] inTitle;

  /** The gazetteer candidate covering a token, or null. */
  final Candidate[] gazetteer;

  /** The facts of each token's word form. */
  final WordFacts[] words;

  TokenFacts(ProjectedText text, int part, Lexicon lexicon, WordMemo memo) {
    this.text = text;
    this.part = part;
    int n = text.tokenCount();
    words = new WordFacts[n];
    wordClass = new WordClass[n];
    nisba = new String[n];
    firstName = new byte[n];
    firstNameClitics = new byte[n];
    titleTokens = new int[n];
    titleClitics = new int[n];
    titleAmbiguous = new boolean[n];
    inTitle = new boolean[n];
    gazetteer = new Candidate[n];
    for (int t = 0; t < n; t++) {
      WordFacts word = memo.of(text, t);
      words[t] = word;
      wordClass[t] = word.wordClass;
      nisba[t] = word.nisba;
      firstName[t] = word.firstName;
      firstNameClitics[t] = word.firstNameClitics;
      PhraseTable.Match<Boolean> title =
          word.opensTitle != 0
              ? lexicon.titles.longestAt(text, t, word, word.opensTitle, true)
              : null;
      if (title != null) {
        titleTokens[t] = title.tokenCount();
        titleClitics[t] = title.skip();
        titleAmbiguous[t] = title.value();
        for (int k = t; k < t + title.tokenCount(); k++) {
          inTitle[k] = true;
        }
      }
    }
  }

  /** True when token {@code t}'s word is in the closed class {@code bit} of {@link WordFacts}. */
  boolean is(int t, int bit) {
    return (words[t].shape & bit) != 0;
  }

  int size() {
    return text.tokenCount();
  }

  boolean joined(int t) {
    return text.joinedToNext(t);
  }

  boolean isWord(int t) {
    return wordClass[t] != null;
  }

  boolean isNisba(int t) {
    return nisba[t] != null;
  }

  /** A first name written whole, with no clitic glued to it. */
  boolean isBareFirstName(int t) {
    return firstName[t] != NOT_FIRST_NAME && firstNameClitics[t] == 0;
  }

  boolean isGazetteer(int t, EntityType type) {
    return gazetteer[t] != null && gazetteer[t].type == type;
  }

  boolean hasArticle(int t) {
    return TokenTable.startsWithArticle(text.chars(), text.start(t), text.end(t));
  }

  char first(int t) {
    return text.charAt(text.start(t));
  }

  char last(int t) {
    return text.charAt(text.end(t) - 1);
  }

  boolean startsWithWaw(int t) {
    return first(t) == WAW;
  }

  /** True for a token of Arabic letters only, at least two of them. */
  boolean isArabicWord(int t) {
    if (text.tokenLength(t) < 2) {
      return false;
    }
    for (int i = text.start(t); i < text.end(t); i++) {
      char c = text.charAt(i);
      if (c < '\u0621' || c > '\u064A') {
        return false;
      }
    }
    return true;
  }

  /**
   * Looks like an imperfect verb (يزور، تؤكد): starts with yeh or teh, four or five letters, and
   * does not end in heh (which names like تكالة do once teh marbuta is folded).
   */
  boolean looksLikeVerb(int t) {
    int length = text.tokenLength(t);
    char c = first(t);
    return (c == YEH || c == TEH) && length >= 4 && length <= 5 && last(t) != HEH;
  }

  /**
   * The test for a name's first word: only the yeh-initial form counts, because many foreign names
   * start with teh (توماس، تيريزا) where a verb after a title would most often start with yeh.
   */
  boolean looksLikeVerbAtNameStart(int t) {
    int length = text.tokenLength(t);
    return first(t) == YEH && length >= 4 && length <= 5 && last(t) != HEH;
  }

  /** A token starting with the article, or with ل + ال (whose alef is dropped: للعلوم). */
  boolean isDefinite(int t) {
    if (hasArticle(t)) {
      return true;
    }
    char[] chars = text.chars();
    int s = text.start(t);
    int length = text.tokenLength(t);
    if (length > 4
        && Clitics.isPreposition(chars[s])
        && chars[s + 1] == ALEF
        && chars[s + 2] == LAM) {
      return true;
    }
    if (length > 4
        && Clitics.isConjunction(chars[s])
        && chars[s + 1] == ALEF
        && chars[s + 2] == LAM) {
      return true;
    }
    return length > 3 && chars[s] == LAM && chars[s + 1] == LAM;
  }
}
