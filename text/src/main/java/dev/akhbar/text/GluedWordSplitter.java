package dev.akhbar.text;

import dev.akhbar.text.internal.CharacterMap;
import dev.akhbar.text.internal.CharacterRule;
import dev.akhbar.text.internal.CliticPrefixes;
import dev.akhbar.text.internal.CliticPrefixes.Prefix;
import dev.akhbar.text.internal.WordTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Splits words that a missing space glued together (الولاياتالمتحدة for الولايات المتحدة), only
 * where its word lists make the split certain, and counts the splits. Two rules, compared in match
 * form (so hamza, teh marbuta and diacritics do not matter):
 *
 * <ol>
 *   <li><b>Phrase</b>: the word, after an optional clitic prefix (و، ب، بال، لل…), is a listed
 *       multi-word name with its spaces left out. It is split where the name's spaces were:
 *       وبالولاياتالمتحدة becomes وبالولايات المتحدة.
 *   <li><b>Pair</b>: the word is two listed names glued, each at least {@link #MIN_PART_LETTERS}
 *       letters, at exactly one place, and is not itself a listed name.
 * </ol>
 *
 * <p>A word that fits neither rule stays as it is: a general dictionary would split real words
 * (الشمالية is الشم + الية), so only names are listed. The built-in lists are the multi-word and
 * single-word Arabic country names of the JDK's CLDR data and {@code glued-phrases.txt} (common
 * names of news: organisations, regions, offices); the tagger adds its gazetteer through {@link
 * Builder#addNames}. Thread-safe; {@link #splitCount()} counts every split made through this
 * instance.
 */
public final class GluedWordSplitter {

  /** Fewest letters in each part of a split. */
  public static final int MIN_PART_LETTERS = 3;

  public static final String PHRASES_RESOURCE = "/dev/akhbar/text/glued-phrases.txt";

  /** The first code point of the Unicode block Arabic, where every clitic prefix's letters are. */
  private static final char ARABIC_BLOCK_START = '\u0600';

  private static final int ARABIC_BLOCK_SIZE = 0x100;

  private static final Prefix[] NO_PREFIXES = {};

  /** {@link CliticPrefixes#ALL}, shortest first, by first letter's place in the Arabic block. */
  private static final Prefix[][] PREFIXES_BY_FIRST_LETTER = prefixesByFirstLetter();

  private static final int LONGEST_PREFIX =
      CliticPrefixes.ALL.stream().mapToInt(prefix -> prefix.letters().length()).max().orElse(0);

  private static final GluedWordSplitter NONE = new Builder().build();

  private final WordTable phrases;
  private final List<int[]> phraseBoundaries;
  private final WordTable phrasesWithoutArticle;
  private final List<int[]> phraseWithoutArticleBoundaries;
  private final WordTable names;
  private final WordTable namePrefixes;
  private final int shortestPhrase;
  private final int longestPhrase;
  private final Affixes nameEndings;
  private final Affixes nameStarts;
  private final Affixes phraseEndings;
  private final Affixes phraseStarts;
  private final FoldedEndings endings;
  private final LongAdder splits = new LongAdder();

  private GluedWordSplitter(Builder builder) {
    this.phrases = builder.phrases;
    this.phraseBoundaries = List.copyOf(builder.phraseBoundaries);
    this.phrasesWithoutArticle = builder.phrasesWithoutArticle;
    this.phraseWithoutArticleBoundaries = List.copyOf(builder.phraseWithoutArticleBoundaries);
    this.names = builder.names;
    this.namePrefixes = builder.namePrefixes;
    this.shortestPhrase = builder.shortestPhrase;
    this.longestPhrase = builder.longestPhrase;
    this.nameEndings = builder.nameEndings.copy();
    this.nameStarts = builder.nameStarts.copy();
    this.phraseEndings = builder.phraseEndings.copy();
    this.phraseStarts = builder.phraseStarts.copy();
    this.endings = builder.endings.copy();
  }

  /** The built-in lists; one shared instance, built on first use. */
  public static GluedWordSplitter defaults() {
    return Defaults.INSTANCE;
  }

  /** A splitter that never splits. */
  public static GluedWordSplitter none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The last letters of its names and phrases, for a first look at a word's end. */
  FoldedEndings endings() {
    return endings;
  }

  /** How many words this splitter has split since it was built. */
  public long splitCount() {
    return splits.sum();
  }

  /**
   * {@code word} in its parts where a rule is certain, else a list of {@code word} alone. Each part
   * is a substring of {@code word} as given.
   */
  public List<String> split(CharSequence word) {
    char[] chars = word.toString().toCharArray();
    int[] cuts = findCuts(chars, 0, chars.length, new Workspace());
    if (cuts == null) {
      return List.of(word.toString());
    }
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      parts.add(new String(chars, from, cut - from));
      from = cut;
    }
    parts.add(new String(chars, from, chars.length - from));
    return List.copyOf(parts);
  }

  /**
   * Where spaces go in the word {@code chars[from, to)}, as indices into {@code chars} in
   * increasing order; {@code null} when no rule is certain. Counts a split.
   */
  int[] findCuts(char[] chars, int from, int to, Workspace workspace) {
    if (!workspace.foldEnding(chars, from, to)) {
      return null;
    }
    boolean phraseEnding = phraseEndings.contains(workspace.ending, MIN_PART_LETTERS);
    boolean nameEnding = nameEndings.contains(workspace.ending, MIN_PART_LETTERS);
    if (!phraseEnding && !nameEnding) {
      return null;
    }
    // The name rule needs the first three letters; the phrase rule those after a clitic prefix too.
    int startLength =
        workspace.foldStart(
            chars, from, to, phraseEnding ? LONGEST_PREFIX + MIN_PART_LETTERS : MIN_PART_LETTERS);
    phraseEnding &= mayStartAPhrase(workspace.start, startLength);
    nameEnding &=
        startLength >= MIN_PART_LETTERS && nameStarts.contains(workspace.start, MIN_PART_LETTERS);
    if (!phraseEnding && !nameEnding) {
      return null;
    }
    int length = workspace.fold(chars, from, to);
    if (length < 2 * MIN_PART_LETTERS) {
      return null;
    }
    int[] keyCuts = phraseEnding ? phraseCuts(workspace.key, length) : null;
    if (keyCuts == null && nameEnding) {
      keyCuts = pairCut(workspace.key, length);
    }
    if (keyCuts == null) {
      return null;
    }
    int[] cuts = new int[keyCuts.length];
    for (int k = 0; k < keyCuts.length; k++) {
      cuts[k] = workspace.source[keyCuts[k]];
    }
    splits.increment();
    return cuts;
  }

  private int[] phraseCuts(char[] key, int length) {
    if (phrases.size() == 0 || length < shortestPhrase) {
      return null;
    }
    int[] whole = phraseCutsAt(phrases, phraseBoundaries, key, 0, length);
    if (whole != null) {
      return whole;
    }
    // Only the prefixes that start with the word's first letter, in the same order (shortest
    // first).
    for (Prefix prefix : prefixesStartingWith(key[0])) {
      String letters = prefix.letters();
      if (!startsWith(key, length, letters)) {
        continue;
      }
      int[] cuts =
          prefix.contracted()
              ? phraseCutsAt(
                  phrasesWithoutArticle,
                  phraseWithoutArticleBoundaries,
                  key,
                  letters.length(),
                  length)
              : phraseCutsAt(phrases, phraseBoundaries, key, letters.length(), length);
      if (cuts != null) {
        return cuts;
      }
    }
    return null;
  }

  /** Whether a phrase may start at the word's start or after a clitic prefix: a few bit tests. */
  private boolean mayStartAPhrase(char[] key, int length) {
    for (int from = 0; from <= LONGEST_PREFIX && from + MIN_PART_LETTERS <= length; from++) {
      if (phraseStarts.contains(key, from + MIN_PART_LETTERS)) {
        return true;
      }
    }
    return false;
  }

  private int[] phraseCutsAt(
      WordTable table, List<int[]> boundaries, char[] key, int from, int length) {
    if (length - from > longestPhrase
        || length - from < MIN_PART_LETTERS
        || !phraseStarts.contains(key, from + MIN_PART_LETTERS)) {
      return null;
    }
    int id = table.find(key, from, length);
    if (id < 0) {
      return null;
    }
    int[] relative = boundaries.get(id);
    int[] cuts = new int[relative.length];
    for (int k = 0; k < relative.length; k++) {
      cuts[k] = from + relative[k];
    }
    return cuts;
  }

  private int[] pairCut(char[] key, int length) {
    if (names.size() == 0
        || namePrefixes.find(key, 0, MIN_PART_LETTERS) < 0
        || names.find(key, 0, length) >= 0) {
      return null;
    }
    int found = -1;
    for (int cut = MIN_PART_LETTERS; cut <= length - MIN_PART_LETTERS; cut++) {
      if (nameEndings.contains(key, cut)
          && namePrefixes.find(key, cut, cut + MIN_PART_LETTERS) >= 0
          && names.find(key, 0, cut) >= 0
          && names.find(key, cut, length) >= 0) {
        if (found >= 0) {
          return null;
        }
        found = cut;
      }
    }
    return found < 0 ? null : new int[] {found};
  }

  private static Prefix[] prefixesStartingWith(char first) {
    int place = first - ARABIC_BLOCK_START;
    return place >= 0 && place < ARABIC_BLOCK_SIZE ? PREFIXES_BY_FIRST_LETTER[place] : NO_PREFIXES;
  }

  private static Prefix[][] prefixesByFirstLetter() {
    List<List<Prefix>> byPlace = new ArrayList<>();
    for (int place = 0; place < ARABIC_BLOCK_SIZE; place++) {
      byPlace.add(new ArrayList<>());
    }
    for (Prefix prefix : CliticPrefixes.ALL) {
      int place = prefix.letters().charAt(0) - ARABIC_BLOCK_START;
      if (place < 0 || place >= ARABIC_BLOCK_SIZE) {
        throw new IllegalStateException("a clitic prefix outside the Arabic block: " + prefix);
      }
      byPlace.get(place).add(prefix);
    }
    Prefix[][] table = new Prefix[ARABIC_BLOCK_SIZE][];
    for (int place = 0; place < ARABIC_BLOCK_SIZE; place++) {
      table[place] = byPlace.get(place).toArray(NO_PREFIXES);
    }
    return table;
  }

  private static boolean startsWith(char[] key, int length, String prefix) {
    if (prefix.length() >= length) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (key[k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first or the last {@link #MIN_PART_LETTERS} letters of every name, or of every phrase,
   * hashed into a bit set. A word that ends in none of the names' endings, or starts with none of
   * their starts, cannot be two names glued; likewise for phrases (after a clitic prefix). Most
   * words are turned away after a few bit tests instead of a dozen hashed look-ups. A false match
   * only costs the look-ups.
   */
  static final class Affixes {
    private static final int SIZE = 1 << 16;
    private final long[] bits;

    Affixes() {
      this(new long[SIZE / Long.SIZE]);
    }

    private Affixes(long[] bits) {
      this.bits = bits;
    }

    /** Adds the last {@link #MIN_PART_LETTERS} letters of {@code letters} (all of a start). */
    void add(String letters) {
      if (letters.length() < MIN_PART_LETTERS) {
        // Too short to have three letters of its own: any word may match it.
        Arrays.fill(bits, -1L);
        return;
      }
      int bit = hash(letters.toCharArray(), letters.length());
      bits[bit >>> 6] |= 1L << bit;
    }

    /**
     * Whether the {@link #MIN_PART_LETTERS} letters before {@code end} in {@code key} may be in.
     */
    boolean contains(char[] key, int end) {
      int bit = hash(key, end);
      return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    Affixes copy() {
      return new Affixes(bits.clone());
    }

    private static int hash(char[] key, int end) {
      int h = 0;
      for (int k = end - MIN_PART_LETTERS; k < end; k++) {
        h = h * 0x9E37 + key[k];
      }
      return (h ^ (h >>> 16)) & (SIZE - 1);
    }
  }

  /** Match-form key of a word without its marks, and where each key letter sits in the word. */
  static final class Workspace {
    static final CharacterMap FOLDING = FormChain.characterMap(FormDefinition.defaults().match());

    char[] key = new char[32];
    int[] source = new int[32];
    final char[] ending = new char[MIN_PART_LETTERS];
    final char[] start = new char[LONGEST_PREFIX + MIN_PART_LETTERS];

    /**
     * Folds the first {@code letters} letters of {@code chars[from, to)} into {@link #start}, at
     * most the longest clitic prefix and the start of a name after it. Returns how many it folded.
     */
    int foldStart(char[] chars, int from, int to, int letters) {
      int k = 0;
      for (int i = from; i < to && k < letters; i++) {
        int mapped = FOLDING.map(chars[i]);
        if (mapped != CharacterRule.DELETE) {
          start[k++] = (char) mapped;
        }
      }
      return k;
    }

    /**
     * Folds the last {@link #MIN_PART_LETTERS} letters of {@code chars[from, to)} into {@link
     * #ending}, reading backwards; false when the word has fewer.
     */
    boolean foldEnding(char[] chars, int from, int to) {
      if (MIN_PART_LETTERS == 3 && to - from >= MIN_PART_LETTERS) {
        // Most words end in three letters that fold to letters: no loop, no branch per letter.
        int last = FOLDING.map(chars[to - 1]);
        int middle = FOLDING.map(chars[to - 2]);
        int first = FOLDING.map(chars[to - 3]);
        if ((last | middle | first) >= 0) {
          ending[0] = (char) first;
          ending[1] = (char) middle;
          ending[2] = (char) last;
          return true;
        }
      }
      int k = MIN_PART_LETTERS;
      for (int i = to - 1; i >= from && k > 0; i--) {
        int mapped = FOLDING.map(chars[i]);
        if (mapped != CharacterRule.DELETE) {
          ending[--k] = (char) mapped;
        }
      }
      return k == 0;
    }

    int fold(char[] chars, int from, int to) {
      if (key.length < to - from) {
        key = new char[to - from];
        source = new int[to - from];
      }
      int length = 0;
      for (int i = from; i < to; i++) {
        int mapped = FOLDING.map(chars[i]);
        if (mapped == CharacterRule.DELETE) {
          continue;
        }
        key[length] = (char) mapped;
        source[length] = i;
        length++;
      }
      return length;
    }

    static String fold(String text) {
      StringBuilder folded = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        int mapped = FOLDING.map(text.charAt(i));
        if (mapped != CharacterRule.DELETE) {
          folded.appendCodePoint(mapped);
        }
      }
      return folded.toString();
    }
  }

  /** Collects names and phrases; {@link #build()} makes an immutable splitter. */
  public static final class Builder {
    private final WordTable phrases = new WordTable();
    private final List<int[]> phraseBoundaries = new ArrayList<>();
    private final WordTable phrasesWithoutArticle = new WordTable();
    private final List<int[]> phraseWithoutArticleBoundaries = new ArrayList<>();
    private final WordTable names = new WordTable();
    private final WordTable namePrefixes = new WordTable();
    private int shortestPhrase = Integer.MAX_VALUE;
    private int longestPhrase = 0;
    private final Affixes nameEndings = new Affixes();
    private final Affixes nameStarts = new Affixes();
    private final Affixes phraseEndings = new Affixes();
    private final Affixes phraseStarts = new Affixes();
    private final FoldedEndings endings = new FoldedEndings();

    private Builder() {}

    /** Adds the built-in lists: CLDR Arabic country names and {@code glued-phrases.txt}. */
    public Builder addDefaults() {
      Locale arabic = Locale.forLanguageTag("ar");
      List<String> countries = new ArrayList<>();
      for (String code : Locale.getISOCountries()) {
        countries.add(new Locale("", code).getDisplayCountry(arabic));
      }
      addNames(countries);
      addNames(readPhrases());
      return this;
    }

    /**
     * Adds names, each one word or several separated by spaces (a gazetteer's entries, in any form:
     * they are folded to match form here). A name with anything but letters, marks and spaces
     * (digits, brackets, hyphens) is skipped: it cannot be glued the way this splitter looks for.
     */
    public Builder addNames(Iterable<? extends CharSequence> entries) {
      for (CharSequence entry : entries) {
        addName(entry.toString());
      }
      return this;
    }

    public GluedWordSplitter build() {
      return new GluedWordSplitter(this);
    }

    private void addName(String entry) {
      String[] words = entry.trim().split("\\s+");
      List<String> folded = new ArrayList<>();
      for (String word : words) {
        if (word.isEmpty() || !word.codePoints().allMatch(Builder::isLetterOrMark)) {
          return;
        }
        String key = Workspace.fold(word);
        if (key.isEmpty()) {
          return;
        }
        folded.add(key);
      }
      if (folded.size() == 1) {
        String name = folded.get(0);
        if (name.length() >= MIN_PART_LETTERS) {
          names.add(name);
          nameEndings.add(name);
          // Split off only after a name of its own: MIN_PART_LETTERS letters at least.
          endings.add(name, name.length() + MIN_PART_LETTERS);
          nameStarts.add(name.substring(0, MIN_PART_LETTERS));
          namePrefixes.add(name.substring(0, MIN_PART_LETTERS));
        }
      } else if (folded.size() > 1) {
        addPhrase(folded);
      }
    }

    private void addPhrase(List<String> words) {
      int[] boundaries = new int[words.size() - 1];
      StringBuilder glued = new StringBuilder();
      for (int k = 0; k < words.size(); k++) {
        if (k > 0) {
          boundaries[k - 1] = glued.length();
        }
        glued.append(words.get(k));
      }
      String key = glued.toString();
      phraseEndings.add(key);
      // Found whole, after a prefix, or (without its article) after the longer prefix لل.
      endings.add(key, key.length());
      phraseStarts.add(key.substring(0, Math.min(key.length(), MIN_PART_LETTERS)));
      if (phrases.add(key) == phraseBoundaries.size()) {
        phraseBoundaries.add(boundaries);
        shortestPhrase = Math.min(shortestPhrase, key.length());
        longestPhrase = Math.max(longestPhrase, key.length());
      }
      String article = CliticPrefixes.article();
      if (key.startsWith(article) && boundaries[0] > article.length()) {
        int[] shifted = Arrays.stream(boundaries).map(b -> b - article.length()).toArray();
        String withoutArticle = key.substring(article.length());
        phraseStarts.add(
            withoutArticle.substring(0, Math.min(withoutArticle.length(), MIN_PART_LETTERS)));
        if (phrasesWithoutArticle.add(withoutArticle) == phraseWithoutArticleBoundaries.size()) {
          phraseWithoutArticleBoundaries.add(shifted);
        }
      }
    }

    private static boolean isLetterOrMark(int codePoint) {
      int type = Character.getType(codePoint);
      return Character.isLetter(codePoint)
          || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK;
    }

    private static List<String> readPhrases() {
      List<String> lines = new ArrayList<>();
      try (InputStream stream = GluedWordSplitter.class.getResourceAsStream(PHRASES_RESOURCE)) {
        if (stream == null) {
          throw new IllegalStateException(PHRASES_RESOURCE + " is missing from the classpath");
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String trimmed = line.strip();
          if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
            lines.add(trimmed);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + PHRASES_RESOURCE, e);
      }
      return lines;
    }
  }

  private static final class Defaults {
    static final GluedWordSplitter INSTANCE = builder().addDefaults().build();
  }
}
