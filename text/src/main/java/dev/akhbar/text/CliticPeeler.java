package dev.akhbar.text;

import static dev.akhbar.text.internal.ArabicLetters.ALEF;

import dev.akhbar.text.internal.CliticPrefixes;
import dev.akhbar.text.internal.CliticPrefixes.Prefix;
import dev.akhbar.text.internal.WordTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntPredicate;

/**
 * Peels the clitic prefixes و ف ب ل ك ال and their combinations (وبال، لل، فال…) off an Arabic
 * word, without eating letters that belong to it. The rule, in order:
 *
 * <ol>
 *   <li>A word in the lexicon (the caller's word list, for the tagger its gazetteer) is whole:
 *       بنغازي, لبنان, فرنسا stay as they are.
 *   <li>Otherwise, trying prefixes shortest first, the first whose remainder is in the lexicon —
 *       or, for a prefix ending in the article, whose remainder with ال restored is — is peeled:
 *       وبنغازي → و + بنغازي, للقاهرة → لل + قاهرة (definite: القاهرة). Shortest first keeps the
 *       most letters with the word.
 *   <li>Otherwise only a prefix ending in the article is peeled (ال، وال، بال، لل، وبال…), the
 *       longest one that leaves at least {@link #minStemLetters()} letters, and only when the word
 *       is not in the built-in list of words that merely begin with those letters ({@code
 *       clitic-exceptions.txt}: الله، التي، الذي، إلى، ألمانيا، إلغاء، والده…) and, when the
 *       display form is known, only when its alef is a bare alef (ألغام and إلغاء are not ال + …).
 *       The single letters و ف ب ل ك are never peeled on this rule alone: too many words and names
 *       begin with them (وزير، فرنسا، بنغازي، كركوك، لبنان).
 * </ol>
 *
 * <p>Letters are counted without marks, and marks between prefix letters are skipped, so vowelled
 * text peels like plain text. Lexicon look-ups compare the word's characters as they are: give the
 * match form of both. Immutable and thread-safe.
 */
public final class CliticPeeler {

  /** Fewest letters the heuristic (article) rule leaves in the stem. */
  public static final int DEFAULT_MIN_STEM_LETTERS = 3;

  public static final String EXCEPTIONS_RESOURCE = "/dev/akhbar/text/clitic-exceptions.txt";

  private static final CliticPeeler DEFAULTS = builder().build();
  private static final WordTable EXCEPTIONS = readExceptions();

  /**
   * What to peel off one word.
   *
   * @param prefixLength UTF-16 units of prefix; 0 when nothing is peeled
   * @param definite whether the prefix ends in the article
   */
  public record Peel(int prefixLength, boolean definite) {
    public static final Peel NONE = new Peel(0, false);
  }

  private final WordTable lexicon;
  private final int minStemLetters;

  private CliticPeeler(Builder builder) {
    this.lexicon = builder.lexicon;
    this.minStemLetters = builder.minStemLetters;
  }

  /** No lexicon: peels only article prefixes, by the heuristic rule. */
  public static CliticPeeler defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int minStemLetters() {
    return minStemLetters;
  }

  /** What to peel off {@code word}. */
  public Peel peel(CharSequence word) {
    char[] chars = word.toString().toCharArray();
    return peel(chars, 0, chars.length, index -> chars[index] == ALEF);
  }

  /**
   * What to peel off the word {@code s[from, to)}. {@code bareAlefAt} tells whether the alef at an
   * index was written bare in the display form (the match form has lost the hamza).
   */
  Peel peel(char[] s, int from, int to, IntPredicate bareAlefAt) {
    if (lexicon.size() > 0) {
      if (lexicon.find(s, from, to) >= 0) {
        return Peel.NONE;
      }
      Peel known = peelKnownStem(s, from, to);
      if (known != null) {
        return known;
      }
    }
    if (EXCEPTIONS.find(s, from, to) >= 0) {
      return Peel.NONE;
    }
    Peel peel = Peel.NONE;
    for (Prefix prefix : CliticPrefixes.ALL) {
      if (!prefix.definite()) {
        continue;
      }
      int stemStart = afterPrefix(s, from, to, prefix.letters());
      if (stemStart < 0 || letters(s, stemStart, to) < minStemLetters) {
        continue;
      }
      if (!prefix.contracted() && !bareAlefAt.test(articleAlef(s, from, prefix.letters()))) {
        continue;
      }
      peel = new Peel(stemStart - from, true);
    }
    return peel;
  }

  private Peel peelKnownStem(char[] s, int from, int to) {
    for (Prefix prefix : CliticPrefixes.ALL) {
      int stemStart = afterPrefix(s, from, to, prefix.letters());
      if (stemStart < 0 || stemStart == to) {
        continue;
      }
      if (lexicon.find(s, stemStart, to) >= 0
          || (prefix.definite() && knownWithArticle(s, stemStart, to))) {
        return new Peel(stemStart - from, prefix.definite());
      }
    }
    return null;
  }

  private boolean knownWithArticle(char[] s, int from, int to) {
    String article = CliticPrefixes.article();
    char[] withArticle = new char[article.length() + to - from];
    article.getChars(0, article.length(), withArticle, 0);
    System.arraycopy(s, from, withArticle, article.length(), to - from);
    return lexicon.find(withArticle, 0, withArticle.length) >= 0;
  }

  /** Where the stem starts if the word begins with {@code letters} (marks skipped), else -1. */
  private static int afterPrefix(char[] s, int from, int to, String letters) {
    int i = from;
    for (int k = 0; k < letters.length(); k++) {
      while (i < to && isMark(s[i])) {
        i++;
      }
      if (i >= to || s[i] != letters.charAt(k)) {
        return -1;
      }
      i++;
    }
    while (i < to && isMark(s[i])) {
      i++;
    }
    return i < to ? i : -1;
  }

  /** The index of the article's alef in a word that begins with {@code letters}. */
  private static int articleAlef(char[] s, int from, String letters) {
    int alefLetter = letters.length() - 2;
    int i = from;
    for (int k = 0; ; i++) {
      if (!isMark(s[i])) {
        if (k == alefLetter) {
          return i;
        }
        k++;
      }
    }
  }

  private static int letters(char[] s, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (!isMark(s[i])) {
        count++;
      }
    }
    return count;
  }

  private static boolean isMark(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static WordTable readExceptions() {
    WordTable table = new WordTable();
    try (InputStream stream = CliticPeeler.class.getResourceAsStream(EXCEPTIONS_RESOURCE)) {
      if (stream == null) {
        throw new IllegalStateException(EXCEPTIONS_RESOURCE + " is missing from the classpath");
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          table.add(word);
          table.add(GluedWordSplitter.Workspace.fold(word));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + EXCEPTIONS_RESOURCE, e);
    }
    return table;
  }

  /** Chooses the lexicon and the shortest stem. */
  public static final class Builder {
    private final WordTable lexicon = new WordTable();
    private int minStemLetters = DEFAULT_MIN_STEM_LETTERS;

    private Builder() {}

    /**
     * Adds words the peeler must keep whole and whose prefixed forms it may peel with certainty.
     * Each is added as given and in match form; multi-word entries add each word.
     */
    public Builder lexicon(Iterable<? extends CharSequence> words) {
      for (CharSequence entry : words) {
        for (String word : entry.toString().strip().split("\\s+")) {
          if (!word.isEmpty()) {
            lexicon.add(word);
            lexicon.add(GluedWordSplitter.Workspace.fold(word));
          }
        }
      }
      return this;
    }

    /** Fewest letters the article rule leaves; at least 1. */
    public Builder minStemLetters(int minStemLetters) {
      if (minStemLetters < 1) {
        throw new IllegalArgumentException(
            "minStemLetters must be at least 1, got " + minStemLetters);
      }
      this.minStemLetters = minStemLetters;
      return this;
    }

    public CliticPeeler build() {
      return new CliticPeeler(this);
    }
  }
}
