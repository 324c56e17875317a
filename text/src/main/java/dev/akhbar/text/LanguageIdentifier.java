package dev.akhbar.text;

import dev.akhbar.text.internal.ArabicLetters;
import dev.akhbar.text.internal.CharacterMap;
import dev.akhbar.text.internal.CharacterRule;
import dev.akhbar.text.internal.WordTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the language of a text from its letters and its commonest words: Arabic, Persian, Urdu,
 * English, French, and Arabic written in Latin letters (Arabizi). Thread-safe.
 *
 * <ol>
 *   <li>Letters are counted by script over the first {@link #DEFAULT_SAMPLE_CHARS} characters. At
 *       least {@link #MIN_ARABIC_SHARE} of them in the Arabic script makes an Arabic-script text;
 *       otherwise more Latin letters than others make a Latin-script text; otherwise {@code und}.
 *   <li>An Arabic-script text is {@code ar}, {@code fa} or {@code ur} by its function words (في،
 *       من، على / است، این، را / میں، اور، ہیں; compared in match form, so Arabic typed with
 *       Persian ی and ک still counts as Arabic), plus half a point per letter only one of them uses
 *       (ة ى for Arabic; پ چ ژ گ for Persian and Urdu; ٹ ڈ ڑ ں ے ہ for Urdu). Words common to two
 *       lists count for neither. With no evidence at all, Arabic.
 *   <li>A Latin-script text is Arabizi when its Arabizi words (3ala, ma3, ya3ni, el, ana…) plus two
 *       points per word that uses a digit as a letter (3arabi, 7abibi, ba2a) outscore its English
 *       and French function words; otherwise English or French by function words; {@code und} with
 *       none.
 * </ol>
 *
 * <p>The word lists are the resource {@code language-words.txt}.
 */
public final class LanguageIdentifier {

  /** Below this share of Arabic-script letters a text is not in the Arabic script. */
  public static final double MIN_ARABIC_SHARE = 0.5;

  /** How much of a text is looked at, in UTF-16 units; the rest does not change the guess. */
  public static final int DEFAULT_SAMPLE_CHARS = 100_000;

  public static final String WORDS_RESOURCE = "/dev/akhbar/text/language-words.txt";

  private static final double DISTINCTIVE_LETTER_WEIGHT = 0.5;
  private static final byte ARABIC_LETTER = 1;
  private static final byte LATIN_LETTER = 2;
  private static final byte OTHER_LETTER = 3;
  private static final int SCRIPT_MASK = 3;
  private static final int EVIDENCE_SHIFT = 2;
  private static final int ARABIC_ONLY = 1;
  private static final int PERSIAN_OR_URDU = 2;
  private static final int URDU_ONLY = 3;
  private static final int CLASSES = 16;

  /**
   * Per UTF-16 unit: its script when it is a letter (low two bits; 0 for a non-letter) and, above
   * them, whether it is a letter only Arabic uses, one Persian and Urdu use, or one only Urdu uses.
   */
  private static final byte[] LETTER_CLASS = letterClasses();

  private static final byte NOT_IN_WORDS = 0;
  private static final byte WORD_LETTER = 1;
  private static final byte WORD_OTHER = 2;
  private static final byte[] WORD_CHARACTER = wordCharacters();
  private static final double DIGIT_WORD_WEIGHT = 2.0;

  private enum Candidate {
    AR("ar"),
    FA("fa"),
    UR("ur"),
    EN("en"),
    FR("fr"),
    ARABIZI("ar");

    final String code;

    Candidate(String code) {
      this.code = code;
    }
  }

  private static final CharacterMap FOLDING =
      FormChain.characterMap(FormDefinition.defaults().match());
  private static final LanguageIdentifier DEFAULTS = new LanguageIdentifier(DEFAULT_SAMPLE_CHARS);

  private final int sampleChars;

  /** Every listed word, and the one candidate whose list it is on (shared words are dropped). */
  private final WordTable words;

  private final List<Candidate> candidateOfWord;

  /** The length of the longest listed word: longer words need no look-up. */
  private final int longestWord;

  private LanguageIdentifier(int sampleChars) {
    this.sampleChars = sampleChars;
    Map<Candidate, WordTable> lists = readWords();
    this.words = new WordTable();
    List<Candidate> candidates = new ArrayList<>();
    lists.forEach(
        (candidate, table) -> {
          for (int id = 0; id < table.size(); id++) {
            words.add(table.word(id));
            candidates.add(candidate);
          }
        });
    this.candidateOfWord = List.copyOf(candidates);
    int longest = 0;
    for (int id = 0; id < words.size(); id++) {
      longest = Math.max(longest, words.word(id).length());
    }
    this.longestWord = longest;
  }

  public static LanguageIdentifier defaults() {
    return DEFAULTS;
  }

  /** An identifier that looks at the first {@code sampleChars} UTF-16 units; at least 1. */
  public static LanguageIdentifier withSampleChars(int sampleChars) {
    if (sampleChars < 1) {
      throw new IllegalArgumentException("sampleChars must be at least 1, got " + sampleChars);
    }
    return new LanguageIdentifier(sampleChars);
  }

  public LanguageGuess identify(CharSequence text) {
    int n = Math.min(text.length(), sampleChars);
    char[] folded = new char[n];
    int foldedLength = 0;
    // Per letter class (LETTER_CLASS): its script and which language's letter it is, counted by
    // index rather than by branches.
    int[] byClass = new int[CLASSES];
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      byClass[LETTER_CLASS[c]]++;
      int mapped = FOLDING.map(c);
      if (mapped != CharacterRule.DELETE && !Character.isSurrogate(c)) {
        folded[foldedLength++] = (char) mapped;
      }
    }
    int arabic = 0;
    int latin = 0;
    int letters = 0;
    double arabicOnly = 0;
    double persianOrUrdu = 0;
    double urduOnly = 0;
    for (int k = 1; k < CLASSES; k++) {
      int count = byClass[k];
      letters += count;
      switch (k & SCRIPT_MASK) {
        case ARABIC_LETTER -> arabic += count;
        case LATIN_LETTER -> latin += count;
        default -> {
          // another script: a letter, evidence of nothing else
        }
      }
      switch (k >>> EVIDENCE_SHIFT) {
        case ARABIC_ONLY -> arabicOnly += count;
        case PERSIAN_OR_URDU -> persianOrUrdu += count;
        case URDU_ONLY -> urduOnly += count;
        default -> {
          // no evidence for one language over another
        }
      }
    }
    if (letters == 0) {
      return new LanguageGuess(LanguageGuess.UNDETERMINED, 0, LanguageGuess.OTHER_SCRIPT);
    }
    double share = (double) arabic / letters;
    Map<Candidate, Double> scores = countWords(folded, foldedLength);
    if (share >= MIN_ARABIC_SHARE) {
      double ar = scores.get(Candidate.AR) + DISTINCTIVE_LETTER_WEIGHT * arabicOnly;
      double fa = scores.get(Candidate.FA) + DISTINCTIVE_LETTER_WEIGHT * persianOrUrdu;
      double ur = scores.get(Candidate.UR) + DISTINCTIVE_LETTER_WEIGHT * (persianOrUrdu + urduOnly);
      String language = ar >= fa && ar >= ur ? "ar" : fa >= ur ? "fa" : "ur";
      return new LanguageGuess(language, share, LanguageGuess.ARABIC_SCRIPT);
    }
    if (latin * 2 <= letters) {
      return new LanguageGuess(LanguageGuess.UNDETERMINED, share, LanguageGuess.OTHER_SCRIPT);
    }
    double en = scores.get(Candidate.EN);
    double fr = scores.get(Candidate.FR);
    double arabizi = scores.get(Candidate.ARABIZI);
    String language;
    if (arabizi > Math.max(en, fr)) {
      language = "ar";
    } else if (en == 0 && fr == 0) {
      language = LanguageGuess.UNDETERMINED;
    } else {
      language = en >= fr ? "en" : "fr";
    }
    return new LanguageGuess(language, share, LanguageGuess.LATIN_SCRIPT);
  }

  /**
   * Function-word hits per candidate, and for Arabizi also the words that use digits as letters.
   */
  private Map<Candidate, Double> countWords(char[] folded, int length) {
    double[] counts = new double[Candidate.values().length];
    int i = 0;
    while (i < length) {
      if (!isWordCharacter(folded[i])) {
        i++;
        continue;
      }
      int end = i;
      boolean digitAsLetter = false;
      int wordLetters = 0;
      while (end < length && isWordCharacter(folded[end])) {
        if (isLetter(folded[end])) {
          wordLetters++;
        } else if (isArabiziDigit(folded[end])
            && ((end > i && isLetter(folded[end - 1]))
                || (end + 1 < length && isLetter(folded[end + 1])))) {
          digitAsLetter = true;
        }
        end++;
      }
      int id = end - i <= longestWord ? words.find(folded, i, end) : -1;
      if (id >= 0) {
        counts[candidateOfWord.get(id).ordinal()]++;
      }
      if (digitAsLetter && wordLetters >= 2) {
        counts[Candidate.ARABIZI.ordinal()] += DIGIT_WORD_WEIGHT;
      }
      i = end;
    }
    Map<Candidate, Double> scores = new EnumMap<>(Candidate.class);
    for (Candidate candidate : Candidate.values()) {
      scores.put(candidate, counts[candidate.ordinal()]);
    }
    return scores;
  }

  private static byte[] letterClasses() {
    byte[] table = new byte[0x10000];
    for (int c = 0; c < table.length; c++) {
      if (Character.isSurrogate((char) c) || !Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      int value =
          script == Character.UnicodeScript.ARABIC
              ? ARABIC_LETTER
              : script == Character.UnicodeScript.LATIN ? LATIN_LETTER : OTHER_LETTER;
      table[c] = (byte) (value | evidenceOf((char) c) << EVIDENCE_SHIFT);
    }
    return table;
  }

  /** Which language's letter {@code c} is: only Arabic's, Persian's and Urdu's, Urdu's, or none. */
  private static int evidenceOf(char c) {
    return switch (c) {
      case ArabicLetters.TEH_MARBUTA, ArabicLetters.ALEF_MAKSURA -> ARABIC_ONLY;
      case ArabicLetters.PEH, ArabicLetters.TCHEH, ArabicLetters.JEH, ArabicLetters.GAF ->
          PERSIAN_OR_URDU;
      case ArabicLetters.TTEH,
          ArabicLetters.DDAL,
          ArabicLetters.RREH,
          ArabicLetters.NOON_GHUNNA,
          ArabicLetters.YEH_BARREE,
          ArabicLetters.YEH_BARREE_WITH_HAMZA_ABOVE,
          ArabicLetters.HEH_GOAL ->
          URDU_ONLY;
      default -> 0;
    };
  }

  private static boolean isWordCharacter(char c) {
    return WORD_CHARACTER[c] != NOT_IN_WORDS;
  }

  private static boolean isLetter(char c) {
    return WORD_CHARACTER[c] == WORD_LETTER;
  }

  /**
   * Per UTF-16 unit, what it is in a word: a letter, another word character (a digit or the
   * apostrophe of Arabizi and French), or neither. A table, since {@link Character}'s own look-ups
   * cost several times more per character, and this runs on every character of every sample.
   */
  private static byte[] wordCharacters() {
    byte[] table = new byte[0x10000];
    for (int c = 0; c < table.length; c++) {
      if (Character.isLetter((char) c)) {
        table[c] = WORD_LETTER;
      } else if (Character.isLetterOrDigit((char) c) || c == '\'') {
        table[c] = WORD_OTHER;
      }
    }
    return table;
  }

  /** Digits that Arabizi uses for letters: 2 ء, 3 ع, 5 خ, 6 ط, 7 ح, 8 ق, 9 ص. */
  private static boolean isArabiziDigit(char c) {
    return c == '2' || c == '3' || c == '5' || c == '6' || c == '7' || c == '8' || c == '9';
  }

  /** Reads the lists, folds them to match form and drops words that two languages share. */
  private static Map<Candidate, WordTable> readWords() {
    Map<Candidate, List<String>> lists = new EnumMap<>(Candidate.class);
    Map<String, Integer> languagesOfWord = new HashMap<>();
    try (InputStream stream = LanguageIdentifier.class.getResourceAsStream(WORDS_RESOURCE)) {
      if (stream == null) {
        throw new IllegalStateException(WORDS_RESOURCE + " is missing from the classpath");
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int colon = trimmed.indexOf(':');
        Candidate candidate =
            Candidate.valueOf(trimmed.substring(0, colon).strip().toUpperCase(Locale.ROOT));
        List<String> list = lists.computeIfAbsent(candidate, c -> new ArrayList<>());
        for (String word : trimmed.substring(colon + 1).strip().split("\\s+")) {
          String folded = GluedWordSplitter.Workspace.fold(word);
          if (!folded.isEmpty() && !list.contains(folded)) {
            list.add(folded);
            languagesOfWord.merge(folded, 1, Integer::sum);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WORDS_RESOURCE, e);
    }
    Map<Candidate, WordTable> tables = new EnumMap<>(Candidate.class);
    for (Candidate candidate : Candidate.values()) {
      WordTable table = new WordTable();
      for (String word : lists.getOrDefault(candidate, List.of())) {
        if (languagesOfWord.get(word) == 1) {
          table.add(word);
        }
      }
      tables.put(candidate, table);
    }
    return tables;
  }
}
