package dev.akhbar.processor.tag;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists behind the tagger's rules (all under {@code gazetteer/}): first names, titles and
 * roles, organization heads, place triggers, nationality adjectives (nisba) and common words.
 * Immutable after loading.
 */
final class Lexicon {

  static final String FIRST_NAMES = Gazetteer.FOLDER + "first-names.txt";
  static final String TITLES = Gazetteer.FOLDER + "titles.txt";
  static final String ORG_HEADS = Gazetteer.FOLDER + "org-heads.tsv";
  static final String PLACE_TRIGGERS = Gazetteer.FOLDER + "place-triggers.txt";
  static final String NISBAS = Gazetteer.FOLDER + "nisbas.tsv";
  static final String WORDS = Gazetteer.FOLDER + "words.tsv";

  /** Endings of a nisba adjective after its masculine singular -ي: ليبية، ليبيون، ليبيين … */
  static final String[] NISBA_ENDINGS = {"", "ة", "ون", "ين", "ان", "تان", "تين", "ات"};

  /** A country-less nisba (العربي، الدولي) maps to this code. */
  static final String NO_COUNTRY = "";

  private static final String AMBIGUOUS_MARK = "~";

  /** First names; the value is true when the name is also an ordinary word (أمل، سعيد). */
  final TokenTable<Boolean> firstNames = new TokenTable<>(false);

  /** Titles and roles; the value is true for a title that is also an ordinary noun (الفريق). */
  final PhraseTable<Boolean> titles = new PhraseTable<>();

  final TokenTable<OrgHead> orgHeads = new TokenTable<>(true);
  final TokenTable<Boolean> placeTriggers = new TokenTable<>(true);

  /** Nationality adjectives in all their forms, to the ISO code they imply ("" for none). */
  final TokenTable<String> nisbas = new TokenTable<>(true);

  final TokenTable<WordClass> words = new TokenTable<>(true);

  private Lexicon() {}

  static Lexicon load() {
    Lexicon lexicon = new Lexicon();
    for (String[] row : ResourceLines.read(FIRST_NAMES)) {
      boolean ambiguous = row[0].startsWith(AMBIGUOUS_MARK);
      lexicon.firstNames.put(ambiguous ? row[0].substring(1) : row[0], ambiguous);
    }
    for (String[] row : ResourceLines.read(TITLES)) {
      boolean ambiguous = row[0].startsWith(AMBIGUOUS_MARK);
      lexicon.titles.put(ambiguous ? row[0].substring(1) : row[0], ambiguous, (a, b) -> a && b);
    }
    for (String[] row : ResourceLines.read(ORG_HEADS)) {
      OrgHead.Kind kind =
          OrgHead.Kind.valueOf(ResourceLines.field(row, 1).toUpperCase(Locale.ROOT));
      Set<String> blocked = new HashSet<>();
      for (String word : ResourceLines.items(ResourceLines.field(row, 2))) {
        blocked.add(MatchForm.of(word));
      }
      lexicon.orgHeads.put(row[0], new OrgHead(kind, Set.copyOf(blocked)));
    }
    for (String[] row : ResourceLines.read(PLACE_TRIGGERS)) {
      lexicon.placeTriggers.put(row[0], Boolean.TRUE);
    }
    for (String[] row : ResourceLines.read(Gazetteer.COUNTRY_VARIANTS)) {
      for (String nisba : ResourceLines.items(ResourceLines.field(row, 3))) {
        lexicon.addNisba(nisba, row[0].toUpperCase(Locale.ROOT));
      }
    }
    for (String[] row : ResourceLines.read(NISBAS)) {
      String code = ResourceLines.field(row, 1);
      lexicon.addNisba(row[0], code.equals("-") ? NO_COUNTRY : code.toUpperCase(Locale.ROOT));
    }
    for (String[] row : ResourceLines.read(WORDS)) {
      WordClass wordClass = WordClass.valueOf(ResourceLines.field(row, 1).toUpperCase(Locale.ROOT));
      lexicon.words.put(row[0], wordClass);
    }
    lexicon.addTrainingVocabulary();
    return lexicon;
  }

  /**
   * Every word of the topic classifier's training sentences is an ordinary word too: they were
   * written without names, so they widen the common-word list at no cost. First names, nisbas and
   * titles among them are left out.
   */
  private void addTrainingVocabulary() {
    for (String[] row : ResourceLines.read(TopicModelTrainer.EXAMPLES)) {
      ProjectedText text = ProjectedText.of(ResourceLines.field(row, 1));
      for (int t = 0; t < text.tokenCount(); t++) {
        if (firstNames.find(text, t) != null
            || nisbas.find(text, t) != null
            || titles.getToken(text, t) != null
            || words.find(text, t) != null) {
          continue;
        }
        words.put(text.token(t), WordClass.WORD);
      }
    }
  }

  private void addNisba(String masculine, String code) {
    for (String ending : NISBA_ENDINGS) {
      nisbas.put(masculine + ending, code);
    }
  }

  /** True when token {@code t} is a listed common word in any of its peeled forms. */
  boolean isWord(ProjectedText text, int t) {
    return words.find(text, t) != null;
  }

  /** The country a nisba token implies, "" for a country-less one, null when not a nisba. */
  String nisba(ProjectedText text, int t) {
    return nisbas.find(text, t);
  }
}
